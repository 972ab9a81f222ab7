package dev.ssot.cli;

import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Report;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ssot check PATH FILE...} and {@code --changed-since REV}: the analysis covers the whole
 * tree, the report only the findings located in one of the given files or whose evidence points
 * into one (a cycle through an import of the file, a definition the file duplicates), and only
 * their parse problems, as a pre-commit hook wants for the staged files. Counts in the summary are
 * of the reported findings; a baseline's stale entries concern the whole tree and stay.
 */
final class ReportedFiles {

  private final Set<String> paths;

  private ReportedFiles(Set<String> paths) {
    this.paths = paths;
  }

  /**
   * The given files as root-relative paths with {@code /}, the way report locations spell them.
   * Relative files are taken from the working directory; files outside the root match nothing.
   */
  static ReportedFiles of(Path root, List<Path> files) {
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Set<String> paths = new HashSet<>();
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      if (absolute.startsWith(absoluteRoot)) {
        paths.add(absoluteRoot.relativize(absolute).toString().replace('\\', '/'));
      }
    }
    return new ReportedFiles(Set.copyOf(paths));
  }

  /** Root-relative paths with {@code /}, as report locations spell them. */
  static ReportedFiles ofRelative(Set<String> paths) {
    return new ReportedFiles(Set.copyOf(paths));
  }

  /** Whether the finding is located in one of the files or its evidence points into one. */
  private boolean touches(Finding finding) {
    if (paths.contains(finding.location().path())) {
      return true;
    }
    for (Evidence evidence : finding.evidence()) {
      if (paths.contains(evidence.location().path())) {
        return true;
      }
      if (evidence instanceof Evidence.CycleEdge edge
          && edge.locations().stream().anyMatch(l -> paths.contains(l.path()))) {
        return true;
      }
    }
    return false;
  }

  /** The result with its report restricted to these files. */
  AnalysisResult restrict(AnalysisResult result) {
    Report report = result.report();
    List<Finding> findings = report.findings().stream().filter(this::touches).toList();
    List<ParseProblem> problems =
        report.parseProblems().stream().filter(p -> paths.contains(p.path())).toList();
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      bySeverity.put(severity.id(), 0);
    }
    Map<String, Integer> byRule = new LinkedHashMap<>();
    for (Report.RuleInfo rule : report.rules()) {
      byRule.put(rule.id(), 0);
    }
    for (Finding finding : findings) {
      bySeverity.merge(finding.severity().id(), 1, Integer::sum);
      byRule.merge(finding.rule().value(), 1, Integer::sum);
    }
    Report.Summary summary = report.summary();
    Report restricted =
        new Report(
                report.schemaVersion(),
                report.tool(),
                report.rules(),
                findings,
                problems,
                report.concepts(),
                new Report.Summary(
                    summary.files(),
                    summary.lines(),
                    summary.types(),
                    problems.size(),
                    findings.size(),
                    bySeverity,
                    byRule),
                report.timing(),
                report.baseline())
            .withSkipped(report.skipped()) // what discovery left out still describes the run
            .withCopiedDirectories(report.copiedDirectories())
            .withConfig(report.config())
            .withModuleRoots(report.moduleRoots());
    return new AnalysisResult(
        result.root(), restricted, result.graph(), result.failOn(), result.conceptSource());
  }
}
