package com.acme.ws.server;

import com.acme.ws.ConnectionLimitExceededException;
import com.acme.ws.MessageSink;
import com.acme.ws.UserContext;
import com.acme.ws.WebSocketConnection;
import com.acme.ws.WebSocketManagerProtocol;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The WebSocket endpoint that delivers agent events: clients authenticate with their first
 * message, are registered with the {@link WebSocketManagerProtocol manager}, and from then on
 * receive their user's events. The wire protocol is described in the module's README.
 *
 * <p>Each client's messages are handled on its own; a bad message gets an error frame on that
 * connection and touches nothing else.
 */
public final class AgentEventServer extends WebSocketServer implements AutoCloseable {

  /** Longest client message accepted, in characters: the protocol's messages are tiny. */
  static final int MAX_MESSAGE_CHARS = 4096;

  private static final System.Logger LOG = System.getLogger(AgentEventServer.class.getName());

  /** How often queued frames are checked for a lost write demand (see {@link #raiseWriteDemand}). */
  private static final long FLUSH_CHECK_MILLIS = 10;

  private final WebSocketManagerProtocol manager;
  private final TokenVerifier verifier;
  private final ConnectionListener listener;
  private final ConcurrentMap<WebSocket, Session> sessions = new ConcurrentHashMap<>();
  private final CompletableFuture<Integer> started = new CompletableFuture<>();
  private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "agent-event-server-flusher");
    thread.setDaemon(true);
    return thread;
  });

  /**
   * A server that is not started yet ({@link #start()}).
   *
   * @param address where to listen; port 0 picks a free port ({@link #awaitStart} tells which)
   * @param manager where authenticated connections are registered
   * @param verifier checks the credentials of {@code auth} messages
   * @param listener told about authentications and disconnections
   */
  public AgentEventServer(InetSocketAddress address, WebSocketManagerProtocol manager,
      TokenVerifier verifier, ConnectionListener listener) {
    super(address);
    this.manager = Objects.requireNonNull(manager, "manager");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.listener = Objects.requireNonNull(listener, "listener");
    setReuseAddr(true);
    setTcpNoDelay(true);
  }

  /**
   * Waits until the server listens.
   *
   * @return the port it listens on
   * @throws IllegalStateException if it could not start (e.g. the port is taken) or did not start
   *     in time
   */
  public int awaitStart(Duration timeout) throws InterruptedException {
    try {
      return started.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the server did not start: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the server did not start within " + timeout, e);
    }
  }

  /** Closes every connection (code 1001, going away) and stops listening, waiting up to a second. */
  @Override
  public void close() throws InterruptedException {
    try {
      stop(1000);
    } finally {
      flusher.shutdownNow();
    }
  }

  @Override
  public void onStart() {
    flusher.scheduleWithFixedDelay(this::raiseWriteDemand, FLUSH_CHECK_MILLIS, FLUSH_CHECK_MILLIS,
        TimeUnit.MILLISECONDS);
    started.complete(getPort());
  }

  /**
   * Raises the write demand again for every connection with queued frames. Java-WebSocket (1.6.0)
   * can strand a frame: when a thread other than the selector queues it while the selector is
   * finishing the previous write, the selector's "nothing left, read only" resets the write
   * interest the sender has just set, and the frame waits for the connection's next event (a
   * client waiting for its reply may never send one). Checking every few milliseconds bounds that
   * delay; a connection whose queue is empty costs nothing.
   */
  private void raiseWriteDemand() {
    try {
      for (WebSocket socket : getConnections()) {
        if (socket.hasBufferedData()) {
          onWriteDemand(socket);
        }
      }
    } catch (RuntimeException e) { // a connection closing meanwhile; the next round sees it gone
      LOG.log(Level.DEBUG, "write demand check failed", e);
    }
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    sessions.put(socket, new Session(new SocketSink(socket)));
  }

  @Override
  public void onMessage(WebSocket socket, String text) {
    Session session = sessions.get(socket);
    if (session == null) {
      return; // already closed
    }
    if (text.length() > MAX_MESSAGE_CHARS) {
      reply(socket, ErrorCode.MALFORMED, "message longer than " + MAX_MESSAGE_CHARS + " characters");
      return;
    }
    Optional<ObjectNode> parsed = Frames.parseObject(text);
    String type = parsed.map(message -> Frames.text(message, "type")).orElse(null);
    if (type == null) {
      reply(socket, ErrorCode.MALFORMED, "expected a JSON object with a string \"type\"");
      return;
    }
    ObjectNode message = parsed.get();
    if (type.equals("auth")) {
      authenticate(socket, session, message);
    } else if (!session.isAuthenticated()) {
      reply(socket, ErrorCode.UNAUTHENTICATED, "send {\"type\":\"auth\",\"userId\":…,\"token\":…} first");
    } else if (type.equals("ping")) {
      socket.send(Frames.pong());
    } else {
      reply(socket, ErrorCode.UNSUPPORTED, "unsupported message type \"" + type + "\"");
    }
  }

  @Override
  public void onMessage(WebSocket socket, ByteBuffer bytes) {
    reply(socket, ErrorCode.MALFORMED, "binary frames are not supported; send JSON text");
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {
    Session session = sessions.remove(socket);
    if (session == null) {
      return;
    }
    WebSocketConnection connection = session.close();
    if (connection != null) {
      manager.disconnect(connection.id());
      listener.onDisconnected(connection);
    }
  }

  @Override
  public void onError(WebSocket socket, Exception e) {
    if (socket == null) {
      if (!started.completeExceptionally(e)) { // before the start, awaitStart reports it
        LOG.log(Level.ERROR, "server error", e);
      }
    } else {
      LOG.log(Level.DEBUG, "connection error", e); // onClose follows
    }
  }

  private void authenticate(WebSocket socket, Session session, ObjectNode message) {
    if (session.isAuthenticated()) {
      reply(socket, ErrorCode.ALREADY_AUTHENTICATED, "this connection is already authenticated");
      return;
    }
    String userId = Frames.text(message, "userId");
    String token = Frames.text(message, "token");
    if (userId == null || userId.isBlank() || token == null || token.isBlank()) {
      reply(socket, ErrorCode.MALFORMED, "auth needs a non-empty string \"userId\" and \"token\"");
      return;
    }
    if (!verifier.verify(userId, token)) {
      reply(socket, ErrorCode.UNAUTHORIZED, "invalid token for user " + userId);
      return;
    }
    WebSocketConnection connection;
    try {
      connection = session.register(manager, new UserContext(userId, token));
    } catch (ConnectionLimitExceededException e) {
      reply(socket, ErrorCode.CONNECTION_LIMIT, e.getMessage());
      socket.close(CloseFrame.POLICY_VALIDATION, "connection limit");
      return;
    }
    if (connection != null) {
      listener.onAuthenticated(connection);
    }
  }

  private static void reply(WebSocket socket, ErrorCode code, String message) {
    if (socket.isOpen()) {
      socket.send(Frames.error(code, message));
    }
  }

  /**
   * The server's view of one socket. Registration and close are serialised on it, so a socket
   * that closes while it authenticates is never left registered with the manager.
   */
  private static final class Session {
    private final SocketSink sink;
    private WebSocketConnection connection;
    private boolean closed;
    private boolean authenticated;

    Session(SocketSink sink) {
      this.sink = sink;
    }

    synchronized boolean isAuthenticated() {
      return authenticated;
    }

    /**
     * Registers the socket and sends {@code auth_ok} before any event can reach it.
     *
     * @return the connection, or null if the socket closed meanwhile or is already registered
     */
    synchronized WebSocketConnection register(WebSocketManagerProtocol manager, UserContext user) {
      if (closed || authenticated) {
        return null;
      }
      synchronized (sink) {
        connection = manager.connect(user, sink);
        authenticated = true;
        sink.send(Frames.authOk(user.userId(), connection.id()));
      }
      return connection;
    }

    /** Marks the session closed; returns its registered connection, if any. */
    synchronized WebSocketConnection close() {
      closed = true;
      return connection;
    }
  }

  /** Text to one socket, one frame at a time. */
  private static final class SocketSink implements MessageSink {
    private final WebSocket socket;

    SocketSink(WebSocket socket) {
      this.socket = socket;
    }

    @Override
    public synchronized void send(String text) {
      socket.send(text);
    }

    @Override
    public void close(String reason) {
      reply(socket, ErrorCode.EVICTED, reason);
      socket.close(CloseFrame.POLICY_VALIDATION, "evicted");
    }
  }
}
