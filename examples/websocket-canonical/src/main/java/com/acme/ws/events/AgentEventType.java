package com.acme.ws.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The five things an agent reports while it works, in the order of a run. */
public enum AgentEventType {
  AGENT_STARTED("agent_started"),
  AGENT_THINKING("agent_thinking"),
  TOOL_EXECUTING("tool_executing"),
  TOOL_COMPLETED("tool_completed"),
  AGENT_COMPLETED("agent_completed");

  private final String wireName;

  AgentEventType(String wireName) {
    this.wireName = wireName;
  }

  /** The name in the JSON {@code type} field, e.g. {@code agent_started}. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /**
   * The type with that wire name.
   *
   * @throws IllegalArgumentException for any other name
   */
  @JsonCreator
  public static AgentEventType fromWireName(String name) {
    for (AgentEventType type : values()) {
      if (type.wireName.equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown agent event type: " + name);
  }
}
