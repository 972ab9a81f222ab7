package com.acme.ws.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.ws.WebSocketManagerMode;
import com.acme.ws.events.AgentEvent;
import com.acme.ws.events.AgentEventType;
import com.acme.ws.events.AgentEvents;
import com.acme.ws.server.ServerFixture;
import com.acme.ws.server.WireClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The demo agent's runs, received by real clients through the real server. */
@Timeout(30)
class DemoAgentTest {

  private static final List<AgentEventType> FIVE = Arrays.asList(AgentEventType.values());

  @Test
  void twoUsersEachReceiveOnlyTheirOwnFiveEventsInOrder() throws Exception {
    try (ServerFixture fixture = ServerFixture.start(WebSocketManagerMode.REJECT_NEW, 2)) {
      WireClient alice = fixture.connectAs("alice");
      WireClient bob = fixture.connectAs("bob");
      DemoAgent agent = new DemoAgent(fixture.manager,
          Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC), Duration.ZERO);

      CompletableFuture<List<AgentEvent>> aliceRun = run(agent, "alice", "run-a");
      CompletableFuture<List<AgentEvent>> bobRun = run(agent, "bob", "run-b");
      List<AgentEvent> sentToAlice = aliceRun.get(10, TimeUnit.SECONDS);
      List<AgentEvent> sentToBob = bobRun.get(10, TimeUnit.SECONDS);

      assertReceives(alice, "alice", "run-a", sentToAlice);
      assertReceives(bob, "bob", "run-b", sentToBob);
      alice.close();
      bob.close();
    }
  }

  private static CompletableFuture<List<AgentEvent>> run(DemoAgent agent, String userId, String runId) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return agent.run(userId, runId);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static void assertReceives(WireClient client, String userId, String runId, List<AgentEvent> sent)
      throws Exception {
    List<AgentEvent> received = new ArrayList<>();
    for (int i = 0; i < FIVE.size(); i++) {
      received.add(AgentEvents.fromJson(client.next()));
    }
    assertEquals(sent, received);
    assertEquals(FIVE, received.stream().map(AgentEvent::type).toList());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), received.stream().map(AgentEvent::seq).toList());
    for (AgentEvent event : received) {
      assertEquals(userId, event.userId());
      assertEquals(runId, event.runId());
    }
    client.expectNothingButPong(); // nothing of the other user's run came after
  }
}
