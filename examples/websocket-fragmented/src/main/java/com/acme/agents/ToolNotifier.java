package com.acme.agents;

import com.acme.ws.compat.WebSocketManagerCompat; // expect: non-canonical-import: through a shim forwarding to com.acme.ws.WebSocketManager; import com.acme.ws.WebSocketManager instead // expect: deprecated-import
import com.acme.ws.events.AgentEvent;

/** Still reaches the manager through the compatibility facade. */
public class ToolNotifier {
  private final WebSocketManagerCompat manager = new WebSocketManagerCompat();

  public void toolExecuting(String userId, String tool) {
    manager.send(userId, new AgentEvent("tool_executing", userId, tool));
  }
}
