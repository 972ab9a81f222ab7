package com.acme.ws.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentEventsTest {

  @Test
  void theFiveEventTypesHaveTheirWireNames() {
    assertEquals(List.of("agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed"),
        Arrays.stream(AgentEventType.values()).map(AgentEventType::wireName).toList());
  }

  @Test
  void anEventIsOneJsonObjectWithItsWireName() {
    AgentEvent event = new AgentEvent(AgentEventType.TOOL_EXECUTING, "alice", "run-1", 3, 1700000000000L,
        Map.of("tool", "weather_lookup"));
    assertEquals("{\"type\":\"tool_executing\",\"userId\":\"alice\",\"runId\":\"run-1\",\"seq\":3,"
        + "\"timestamp\":1700000000000,\"data\":{\"tool\":\"weather_lookup\"}}", AgentEvents.toJson(event));
  }

  @Test
  void everyTypeSurvivesTheRoundTrip() {
    for (AgentEventType type : AgentEventType.values()) {
      AgentEvent event = new AgentEvent(type, "bob", "run-7", 1, 42L, Map.of("k", "v \"quoted\" ü"));
      assertEquals(event, AgentEvents.fromJson(AgentEvents.toJson(event)));
    }
  }

  @Test
  void textThatIsNotAnEventIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> AgentEvents.fromJson("{\"type\":\"agent_exploded\"}"));
    assertThrows(IllegalArgumentException.class, () -> AgentEvents.fromJson("not json"));
    assertThrows(IllegalArgumentException.class, () -> AgentEventType.fromWireName("AGENT_STARTED"));
  }
}
