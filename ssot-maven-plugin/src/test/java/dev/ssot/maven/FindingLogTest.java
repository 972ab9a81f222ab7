package dev.ssot.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import java.nio.file.Path;
import java.util.List;
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
