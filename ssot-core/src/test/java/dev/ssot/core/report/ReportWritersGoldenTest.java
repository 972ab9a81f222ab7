package dev.ssot.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One golden file per output format, rendered from one report that holds every kind of evidence.
 * Regenerate deliberately with {@code -Dssot.updateGoldens=true} and review the diff.
 */
class ReportWritersGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/cycle");
  private static final String A = "src/main/java/com/acme/a/A.java";
  private static final String B = "src/main/java/com/acme/b/B.java";

  static Report report() {
    RuleId cycle = new RuleId("import-cycle");
    RuleId duplicate = new RuleId("duplicate-type");
    Location importInA = new Location(A, 3, 1);
    Location importInB = new Location(B, 3, 1);
    Finding cycleFinding =
        new Finding(
            cycle,
            Severity.ERROR,
            "2 packages form an import cycle: com.acme.a -> com.acme.b -> com.acme.a; suggested cut: com.acme.b -> com.acme.a (1 import)",
            importInA,
            List.of("com.acme.a", "com.acme.b"),
            List.of(
                new Evidence.CycleEdge(
                    "com.acme.a", "com.acme.b", importInA, List.of(importInA), 0),
                new Evidence.CycleEdge(
                    "com.acme.b",
                    "com.acme.a",
                    importInB,
                    List.of(importInB, new Location(B, 6, 3)),
                    4),
                new Evidence.SuggestedCut("com.acme.b", "com.acme.a", importInB, 1)),
            Fingerprint.of(cycle, List.of("com.acme.a", "com.acme.b"), null));
    Finding duplicateFinding =
        new Finding(
            duplicate,
            Severity.WARNING,
            "'B' duplicates com.acme.a.A \"quoted\" <tag> & more",
            new Location(B, 5, 14),
            List.of("com.acme.b.B"),
            List.of(
                new Evidence.Definition("com.acme.a.A", new Location(A, 5, 14)),
                new Evidence.ImportOf("com.acme.a.A", new Location(B, 3, 1)),
                new Evidence.ReExport(
                    "com.acme.legacy.A",
                    "com.acme.a.A",
                    new Location("src/main/java/com/acme/legacy/A.java", 4, 1),
                    "member-less subclass")),
            Fingerprint.of(duplicate, List.of("com.acme.b.B"), null));
    return new Report(
        Report.SCHEMA_VERSION,
        new Report.Tool("ssot", "0.0.0-test"),
        List.of(
            new Report.RuleInfo(
                "duplicate-type",
                "A concept is defined by more than one type",
                Severity.WARNING,
                "duplication",
                "# duplicate-type\n\n## What it flags\n\nA concept defined by more than one type.\n"),
            new Report.RuleInfo(
                "import-cycle",
                "Packages or modules depend on each other in a cycle",
                Severity.ERROR,
                "architecture")),
        List.of(cycleFinding, duplicateFinding),
        List.of(
            new ParseProblem(
                "src/main/java/com/acme/c/Broken.java", 4, "Parse error. Found \"{\"")),
        List.of(
            new Report.ConceptSummary(
                "A",
                false,
                "com.acme.a.A",
                "com.acme.a.A",
                List.of(
                    new Report.Member("com.acme.a.A", "definition", null, new Location(A, 5, 14)),
                    new Report.Member("com.acme.b.B", "definition", null, new Location(B, 5, 14))),
                List.of(
                    new Report.Member(
                        "com.acme.legacy.A",
                        "alias",
                        "com.acme.a.A",
                        new Location("src/main/java/com/acme/legacy/A.java", 4, 14))),
                List.of(
                    new Report.Member(
                        "com.acme.a.MockA",
                        "test-double",
                        "com.acme.a.A",
                        new Location("src/test/java/com/acme/a/MockA.java", 3, 7))),
                List.of(
                    new Report.PathCount("com.acme.a.A", 3),
                    new Report.PathCount("com.acme.legacy.A", 1)),
                3,
                4)),
        new Report.Summary(
            3,
            14,
            2,
            1,
            2,
            Map.of("error", 1, "warning", 1, "info", 0),
            Map.of("import-cycle", 1, "duplicate-type", 1)),
        Map.of("totalMillis", 42L));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github", "markdown", "html"})
  void matchesTheGoldenFile(String format) throws IOException {
    ReportWriter writer = ReportWriters.forFormat(format).orElseThrow();
    StringWriter out = new StringWriter();
    writer.write(report(), GOLDEN.resolve("tree"), out);
    Path golden = GOLDEN.resolve("report." + writer.extension());
    if (Boolean.getBoolean("ssot.updateGoldens")) {
      Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        out.toString(),
        "golden " + golden + " (regenerate with -Dssot.updateGoldens=true and review the diff)");
  }
}
