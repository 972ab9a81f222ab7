package com.acme.app;

import com.acme.ws.WebSocketManager;

public class Both {
  private final WebSocketManager a = new WebSocketManager();
  private final WebSocketManager b = new WebSocketManager();
}
