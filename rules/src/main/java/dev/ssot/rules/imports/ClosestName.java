package dev.ssot.rules.imports;

import java.util.Collection;
import java.util.Optional;

/**
 * The name closest to a misspelt one, by the rule an interpreter's own "Did you mean" hints use: an
 * edit distance where changing only the case of a letter costs 1 and any other insertion, deletion
 * or substitution costs 2, and a candidate counts only within {@code (len(a) + len(b) + 3) / 3}.
 * Written here rather than taken from a library because the weighting is that rule's, not plain
 * Levenshtein, and no edit-distance library is on the class path.
 */
final class ClosestName {

  private static final int MOVE_COST = 2;
  private static final int CASE_COST = 1;

  private ClosestName() {}

  /**
   * The candidate closest to {@code wanted}, ties broken by name; empty when none is close enough
   * or {@code wanted} is itself a candidate.
   */
  static Optional<String> of(String wanted, Collection<String> candidates) {
    String best = null;
    int bestCost = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(wanted)) {
        return Optional.empty();
      }
      int max = (wanted.length() + candidate.length() + 3) * MOVE_COST / 6;
      int cost = distance(wanted, candidate, Math.min(max, bestCost));
      if (cost <= max && (cost < bestCost || (cost == bestCost && candidate.compareTo(best) < 0))) {
        best = candidate;
        bestCost = cost;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The weighted edit distance, or a value above {@code limit} once it must exceed it. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) * MOVE_COST > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j * MOVE_COST;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i * MOVE_COST;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + substitutionCost(a.charAt(i - 1), b.charAt(j - 1));
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + MOVE_COST);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static int substitutionCost(char a, char b) {
    if (a == b) {
      return 0;
    }
    return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
  }
}
