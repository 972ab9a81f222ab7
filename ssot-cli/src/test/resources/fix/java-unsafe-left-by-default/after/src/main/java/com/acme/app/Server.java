package com.acme.app;

import com.acme.ws.legacy.LegacyWebSocketManager;

public class Server {
  private final LegacyWebSocketManager manager = new LegacyWebSocketManager();
}
