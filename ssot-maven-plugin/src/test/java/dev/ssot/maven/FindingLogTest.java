package dev.ssot.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.SkippedPath;
import dev.ssot.core.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingLogTest {

  private final Path root = Path.of("/work/app").toAbsolutePath();

  @Test
  void aFindingIsOneCompilerStyleLineWithTheAbsolutePath() {
    assertEquals(
        root.resolve("src/main/java/a/B.java")
            + ":7:14 [duplicate-type] 'B' is a second definition of A",
        FindingLog.line(root, finding(new Location("src/main/java/a/B.java", 7, 14))));
  }

  @Test
  void aWholeLineFindingHasNoColumn() {
    assertEquals(
        root.resolve("src/main/java/a/B.java")
            + ":7 [duplicate-type] 'B' is a second definition of A",
        FindingLog.line(root, finding(new Location("src/main/java/a/B.java", 7, 0))));
  }

  @Test
  void aHostilePathIsShownVisiblyAndStartsNoWorkflowCommand() {
    String line =
        FindingLog.line(
            root, finding(new Location("src/x\n::error::y\u001B[2J##[error]/B.java", 7, 0)));
    assertEquals(
        root.resolve("src/x\n::error::y\u001B[2J##[error]/B.java")
                .toString()
                .replace("\n", "\\n")
                .replace("\u001B", "\\u001B")
                .replace("##[", "##\\u005B")
            + ":7 [duplicate-type] 'B' is a second definition of A",
        line);
  }

  @Test
  void theSummaryCountsSkippedPathsByReason() {
    Report report =
        new Report(
                1,
                new Report.Tool("ssot", "test"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new Report.Summary(1, 1, 1, 0, 0, Map.of(), Map.of()),
                Map.of())
            .withSkipped(
                List.of(
                    new SkippedPath("a", SkippedPath.Kind.DIRECTORY, SkippedPath.Reason.IGNORED),
                    new SkippedPath("b", SkippedPath.Kind.DIRECTORY, SkippedPath.Reason.IGNORED),
                    new SkippedPath(
                        "venv",
                        SkippedPath.Kind.DIRECTORY,
                        new SkippedPath.Reason("virtualenv", "virtual environment", true)),
                    new SkippedPath(
                        "L.java", SkippedPath.Kind.LINK, SkippedPath.Reason.LINK_BROKEN)));
    assertEquals(", skipped: 2 ignored, 1 link-broken, 1 virtualenv", FindingLog.skipped(report));
    assertEquals(1, report.skipped().size(), "only the link is listed");
  }

  private static Finding finding(Location location) {
    return new Finding(
        new RuleId("duplicate-type"),
        Severity.ERROR,
        "'B' is a second definition of A",
        location,
        List.of("a.A", "a.B"),
        List.of(),
        Fingerprint.of(new RuleId("duplicate-type"), List.of("a.A", "a.B"), ""));
  }
}
