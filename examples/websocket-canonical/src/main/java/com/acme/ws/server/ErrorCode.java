package com.acme.ws.server;

/** The {@code code} of an error frame. */
public enum ErrorCode {
  /** Not a JSON object with a string {@code type}, or a binary frame, or too large. */
  MALFORMED("malformed"),
  /** Anything but {@code auth} before the client has authenticated. */
  UNAUTHENTICATED("unauthenticated"),
  /** An {@code auth} message whose token does not match its user id. */
  UNAUTHORIZED("unauthorized"),
  /** A second {@code auth} on an authenticated connection. */
  ALREADY_AUTHENTICATED("already_authenticated"),
  /** A message type the server does not handle. */
  UNSUPPORTED("unsupported"),
  /** The user already holds as many connections as allowed; the connection is then closed. */
  CONNECTION_LIMIT("connection_limit"),
  /** The manager closed this connection to make room for a newer one of the same user. */
  EVICTED("evicted");

  private final String wireName;

  ErrorCode(String wireName) {
    this.wireName = wireName;
  }

  /** The value of the frame's {@code code} field. */
  public String wireName() {
    return wireName;
  }
}
