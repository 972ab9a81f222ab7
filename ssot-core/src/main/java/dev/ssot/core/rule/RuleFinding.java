package dev.ssot.core.rule;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.ImportMove;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import java.util.List;
import java.util.Objects;

/**
 * A finding as a rule reports it, before the engine adds the rule id, the effective severity and
 * the fingerprint. Built with {@link FindingSink#at}.
 *
 * @param location the primary place to look
 * @param message one line: what is wrong, and what to do instead
 * @param symbols the qualified names or packages the finding is about; they make its fingerprint,
 *     so they must not contain line numbers
 * @param evidence typed facts with locations that show why
 * @param subject a symbolic name (never a line number) added to the fingerprint when the symbols
 *     alone do not identify the finding (a rule that reports several findings about the same
 *     symbols), or null
 * @param atMost for a finding less certain or less urgent than the rule's usual one (an import
 *     guarded by {@code except ImportError}), the highest severity it may have; null for the rule's
 * @param move for an import that should name another path, the import as written, its replacement
 *     and what both bind, so that {@code ssot fix} can rewrite it; or null
 */
public record RuleFinding(
    Location location,
    String message,
    List<String> symbols,
    List<Evidence> evidence,
    String subject,
    Severity atMost,
    ImportMove move) {

  public RuleFinding {
    Objects.requireNonNull(location, "a finding needs a location");
    Objects.requireNonNull(message, "a finding needs a message");
    symbols = List.copyOf(symbols);
    evidence = List.copyOf(evidence);
  }
}
