package com.acme.app;

import static com.acme.ws.compat.WebSocketManagerCompat.LIMIT;

public class Limits {
  int limit() {
    return LIMIT;
  }
}
