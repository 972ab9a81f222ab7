package com.acme.ws.protocol;

import com.acme.ws.events.AgentEvent;
import java.util.function.Consumer;

/** The canonical protocol of the WebSocket manager. */
public interface WebSocketManagerProtocol {
  String connect(UserContext user, Consumer<String> sink);

  void disconnect(String connectionId);

  void send(String userId, AgentEvent event);

  int connectionCount(String userId);
}
