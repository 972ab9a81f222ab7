package com.acme.ws;

/** A user already holds as many connections as the manager allows. */
public final class ConnectionLimitExceededException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String userId;
  private final int limit;

  public ConnectionLimitExceededException(String userId, int limit) {
    super("user " + userId + " already has " + limit + " open connection" + (limit == 1 ? "" : "s")
        + " (the limit)");
    this.userId = userId;
    this.limit = limit;
  }

  public String userId() {
    return userId;
  }

  public int limit() {
    return limit;
  }
}
