package dev.ssot.core.rule;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.ImportMove;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import java.util.List;

/**
 * Describes one finding, started with {@link FindingSink#at}; {@link #report()} hands it to the
 * sink. A message is required; everything else is optional (see {@link RuleFinding} for what each
 * part means).
 */
public final class FindingBuilder {

  private final FindingSink sink;
  private final Location location;
  private String message;
  private List<String> symbols = List.of();
  private List<Evidence> evidence = List.of();
  private String subject;
  private Severity atMost;
  private ImportMove move;

  FindingBuilder(FindingSink sink, Location location) {
    this.sink = sink;
    this.location = location;
  }

  /** One line: what is wrong, and what to do instead. */
  public FindingBuilder message(String message) {
    this.message = message;
    return this;
  }

  /** The names the finding is about (its fingerprint): never line numbers. */
  public FindingBuilder symbols(List<String> symbols) {
    this.symbols = symbols;
    return this;
  }

  /** The names the finding is about (its fingerprint): never line numbers. */
  public FindingBuilder symbols(String... symbols) {
    return symbols(List.of(symbols));
  }

  /** Typed facts with locations that show why. */
  public FindingBuilder evidence(List<Evidence> evidence) {
    this.evidence = evidence;
    return this;
  }

  /** Typed facts with locations that show why. */
  public FindingBuilder evidence(Evidence... evidence) {
    return evidence(List.of(evidence));
  }

  /**
   * A symbolic name added to the fingerprint when the symbols alone do not identify the finding.
   */
  public FindingBuilder subject(String subject) {
    this.subject = subject;
    return this;
  }

  /** The highest severity this finding may have (null: the rule's). */
  public FindingBuilder atMost(Severity atMost) {
    this.atMost = atMost;
    return this;
  }

  /** What an import should be rewritten to, for {@code ssot fix} (null: nothing to rewrite). */
  public FindingBuilder move(ImportMove move) {
    this.move = move;
    return this;
  }

  /**
   * Reports the finding.
   *
   * @throws NullPointerException when no message was given
   */
  public void report() {
    sink.accept(new RuleFinding(location, message, symbols, evidence, subject, atMost, move));
  }
}
