package com.acme.ws.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacTokensTest {

  private final HmacTokens tokens = new HmacTokens("sixteen+ bytes of secret".getBytes(StandardCharsets.UTF_8));

  @Test
  void aTokenProvesOnlyItsOwnUser() {
    String alice = tokens.issue("alice");
    assertTrue(tokens.verify("alice", alice));
    assertFalse(tokens.verify("bob", alice));
    assertFalse(tokens.verify("alice", alice.substring(1)));
    assertFalse(tokens.verify("alice", "%%%"));
  }

  @Test
  void anotherSecretIssuesOtherTokens() {
    assertFalse(HmacTokens.withRandomSecret().verify("alice", tokens.issue("alice")));
  }

  @Test
  void aShortSecretIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new HmacTokens(new byte[8]));
  }
}
