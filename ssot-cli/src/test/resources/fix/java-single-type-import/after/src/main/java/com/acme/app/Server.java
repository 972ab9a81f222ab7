package com.acme.app;

import com.acme.app.util.Names;
import com.acme.ws.WebSocketManager;
import java.util.List;

/** Uses the old name as a type, in new, as a static call receiver and in a generic. */
public class Server {
  private final WebSocketManager manager = new WebSocketManager();
  private final List<WebSocketManager> all = List.of(WebSocketManager.create());

  // LegacyWebSocketManager in a comment stays
  String name() {
    return "LegacyWebSocketManager" + Names.PREFIX;
  }
}
