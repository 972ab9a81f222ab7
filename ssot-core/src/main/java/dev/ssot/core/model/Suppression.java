package dev.ssot.core.model;

/**
 * A request in source not to report one rule on some lines: {@code @SuppressWarnings("ssot:<id>")}
 * on a declaration (its lines) or {@code // ssot:ignore <id> -- reason} (its own line and the
 * next).
 *
 * @param ruleId the rule to silence
 * @param location where the suppression is written
 * @param fromLine first line it covers
 * @param toLine last line it covers
 * @param reason the text after {@code --}, or empty
 */
public record Suppression(
    String ruleId, Location location, int fromLine, int toLine, String reason) {

  /** Whether a finding at this location is covered. */
  public boolean covers(Location finding) {
    return finding.path().equals(location.path())
        && finding.line() >= fromLine
        && finding.line() <= toLine;
  }
}
