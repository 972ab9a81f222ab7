package com.acme.ws;

/**
 * The one place a {@link WebSocketManager} is made. A process needs one manager: it keeps every
 * user's connections apart by user id, so per-user copies of the manager are never needed.
 */
public final class WebSocketManagers {

  private WebSocketManagers() {}

  /**
   * A new, empty manager.
   *
   * @param mode what to do when a user at the limit opens one more connection
   * @param maxConnectionsPerUser the most connections one user may hold at once (at least 1)
   */
  public static WebSocketManager create(WebSocketManagerMode mode, int maxConnectionsPerUser) {
    return new WebSocketManager(mode, maxConnectionsPerUser);
  }
}
