package dev.ssot.core.engine;

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
 */
public record AnalysisResult(Path root, Report report, CodeGraph graph, FailLevel failOn) {

  /** Whether any finding is at or above the fail level. */
  public boolean failed() {
    return report.findings().stream().anyMatch(f -> failOn.fails(f.severity()));
  }
}
