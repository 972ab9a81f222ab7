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
   * @param symbols the qualified names or packages the finding is about; they make its
   *     fingerprint, so they must not contain line numbers
   * @param evidence typed facts with locations that show why
   */
  void report(Location location, String message, List<String> symbols, List<Evidence> evidence);
}
