package com.acme.agents;

import com.acme.ws.events.AgentEvent;
import com.acme.ws.legacy.LegacyWebSocketManager; // expect: non-canonical-import: the legacy package goes away in 2.0 // expect: deprecated-import

/** Still imports the deprecated compatibility name. */
public class ThinkingStream {
  private final LegacyWebSocketManager manager = new LegacyWebSocketManager();

  public void thinking(String userId, String thought) {
    manager.send(userId, new AgentEvent("agent_thinking", userId, thought));
  }
}
