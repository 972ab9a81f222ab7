package dev.ssot.maven;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportText;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs a report the way the compiler logs errors: one line per finding, {@code
 * /abs/path/File.java:line:col [rule-id] message}, at the level of its severity (error → ERROR,
 * warning → WARNING, info → INFO). Paths are absolute so IDE consoles and terminals link them; the
 * column is left out when the finding is about a whole line. Names from the tree go through {@link
 * ReportText#line}: control characters spelled visibly, no workflow command.
 */
final class FindingLog {

  private FindingLog() {}

  static String line(Path root, Finding finding) {
    return ReportText.line(
        place(root, finding.location()) + " [" + finding.rule().value() + "] " + finding.message());
  }

  static void log(Log log, Path root, Report report) {
    for (Finding finding : report.findings()) {
      String line = line(root, finding);
      switch (finding.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        default -> log.info(line);
      }
    }
    for (ParseProblem problem : report.parseProblems()) {
      log.warn(
          ReportText.line(
              root.resolve(problem.path())
                  + (problem.line() > 0 ? ":" + problem.line() : "")
                  + " [parse] could not be parsed, so it was skipped (the rest was analysed): "
                  + problem.message()));
    }
    Report.Summary summary = report.summary();
    Map<String, Integer> bySeverity = summary.findingsBySeverity();
    log.info(
        "ssot: "
            + count(summary.files(), "file")
            + ", "
            + count(summary.types(), "type")
            + ": "
            + count(bySeverity.getOrDefault("error", 0), "error")
            + ", "
            + count(bySeverity.getOrDefault("warning", 0), "warning")
            + ", "
            + bySeverity.getOrDefault("info", 0)
            + " info"
            + (summary.parseProblems() > 0
                ? ", " + count(summary.parseProblems(), "file") + " not parsed"
                : "")
            + skipped(report));
  }

  /** {@code , skipped: 1 ignored, 1 link-not-followed} when discovery left anything out. */
  static String skipped(Report report) {
    Map<String, Integer> counts = report.skippedCounts();
    if (counts.isEmpty()) {
      return "";
    }
    return ", skipped: "
        + counts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String place(Path root, Location location) {
    return root.resolve(location.path())
        + ":"
        + location.line()
        + (location.column() > 0 ? ":" + location.column() : "");
  }
}
