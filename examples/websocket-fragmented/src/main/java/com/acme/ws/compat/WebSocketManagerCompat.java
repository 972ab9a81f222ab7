package com.acme.ws.compat;

import com.acme.ws.protocol.UserContext;
import com.acme.ws.WebSocketManager;
import com.acme.ws.WebSocketManagers;
import com.acme.ws.events.AgentEvent;
import java.util.function.Consumer;

/** A delegating facade kept for old imports: every call forwards, so a shim, never a duplicate. */
@Deprecated
public class WebSocketManagerCompat {
  private final WebSocketManager delegate = WebSocketManagers.forUser(new UserContext("system", ""));

  public String connect(UserContext user, Consumer<String> sink) {
    return delegate.connect(user, sink);
  }

  public void disconnect(String connectionId) {
    delegate.disconnect(connectionId);
  }

  public void send(String userId, AgentEvent event) {
    delegate.send(userId, event);
  }

  public int connectionCount(String userId) {
    return delegate.connectionCount(userId);
  }
}
