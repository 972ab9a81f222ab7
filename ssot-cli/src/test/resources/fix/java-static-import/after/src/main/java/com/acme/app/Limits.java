package com.acme.app;

import static com.acme.ws.WebSocketManager.LIMIT;

public class Limits {
  int limit() {
    return LIMIT;
  }
}
