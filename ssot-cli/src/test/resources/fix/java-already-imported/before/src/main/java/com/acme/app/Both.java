package com.acme.app;

import com.acme.ws.WebSocketManager;
import com.acme.ws.legacy.LegacyWebSocketManager;

public class Both {
  private final WebSocketManager a = new WebSocketManager();
  private final LegacyWebSocketManager b = new LegacyWebSocketManager();
}
