package dev.ssot.core.rule;

import dev.ssot.core.model.Location;

/**
 * Where a rule reports findings. A rule describes each finding with a builder and reports it:
 *
 * <pre>{@code
 * findings.at(type.location())
 *     .message("'%s' duplicates %s".formatted(type.name(), canonical.name()))
 *     .symbols(type.qualifiedName(), canonical.qualifiedName())
 *     .evidence(new Evidence.Definition(canonical.qualifiedName(), canonical.location()))
 *     .report();
 * }</pre>
 *
 * The engine adds the rule id, the effective severity and the fingerprint.
 */
public interface FindingSink {

  /** Starts a finding at its primary location, the place to look. */
  default FindingBuilder at(Location location) {
    return new FindingBuilder(this, location);
  }

  /**
   * Receives one finished finding. Rules call {@link FindingBuilder#report()} instead; the engine
   * (or a test) implements this.
   */
  void accept(RuleFinding finding);
}
