package dev.ssot.rules.cycles;

import dev.ssot.core.graph.Level;

/**
 * Options of {@code import-cycle}.
 *
 * @param level {@code package} (default) or {@code type}
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
      throw new IllegalArgumentException("evidencePerEdge must be at least 1, was " + evidencePerEdge);
    }
  }
}
