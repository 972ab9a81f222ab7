package com.acme.app;

import com.acme.ws.WebSocketManager;

public class Server {
  private final WebSocketManager manager = new WebSocketManager();

  void onConnect(String user) {
    manager.connect(user);
  }
}
