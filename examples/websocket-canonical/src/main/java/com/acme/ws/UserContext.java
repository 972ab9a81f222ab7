package com.acme.ws;

import java.util.Objects;

/**
 * An authenticated user.
 *
 * @param userId who the user is; every event and connection is keyed by it
 * @param token the credential the user authenticated with (never printed)
 */
public record UserContext(String userId, String token) {

  public UserContext {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(token, "token");
    if (userId.isBlank()) {
      throw new IllegalArgumentException("userId is blank");
    }
  }

  @Override
  public String toString() {
    return "UserContext[userId=" + userId + ", token=***]";
  }
}
