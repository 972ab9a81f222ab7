package dev.ssot.rules.cycles;

import dev.ssot.core.graph.Level;

/**
 * Options of {@code import-cycle}.
 *
 * @param level {@code package} (default: Java packages, Python modules through imports that run at
 *     import time), {@code all} (Python imports under {@code TYPE_CHECKING} and inside functions
 *     too) or {@code type} (Java top-level types)
 * @param evidencePerEdge how many {@code file:line} places to show per cycle edge (default 3)
 */
public record ImportCycleOptions(Level level, Integer evidencePerEdge) {

  public ImportCycleOptions {
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
