package dev.ssot.core.rule;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.model.Location;
import java.util.List;

/**
 * Where a rule reports findings. The engine adds the rule id, the effective severity and the
 * fingerprint.
 */
public interface FindingSink {

  /**
   * Reports one finding.
   *
   * @param location the primary place to look
   * @param message one line: what is wrong, and what to do instead
   * @param symbols the qualified names or packages the finding is about; they make its fingerprint,
   *     so they must not contain line numbers
   * @param evidence typed facts with locations that show why
   */
  default void report(
      Location location, String message, List<String> symbols, List<Evidence> evidence) {
    report(location, message, symbols, evidence, null);
  }

  /**
   * Reports one finding whose symbols alone do not identify it (a rule that reports several
   * findings about the same symbols, e.g. one per non-canonical definition of a concept).
   *
   * @param subject a symbolic name (never a line number) added to the fingerprint, or null
   */
  default void report(
      Location location,
      String message,
      List<String> symbols,
      List<Evidence> evidence,
      String subject) {
    report(location, message, symbols, evidence, subject, null);
  }

  /**
   * Reports one finding that is less certain or less urgent than the rule's usual one (an import
   * guarded by {@code except ImportError}): its severity is at most {@code atMost}.
   *
   * @param atMost the highest severity this finding may have, or null for the rule's
   */
  void report(
      Location location,
      String message,
      List<String> symbols,
      List<Evidence> evidence,
      String subject,
      dev.ssot.core.finding.Severity atMost);

  /**
   * Reports one finding about an import that should name another path, with what to write instead
   * so that {@code ssot fix} can rewrite it. A sink that carries out no fixes reports the finding
   * without the move.
   *
   * @param move the import as written, its replacement and what both bind
   */
  default void report(
      Location location,
      String message,
      List<String> symbols,
      List<Evidence> evidence,
      String subject,
      dev.ssot.core.finding.Severity atMost,
      dev.ssot.core.finding.ImportMove move) {
    report(location, message, symbols, evidence, subject, atMost);
  }
}
