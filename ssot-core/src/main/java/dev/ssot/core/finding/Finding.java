package dev.ssot.core.finding;

import dev.ssot.core.model.Location;
import java.util.Comparator;
import java.util.List;

/**
 * One problem found by one rule.
 *
 * @param rule the rule that found it
 * @param severity the effective severity (rule default or configured)
 * @param message one line saying what is wrong and what to do
 * @param location the primary place to look
 * @param symbols sorted qualified names or packages the finding is about
 * @param evidence why, as typed facts with locations
 * @param fingerprint identity across edits
 * @param move for an import that should name another path, what to write instead; else null
 * @param fix how the move is carried out (edits, or why there are none); null without a move
 */
public record Finding(
    RuleId rule,
    Severity severity,
    String message,
    Location location,
    List<String> symbols,
    List<Evidence> evidence,
    Fingerprint fingerprint,
    ImportMove move,
    Fix fix) {

  /** Report order: path, line, column, rule id, then message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);

  public Finding {
    symbols = List.copyOf(symbols);
    evidence = List.copyOf(evidence);
  }

  /** A finding that asks for no import move. */
  public Finding(
      RuleId rule,
      Severity severity,
      String message,
      Location location,
      List<String> symbols,
      List<Evidence> evidence,
      Fingerprint fingerprint) {
    this(rule, severity, message, location, symbols, evidence, fingerprint, null, null);
  }

  /** This finding with how its move is carried out. */
  public Finding withFix(Fix value) {
    return new Finding(
        rule, severity, message, location, symbols, evidence, fingerprint, move, value);
  }
}
