package com.acme.app;

import com.acme.ws.legacy.LegacyWebSocketManager;
import java.util.List;

public class Server {
  private final LegacyWebSocketManager manager = new LegacyWebSocketManager();

  public void greet(List<String> users) {
    users.forEach(u -> manager.send(u, "hello"));
  }
}
