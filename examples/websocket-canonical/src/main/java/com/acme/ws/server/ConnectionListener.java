package com.acme.ws.server;

import com.acme.ws.WebSocketConnection;

/**
 * Told when a client has authenticated and when its connection has gone. Called on the server's
 * threads, after the manager has been updated: keep it short.
 */
public interface ConnectionListener {

  /** Nothing to be told. */
  ConnectionListener NONE = new ConnectionListener() {};

  /** The connection is registered with the manager and receives its user's events from now on. */
  default void onAuthenticated(WebSocketConnection connection) {}

  /** The connection is closed and no longer registered with the manager. */
  default void onDisconnected(WebSocketConnection connection) {}
}
