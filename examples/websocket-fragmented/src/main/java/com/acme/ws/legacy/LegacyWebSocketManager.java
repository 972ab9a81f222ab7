package com.acme.ws.legacy;

import com.acme.ws.WebSocketManager;

/** A compatibility name kept for old callers: constructor only, so an alias, never a duplicate. */
@Deprecated
public class LegacyWebSocketManager extends WebSocketManager {
  public LegacyWebSocketManager() {
    super();
  }
}
