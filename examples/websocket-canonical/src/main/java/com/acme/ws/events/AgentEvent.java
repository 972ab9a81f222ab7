package com.acme.ws.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event of an agent run, addressed to one user. On the wire (see {@link AgentEvents}):
 *
 * <pre>{"type":"tool_executing","userId":"alice","runId":"run-1","seq":3,"timestamp":1700000000000,
 *  "data":{"tool":"weather","input":"Paris"}}</pre>
 *
 * @param type what happened
 * @param userId the only user who receives the event
 * @param runId the agent run it belongs to
 * @param seq position within the run, from 1
 * @param timestamp when it happened, milliseconds since the epoch
 * @param data details of the event (tool name, thought, result, …), in insertion order
 */
public record AgentEvent(AgentEventType type, String userId, String runId, long seq, long timestamp,
    Map<String, String> data) {

  public AgentEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(runId, "runId");
    data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }
}
