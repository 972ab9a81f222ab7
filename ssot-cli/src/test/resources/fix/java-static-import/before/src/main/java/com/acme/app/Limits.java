package com.acme.app;

import static com.acme.ws.legacy.LegacyWebSocketManager.LIMIT;

public class Limits {
  int limit() {
    return LIMIT;
  }
}
