package com.acme.ws.core;

import com.acme.ws.protocol.UserContext;
import com.acme.ws.events.AgentEvent;
import java.util.function.Consumer;

/** A second copy of the protocol, grown in another package. */
public interface WebSocketManagerProtocol { // expect: duplicate-type: 'WebSocketManagerProtocol' is a second definition of WebSocketManagerProtocol (canonical: com.acme.ws.protocol.WebSocketManagerProtocol
  String connect(UserContext user, Consumer<String> sink);

  void disconnect(String connectionId);

  void send(String userId, AgentEvent event);

  int connectionCount(String userId);
}
