package com.acme.ws.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real WebSocket client (the JDK's {@link java.net.http.WebSocket}) that queues every text
 * message it receives; each wait is bounded by {@link #TIMEOUT}.
 */
public final class WireClient implements AutoCloseable {

  public static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final WebSocket socket;
  private String connectionId;

  private WireClient(int port) throws Exception {
    this.socket = HTTP.newWebSocketBuilder()
        .buildAsync(URI.create("ws://127.0.0.1:" + port + "/"), new Collector())
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** A client connected to the server on that loopback port, not authenticated yet. */
  public static WireClient connect(int port) throws Exception {
    return new WireClient(port);
  }

  /** Sends one text message. */
  public void send(String text) throws Exception {
    socket.sendText(text, true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Sends one binary message. */
  public void sendBinary(byte[] bytes) throws Exception {
    socket.sendBinary(ByteBuffer.wrap(bytes), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Sends the auth message; expects {@code auth_ok} and returns this client. */
  public WireClient auth(String userId, String token) throws Exception {
    send(authMessage(userId, token));
    JsonNode reply = nextJson();
    assertEquals("auth_ok", reply.path("type").asText(), reply.toString());
    assertEquals(userId, reply.path("userId").asText());
    connectionId = reply.path("connectionId").asText();
    return this;
  }

  /** {@code {"type":"auth","userId":…,"token":…}} */
  public static String authMessage(String userId, String token) {
    return JSON.createObjectNode().put("type", "auth").put("userId", userId).put("token", token).toString();
  }

  /** The id the server gave this connection in {@code auth_ok}. */
  public String connectionId() {
    return connectionId;
  }

  /** The next text message, waiting at most {@link #TIMEOUT}. */
  public String next() throws InterruptedException {
    String message = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      fail("no message within " + TIMEOUT);
    }
    return message;
  }

  /** The next message, parsed. */
  public JsonNode nextJson() throws InterruptedException, JsonProcessingException {
    return JSON.readTree(next());
  }

  /** Expects the next message to be an error frame with that code. */
  public JsonNode expectError(ErrorCode code) throws Exception {
    JsonNode frame = nextJson();
    assertEquals("error", frame.path("type").asText(), frame.toString());
    assertEquals(code.wireName(), frame.path("code").asText(), frame.toString());
    return frame;
  }

  /**
   * Pings and expects the pong as the very next message: whatever the server sent this client
   * before has been read, so nothing else is waiting.
   */
  public void expectNothingButPong() throws Exception {
    send("{\"type\":\"ping\"}");
    JsonNode reply = nextJson();
    assertEquals("pong", reply.path("type").asText(), "unexpected message " + reply);
  }

  /** The close code the server sent, waiting at most {@link #TIMEOUT}. */
  public int awaitClose() throws Exception {
    return closed.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Closes normally and waits for the server's reply to the close. */
  @Override
  public void close() throws Exception {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
    try {
      closed.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } finally {
      socket.abort();
    }
  }

  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        received.add(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.completeExceptionally(error);
    }
  }
}
