package dev.ssot.core.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A finding's identity across edits: a hash of the rule id and the symbolic names the finding is
 * about (never line numbers), so moving code does not change it.
 */
public record Fingerprint(String value) {

  public static Fingerprint of(RuleId rule, List<String> symbols, String discriminator) {
    StringBuilder text = new StringBuilder(rule.value());
    for (String symbol : symbols) {
      text.append('\u0000').append(symbol);
    }
    if (discriminator != null && !discriminator.isEmpty()) {
      text.append('\u0001').append(discriminator);
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return new Fingerprint(HexFormat.of().formatHex(digest, 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
