package dev.ssot.core.engine;

import dev.ssot.core.concept.Concepts;
import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.report.Report;
import java.nio.file.Path;

/**
 * The outcome of {@link Analysis#run}.
 *
 * @param root the analysed root (absolute)
 * @param report the report every writer renders
 * @param graph the code graph the rules saw
 * @param failOn the effective fail level
 * @param conceptSource the concepts of the analysed code, built on first use
 */
public record AnalysisResult(
    Path root,
    Report report,
    CodeGraph graph,
    FailLevel failOn,
    java.util.function.Supplier<Concepts> conceptSource) {

  /** The concepts and type roles of the analysed code. */
  public Concepts concepts() {
    return conceptSource.get();
  }

  /**
   * Whether any finding the baseline does not hold is at or above the fail level, or a strict
   * baseline has entries that match nothing.
   */
  public boolean failed() {
    boolean staleFails =
        report.baseline() != null
            && report.baseline().strict()
            && !report.baseline().stale().isEmpty();
    return staleFails || report.newFindings().stream().anyMatch(f -> failOn.fails(f.severity()));
  }
}
