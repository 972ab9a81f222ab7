package com.acme.ws.factory;

import com.acme.ws.protocol.UserContext;
import com.acme.ws.WebSocketManager;

/** The old factory: builds an isolated copy per user, so events sent elsewhere never arrive. */
@Deprecated
public final class WebSocketManagerFactory {
  private WebSocketManagerFactory() {}

  public static WebSocketManager createIsolatedManager(UserContext user) { // expect: factory-proliferation: another factory for WebSocketManager: WebSocketManagerFactory.createIsolatedManager(…) beside com.acme.ws.WebSocketManagers#forUser
    return new WebSocketManager();
  }
}
