package com.acme.ws.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that are an HMAC-SHA256 of the user id under a server secret (base64url, no padding):
 * whoever holds the secret issues them, the server checks them without storing any.
 */
public final class HmacTokens implements TokenVerifier {

  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;

  /** Tokens under this secret (at least 16 bytes). */
  public HmacTokens(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("the secret needs at least 16 bytes, got " + secret.length);
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /** Tokens under a fresh random secret: valid until the process ends. */
  public static HmacTokens withRandomSecret() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return new HmacTokens(secret);
  }

  /** The token of a user. */
  public String issue(String userId) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(userId));
  }

  @Override
  public boolean verify(String userId, String token) {
    byte[] presented;
    try {
      presented = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(mac(userId), presented);
  }

  private byte[] mac(String userId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(userId.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
    }
  }
}
