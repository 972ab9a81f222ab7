package dev.ssot.rules.cycles;

import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.Level;

/**
 * Options of {@code import-cycle}.
 *
 * @param level {@code package} (default: packages, or modules through imports that run at import
 *     time), {@code all} (also imports for type checkers only and inside functions too) or {@code
 *     type} (top-level types)
 * @param evidencePerEdge how many {@code file:line} places to show per cycle edge (default 3)
 * @param toleratedSeverity the highest severity of an import-time cycle that the language tolerates
 *     (importing any of its modules first succeeds); default {@code info}
 */
public record ImportCycleOptions(Level level, Integer evidencePerEdge, Severity toleratedSeverity) {

  public ImportCycleOptions {
    if (toleratedSeverity == null) {
      toleratedSeverity = Severity.INFO;
    }
    if (level == null) {
      level = Level.PACKAGE;
    }
    if (evidencePerEdge == null) {
      evidencePerEdge = 3;
    }
    if (evidencePerEdge < 1) {
      throw new IllegalArgumentException(
          "evidencePerEdge must be at least 1, was " + evidencePerEdge);
    }
  }
}
