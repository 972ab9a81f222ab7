package com.acme.agents;

import com.acme.ws.protocol.UserContext;
import com.acme.ws.WebSocketManager;
import com.acme.ws.factory.WebSocketManagerFactory;

/** Builds its managers through the old factory: each user gets an isolated copy. */
public class IsolatedSessions {
  public WebSocketManager open(UserContext user) {
    return WebSocketManagerFactory.createIsolatedManager(user);
  }
}
