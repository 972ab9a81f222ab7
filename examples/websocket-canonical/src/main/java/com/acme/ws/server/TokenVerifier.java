package com.acme.ws.server;

/** Decides whether a client's credentials are good. */
@FunctionalInterface
public interface TokenVerifier {

  /** Whether {@code token} proves the client is {@code userId}. */
  boolean verify(String userId, String token);
}
