package com.acme.app;

import com.acme.ws.legacy.*;

/**
 * Reaches the deprecated alias through an on-demand import: a simple name, not a written path, so
 * no import finding and nothing to rewrite.
 */
public class OnDemand {
  private final LegacyWebSocketManager manager = new LegacyWebSocketManager();
}
