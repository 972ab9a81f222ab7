package com.acme.compat;

import com.acme.ws.WebSocketManager;

/** Old entry point kept for callers that have not moved: every method forwards to WebSocketManager. */
public class Sockets {
  private final WebSocketManager manager = new WebSocketManager();

  public void send(String user, String event) {
    manager.send(user, event);
  }

  public void close(String user) {
    manager.close(user);
  }
}
