package com.acme.agents;

import com.acme.ws.protocol.UserContext;
import com.acme.ws.events.AgentEvent;
import com.acme.ws.unified.UnifiedWebSocketManager; // expect: non-canonical-import: through an alias of com.acme.ws.unified.impl._UnifiedWebSocketManagerImplementation; import com.acme.ws.WebSocketManager instead

/** Uses the "unified" manager, which is a second implementation behind an alias. */
public class ToolCompletion {
  private final UnifiedWebSocketManager manager = new UnifiedWebSocketManager();
  private final com.acme.ws.unified.impl._UnifiedWebSocketManagerImplementation direct = // expect: non-canonical-import: reference com.acme.ws.unified.impl._UnifiedWebSocketManagerImplementation reaches WebSocketManager through a second definition
      new com.acme.ws.unified.impl._UnifiedWebSocketManagerImplementation(); // expect: non-canonical-import

  public void completed(UserContext user, String tool) {
    manager.connect(user, message -> { });
    manager.send(user.userId(), new AgentEvent("tool_completed", user.userId(), tool));
    direct.send(user.userId(), new AgentEvent("tool_completed", user.userId(), tool));
  }
}
