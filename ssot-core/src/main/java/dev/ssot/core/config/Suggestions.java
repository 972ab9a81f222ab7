package dev.ssot.core.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean …?" for a mistyped key, rule id or value: the closest valid one by edit distance,
 * when it is close enough to be the likely intent (at most a third of its length, at least one
 * edit), and unambiguous.
 */
public final class Suggestions {

  private Suggestions() {}

  /** The valid word closest to {@code written}, if one is close enough. */
  public static Optional<String> closest(String written, Collection<String> valid) {
    if (written == null || written.isEmpty()) {
      return Optional.empty();
    }
    String typed = written.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String candidate : valid.stream().sorted().toList()) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      int limit = Math.max(1, Math.max(lower.length(), typed.length()) / 3);
      Integer distance = new LevenshteinDistance(limit).apply(typed, lower);
      if (distance < 0) {
        continue;
      }
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance) {
        tie = true;
      }
    }
    return tie && bestDistance > 0 ? Optional.empty() : Optional.ofNullable(best);
  }

  /**
   * {@code "; did you mean 'x'?"} when a close valid word exists, else {@code " (known …: a, b)"}
   * listing them all.
   */
  public static String hint(String written, Collection<String> valid, String what) {
    Optional<String> closest = closest(written, valid);
    if (closest.isPresent()) {
      return "; did you mean " + ConfigLoader.quote(closest.get()) + "?";
    }
    return valid.isEmpty() ? "" : " (" + what + ": " + String.join(", ", valid) + ")";
  }
}
