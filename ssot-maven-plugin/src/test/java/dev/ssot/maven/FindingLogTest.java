package dev.ssot.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
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
    Report.Summary summary =
        new Report.Summary(
            1, 1, 1, 0, 0, Map.of(), Map.of(), 3, Map.of("virtualenv", 1, "ignored", 2));
    assertEquals(
        ", 3 skipped (2 ignored, 1 virtualenv; listed in report.json)",
        FindingLog.skipped(summary));
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
