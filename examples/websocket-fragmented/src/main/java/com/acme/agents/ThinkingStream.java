package com.acme.agents;

import com.acme.ws.events.AgentEvent;
import com.acme.ws.legacy.LegacyWebSocketManager; // expect: non-canonical-import // expect: banned-import: goes away  // expect: deprecated-import

/** Still imports the deprecated compatibility name. */
public class ThinkingStream {
  private final LegacyWebSocketManager manager = new LegacyWebSocketManager();

  public void thinking(String userId, String thought) {
    manager.send(userId, new AgentEvent("agent_thinking", userId, thought));
  }
}
