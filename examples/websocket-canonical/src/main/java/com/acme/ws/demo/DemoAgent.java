package com.acme.ws.demo;

import com.acme.ws.WebSocketManagerProtocol;
import com.acme.ws.events.AgentEvent;
import com.acme.ws.events.AgentEventType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stand-in for an AI agent: one run answers a weather question with one tool call, reporting
 * each step to the user as it goes — the five events, in order.
 */
public final class DemoAgent {

  private final WebSocketManagerProtocol manager;
  private final Clock clock;
  private final Duration pause;

  /**
   * @param manager where the events go
   * @param clock stamps the events
   * @param pause how long each step "takes" (zero in tests)
   */
  public DemoAgent(WebSocketManagerProtocol manager, Clock clock, Duration pause) {
    this.manager = Objects.requireNonNull(manager, "manager");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pause = Objects.requireNonNull(pause, "pause");
  }

  /**
   * Runs once for a user: agent_started, agent_thinking, tool_executing, tool_completed,
   * agent_completed.
   *
   * @return the events sent, in order
   */
  public List<AgentEvent> run(String userId, String runId) throws InterruptedException {
    String city = "Paris";
    List<AgentEvent> sent = new ArrayList<>(5);
    emit(sent, AgentEventType.AGENT_STARTED, userId, runId,
        data("agent", "weather-assistant", "question", "What is the weather in " + city + "?"));
    emit(sent, AgentEventType.AGENT_THINKING, userId, runId,
        data("thought", "I need the current weather for " + city + "."));
    emit(sent, AgentEventType.TOOL_EXECUTING, userId, runId,
        data("tool", "weather_lookup", "input", city));
    emit(sent, AgentEventType.TOOL_COMPLETED, userId, runId,
        data("tool", "weather_lookup", "output", "18°C, clear sky"));
    emit(sent, AgentEventType.AGENT_COMPLETED, userId, runId,
        data("answer", "It is 18°C with a clear sky in " + city + "."));
    return sent;
  }

  private void emit(List<AgentEvent> sent, AgentEventType type, String userId, String runId,
      Map<String, String> data) throws InterruptedException {
    if (!sent.isEmpty() && !pause.isZero()) {
      Thread.sleep(pause.toMillis()); // the step's work
    }
    AgentEvent event = new AgentEvent(type, userId, runId, sent.size() + 1L, clock.millis(), data);
    manager.send(event);
    sent.add(event);
  }

  /** Key-value pairs in the order given, so the JSON reads in that order. */
  private static Map<String, String> data(String... keysAndValues) {
    Map<String, String> data = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      data.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return data;
  }
}
