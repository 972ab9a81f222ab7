package com.acme.app;

import com.acme.app.util.Names;
import com.acme.ws.legacy.LegacyWebSocketManager;
import java.util.List;

/** Uses the old name as a type, in new, as a static call receiver and in a generic. */
public class Server {
  private final LegacyWebSocketManager manager = new LegacyWebSocketManager();
  private final List<LegacyWebSocketManager> all = List.of(LegacyWebSocketManager.create());

  // LegacyWebSocketManager in a comment stays
  String name() {
    return "LegacyWebSocketManager" + Names.PREFIX;
  }
}
