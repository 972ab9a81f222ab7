package com.acme.ws;

/**
 * What the manager does when a user who already holds
 * {@link WebSocketManagerProtocol#maxConnectionsPerUser()} connections opens one more. Every mode
 * keeps users isolated from each other: the mode only decides between a user's own connections.
 */
public enum WebSocketManagerMode {
  /** The new connection is refused with {@link ConnectionLimitExceededException}. */
  REJECT_NEW,
  /** The new connection is accepted and the user's oldest one is closed. */
  EVICT_OLDEST
}
