package com.acme.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.ws.events.AgentEvent;
import com.acme.ws.events.AgentEventType;
import com.acme.ws.events.AgentEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The manager on its own, with recording sinks instead of sockets. */
@Timeout(10)
class WebSocketManagerTest {

  private static final UserContext ALICE = new UserContext("alice", "t-a");
  private static final UserContext BOB = new UserContext("bob", "t-b");

  private static AgentEvent event(String userId, long seq) {
    return new AgentEvent(AgentEventType.AGENT_THINKING, userId, "run-1", seq, 0L, Map.of("n", "" + seq));
  }

  @Test
  void eventsReachEveryConnectionOfTheirUserAndNoOther() {
    WebSocketManager manager = WebSocketManagers.create(WebSocketManagerMode.REJECT_NEW, 3);
    RecordingSink alice1 = new RecordingSink();
    RecordingSink alice2 = new RecordingSink();
    RecordingSink bob = new RecordingSink();
    manager.connect(ALICE, alice1);
    manager.connect(ALICE, alice2);
    manager.connect(BOB, bob);

    assertEquals(2, manager.send(event("alice", 1)));
    assertEquals(0, manager.send(event("carol", 1)));

    String json = AgentEvents.toJson(event("alice", 1));
    assertEquals(List.of(json), alice1.sent);
    assertEquals(List.of(json), alice2.sent);
    assertEquals(List.of(), bob.sent);
  }

  @Test
  void disconnectRemovesTheConnectionAndTheUserWithItsLast() {
    WebSocketManager manager = WebSocketManagers.create(WebSocketManagerMode.REJECT_NEW, 3);
    WebSocketConnection first = manager.connect(ALICE, new RecordingSink());
    WebSocketConnection second = manager.connect(ALICE, new RecordingSink());
    assertNotEquals(first.id(), second.id());
    assertEquals(2, manager.connectionCount("alice"));

    assertTrue(manager.disconnect(first.id()));
    assertFalse(manager.disconnect(first.id()), "a second disconnect is a no-op");
    assertEquals(List.of(second), manager.connections("alice"));
    assertTrue(manager.disconnect(second.id()));
    assertEquals(0, manager.connectionCount("alice"));
    assertEquals(0, manager.totalConnections());
    assertEquals(0, manager.send(event("alice", 1)));
  }

  @Test
  void rejectNewRefusesTheConnectionBeyondTheLimit() {
    WebSocketManager manager = WebSocketManagers.create(WebSocketManagerMode.REJECT_NEW, 2);
    manager.connect(ALICE, new RecordingSink());
    manager.connect(ALICE, new RecordingSink());

    ConnectionLimitExceededException e =
        assertThrows(ConnectionLimitExceededException.class, () -> manager.connect(ALICE, new RecordingSink()));
    assertEquals("alice", e.userId());
    assertEquals(2, e.limit());
    assertEquals(2, manager.connectionCount("alice"));
    manager.connect(BOB, new RecordingSink()); // the limit is per user
    assertEquals(3, manager.totalConnections());
  }

  @Test
  void evictOldestClosesTheOldestConnectionToMakeRoom() {
    WebSocketManager manager = WebSocketManagers.create(WebSocketManagerMode.EVICT_OLDEST, 2);
    RecordingSink oldest = new RecordingSink();
    RecordingSink middle = new RecordingSink();
    RecordingSink newest = new RecordingSink();
    WebSocketConnection first = manager.connect(ALICE, oldest);
    WebSocketConnection second = manager.connect(ALICE, middle);
    WebSocketConnection third = manager.connect(ALICE, newest);

    assertTrue(oldest.closedBecause.contains("replaced by a newer connection"), oldest.closedBecause);
    assertNull(middle.closedBecause);
    assertEquals(List.of(second, third), manager.connections("alice"));
    assertFalse(manager.disconnect(first.id()), "the evicted connection is already gone");
    manager.send(event("alice", 1));
    assertEquals(List.of(), oldest.sent);
    assertEquals(1, newest.sent.size());
  }

  @Test
  void aFailingSinkDoesNotStopDeliveryToTheOthers() {
    WebSocketManager manager = WebSocketManagers.create(WebSocketManagerMode.REJECT_NEW, 2);
    manager.connect(ALICE, text -> {
      throw new IllegalStateException("peer gone");
    });
    RecordingSink healthy = new RecordingSink();
    manager.connect(ALICE, healthy);

    assertEquals(1, manager.send(event("alice", 1)));
    assertEquals(1, healthy.sent.size());
  }

  @Test
  void rejectsALimitBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> WebSocketManagers.create(WebSocketManagerMode.REJECT_NEW, 0));
  }

  @Test
  void concurrentConnectsNeverExceedTheLimitAndDisconnectsLeaveNothing() throws Exception {
    int threads = 8;
    int limit = 5;
    WebSocketManager manager = WebSocketManagers.create(WebSocketManagerMode.REJECT_NEW, limit);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<WebSocketConnection>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          go.await();
          List<WebSocketConnection> mine = new ArrayList<>();
          for (int i = 0; i < 100; i++) {
            try {
              mine.add(manager.connect(ALICE, new RecordingSink()));
            } catch (ConnectionLimitExceededException e) {
              if (!mine.isEmpty()) {
                manager.disconnect(mine.remove(0).id());
              }
            }
            assertTrue(manager.connectionCount("alice") <= limit);
          }
          return mine;
        }));
      }
      go.countDown();
      int kept = 0;
      List<WebSocketConnection> all = new ArrayList<>();
      for (Future<List<WebSocketConnection>> result : results) {
        List<WebSocketConnection> mine = result.get(10, TimeUnit.SECONDS);
        kept += mine.size();
        all.addAll(mine);
      }
      assertEquals(kept, manager.connectionCount("alice"));
      CompletableFuture.allOf(all.stream()
          .map(c -> CompletableFuture.runAsync(() -> manager.disconnect(c.id()), pool))
          .toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
      assertEquals(0, manager.connectionCount("alice"));
      assertEquals(0, manager.totalConnections());
    } finally {
      pool.shutdownNow();
    }
  }
}
