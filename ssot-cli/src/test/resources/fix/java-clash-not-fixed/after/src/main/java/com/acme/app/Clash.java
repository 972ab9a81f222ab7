package com.acme.app;

import com.acme.ws.legacy.LegacyWebSocketManager;
import org.other.WebSocketManager;

public class Clash {
  private final LegacyWebSocketManager a = new LegacyWebSocketManager();
  private final WebSocketManager b = null;
}
