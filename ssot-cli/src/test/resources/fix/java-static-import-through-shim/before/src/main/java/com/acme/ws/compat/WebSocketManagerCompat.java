package com.acme.ws.compat;

import com.acme.ws.WebSocketManager;

/** Forwards to WebSocketManager; its constants are its own. */
@Deprecated
public final class WebSocketManagerCompat {
  public static final int LIMIT = 5;
  private final WebSocketManager delegate = new WebSocketManager();

  public void send(String user, String text) {
    delegate.send(user, text);
  }
}
