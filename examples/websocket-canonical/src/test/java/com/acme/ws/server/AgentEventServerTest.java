package com.acme.ws.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.ws.WebSocketManagerMode;
import com.acme.ws.events.AgentEvent;
import com.acme.ws.events.AgentEventType;
import com.acme.ws.events.AgentEvents;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real server on loopback, driven by the JDK's WebSocket client. */
@Timeout(30)
class AgentEventServerTest {

  private ServerFixture fixture;

  @AfterEach
  void stop() throws InterruptedException {
    if (fixture != null) {
      fixture.close();
    }
  }

  private static AgentEvent event(String userId, long seq) {
    AgentEventType type = AgentEventType.values()[(int) (seq % AgentEventType.values().length)];
    return new AgentEvent(type, userId, "run-" + userId, seq, seq, Map.of("step", Long.toString(seq)));
  }

  /** Sends an event to the user and expects it, unchanged, as the client's next message. */
  private void deliverAndExpect(WireClient client, String userId, long seq) throws Exception {
    AgentEvent sent = event(userId, seq);
    assertEquals(1, fixture.manager.send(sent));
    assertEquals(sent, AgentEvents.fromJson(client.next()));
  }

  @Test
  void manyUsersManyEventsConcurrentlyWithoutLossOrCrossTalk() throws Exception {
    int users = 8;
    int events = 200;
    int connectionsPerUser = 2;
    fixture = ServerFixture.start(WebSocketManagerMode.REJECT_NEW, connectionsPerUser);
    List<List<WireClient>> clients = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      List<WireClient> own = new ArrayList<>();
      for (int c = 0; c < connectionsPerUser; c++) {
        own.add(fixture.connectAs("user-" + u));
      }
      clients.add(own);
    }
    assertEquals(users * connectionsPerUser, fixture.manager.totalConnections());

    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      // One producer per user, all at once; each user's events are sent in order by its producer.
      List<CompletableFuture<Integer>> producers = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        String userId = "user-" + u;
        producers.add(CompletableFuture.supplyAsync(() -> {
          int delivered = 0;
          for (int seq = 1; seq <= events; seq++) {
            delivered += fixture.manager.send(event(userId, seq));
          }
          return delivered;
        }, pool));
      }
      for (CompletableFuture<Integer> producer : producers) {
        assertEquals(events * connectionsPerUser, producer.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    for (int u = 0; u < users; u++) {
      String userId = "user-" + u;
      for (WireClient client : clients.get(u)) {
        for (int seq = 1; seq <= events; seq++) {
          AgentEvent received = AgentEvents.fromJson(client.next());
          assertEquals(userId, received.userId(), "cross-talk");
          assertEquals(seq, received.seq(), "lost or reordered event for " + userId);
        }
        client.expectNothingButPong();
        client.close();
      }
    }
  }

  @Test
  void disconnectUnregistersAndTheLimitRejectsOneConnectionTooMany() throws Exception {
    fixture = ServerFixture.start(WebSocketManagerMode.REJECT_NEW, 2);
    WireClient first = fixture.connectAs("alice");
    WireClient second = fixture.connectAs("alice");
    assertEquals(2, fixture.manager.connectionCount("alice"));

    WireClient third = WireClient.connect(fixture.port);
    third.send(WireClient.authMessage("alice", fixture.tokens.issue("alice")));
    JsonNode error = third.expectError(ErrorCode.CONNECTION_LIMIT);
    assertTrue(error.path("message").asText().contains("already has 2"), error.toString());
    assertEquals(1008, third.awaitClose());
    assertEquals(2, fixture.manager.connectionCount("alice"));

    first.close();
    fixture.awaitDisconnect(first.connectionId());
    assertEquals(1, fixture.manager.connectionCount("alice"));
    deliverAndExpect(second, "alice", 1);

    second.close();
    fixture.awaitDisconnect(second.connectionId());
    assertEquals(0, fixture.manager.connectionCount("alice"));
    assertEquals(0, fixture.manager.totalConnections());
    assertEquals(0, fixture.manager.send(event("alice", 2)));

    WireClient again = fixture.connectAs("alice"); // room again
    deliverAndExpect(again, "alice", 3);
    again.close();
  }

  @Test
  void evictOldestClosesTheOldestConnectionWithAnErrorFrame() throws Exception {
    fixture = ServerFixture.start(WebSocketManagerMode.EVICT_OLDEST, 1);
    WireClient old = fixture.connectAs("alice");
    WireClient current = fixture.connectAs("alice");

    old.expectError(ErrorCode.EVICTED);
    assertEquals(1008, old.awaitClose());
    fixture.awaitDisconnect(old.connectionId());
    assertEquals(1, fixture.manager.connectionCount("alice"));
    deliverAndExpect(current, "alice", 1);
    current.close();
  }

  @Test
  void badMessagesGetErrorFramesAndOtherUsersKeepReceiving() throws Exception {
    fixture = ServerFixture.start(WebSocketManagerMode.REJECT_NEW, 2);
    WireClient alice = fixture.connectAs("alice");
    WireClient stranger = WireClient.connect(fixture.port);
    long seq = 0;

    stranger.send("not json");
    stranger.expectError(ErrorCode.MALFORMED);
    deliverAndExpect(alice, "alice", ++seq);

    stranger.send("[1, 2, 3]");
    stranger.expectError(ErrorCode.MALFORMED);
    stranger.send("{\"type\": 7}");
    stranger.expectError(ErrorCode.MALFORMED);
    stranger.send("x".repeat(AgentEventServer.MAX_MESSAGE_CHARS + 1));
    stranger.expectError(ErrorCode.MALFORMED);
    stranger.sendBinary("{\"type\":\"ping\"}".getBytes(StandardCharsets.UTF_8));
    stranger.expectError(ErrorCode.MALFORMED);
    deliverAndExpect(alice, "alice", ++seq);

    stranger.send("{\"type\":\"ping\"}");
    stranger.expectError(ErrorCode.UNAUTHENTICATED);
    stranger.send("{\"type\":\"auth\",\"userId\":\"alice\"}");
    stranger.expectError(ErrorCode.MALFORMED);
    stranger.send(WireClient.authMessage("alice", fixture.tokens.issue("mallory")));
    stranger.expectError(ErrorCode.UNAUTHORIZED);
    stranger.send(WireClient.authMessage("alice", "not-base64!"));
    stranger.expectError(ErrorCode.UNAUTHORIZED);
    assertEquals(1, fixture.manager.connectionCount("alice"), "a failed auth registers nothing");
    deliverAndExpect(alice, "alice", ++seq);

    // An authenticated client that misbehaves gets an error and keeps its events.
    alice.send("{oops");
    alice.expectError(ErrorCode.MALFORMED);
    alice.send("{\"type\":\"subscribe\"}");
    alice.expectError(ErrorCode.UNSUPPORTED);
    alice.send(WireClient.authMessage("alice", fixture.tokens.issue("alice")));
    alice.expectError(ErrorCode.ALREADY_AUTHENTICATED);
    deliverAndExpect(alice, "alice", ++seq);

    // The stranger's connection survived its mistakes and can still authenticate.
    stranger.auth("bob", fixture.tokens.issue("bob"));
    deliverAndExpect(stranger, "bob", 1);
    alice.expectNothingButPong();
    stranger.expectNothingButPong();
    alice.close();
    stranger.close();
  }

  @Test
  void stoppingTheServerClosesEveryConnectionAndEmptiesTheManager() throws Exception {
    fixture = ServerFixture.start(WebSocketManagerMode.REJECT_NEW, 2);
    WireClient alice = fixture.connectAs("alice");
    WireClient bob = fixture.connectAs("bob");

    fixture.close();
    assertEquals(1001, alice.awaitClose());
    assertEquals(1001, bob.awaitClose());
    fixture.awaitDisconnect(alice.connectionId());
    fixture.awaitDisconnect(bob.connectionId());
    assertEquals(0, fixture.manager.totalConnections());
    fixture = null;
  }
}
