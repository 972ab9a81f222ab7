package com.acme.ws.unified;

/** Settings the implementation package reads back from its parent package: half of a cycle. */
public final class UnifiedSettings {
  public static final int MAX_CONNECTIONS_PER_USER = 5;

  private UnifiedSettings() {}
}
