package com.acme.ws;

import com.acme.ws.protocol.UserContext;

/** The one factory: every user shares the process-wide manager, isolated by user id inside it. */
public final class WebSocketManagers {
  private static final WebSocketManager SHARED = new WebSocketManager();

  private WebSocketManagers() {}

  public static WebSocketManager forUser(UserContext user) {
    return SHARED;
  }
}
