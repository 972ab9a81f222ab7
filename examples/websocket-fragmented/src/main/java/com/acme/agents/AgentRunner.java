package com.acme.agents;

import com.acme.ws.protocol.UserContext;
import com.acme.ws.WebSocketManager;
import com.acme.ws.WebSocketManagers;
import com.acme.ws.events.AgentEvent;

/** Already migrated: the canonical manager from the canonical factory. */
public class AgentRunner {
  private final WebSocketManager manager;

  public AgentRunner(UserContext user) {
    this.manager = WebSocketManagers.forUser(user);
  }

  public void run(String userId) {
    manager.send(userId, new AgentEvent("agent_started", userId, ""));
    manager.send(userId, new AgentEvent("agent_completed", userId, ""));
  }
}
