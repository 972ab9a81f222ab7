package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.report.Report;
import dev.ssot.rules.harness.MarkerHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples end to end: the real CLI on the fragmented WebSocket system, in Java and in Python,
 * reports exactly {@code expected-report.json} (timing removed) and every marked line, and nothing
 * on the canonical reference. Regenerate the goldens deliberately with {@code
 * -Dssot.updateGoldens=true}.
 */
class ExamplesTest {

  private static final Path FRAGMENTED = Path.of("../examples/websocket-fragmented");
  private static final Path CANONICAL = Path.of("../examples/websocket-canonical");
  private static final Path PYTHON_FRAGMENTED = Path.of("../examples/python-websocket-fragmented");

  /**
   * The report without its one volatile field, as a user gets it with the command in
   * examples/README.md.
   */
  static String withoutTiming(String json) {
    return json.replaceAll(",\\n  \"timing\" : \\{[^}]*\\}", "");
  }

  @Test
  void fragmentedSystemReportsExactlyTheExpectedReport() throws IOException {
    assertReportEqualsGolden(FRAGMENTED);
  }

  @Test
  void fragmentedSystemMatchesItsMarkersBothWays() {
    Report report = assertMarkersMatchBothWays(FRAGMENTED);
    assertTrue(
        report.findings().size() >= 11,
        "every kind of violation is shown: " + report.findings().size());
    // both deprecated imports are also non-canonical: one finding each, the deprecation inside
    List<dev.ssot.core.finding.Finding> folded =
        report.findings().stream()
            .filter(
                f ->
                    f.evidence().stream()
                        .anyMatch(
                            e ->
                                e instanceof dev.ssot.core.finding.Evidence.AlsoFlagged also
                                    && also.rule().equals("deprecated-import")))
            .toList();
    assertEquals(2, folded.size(), folded.toString());
    assertTrue(folded.stream().allMatch(f -> f.rule().value().equals("non-canonical-import")));
    assertTrue(
        report.findings().stream().noneMatch(f -> f.rule().value().equals("deprecated-import")));
  }

  @Test
  void pythonFragmentedSystemReportsExactlyTheExpectedReport() throws IOException {
    assertReportEqualsGolden(PYTHON_FRAGMENTED);
  }

  @Test
  void pythonFragmentedSystemMatchesItsMarkersBothWays() {
    Report report = assertMarkersMatchBothWays(PYTHON_FRAGMENTED);
    List<String> rules =
        report.findings().stream().map(f -> f.rule().value()).distinct().sorted().toList();
    assertEquals(
        List.of(
            "deprecated-import",
            "drifting-test-double",
            "duplicate-type",
            "factory-proliferation",
            "import-cycle",
            "non-canonical-import",
            "unresolved-import"),
        rules,
        "every Python rule is shown");
  }

  /**
   * {@code check -f json} exits with 1 and prints the example's {@code expected-report.json},
   * timing removed.
   */
  private static void assertReportEqualsGolden(Path example) throws IOException {
    SsotCliTest.Run run = SsotCliTest.run("check", example.toString(), "-f", "json");
    assertEquals(1, run.code(), run.err());
    String actual = withoutTiming(run.out());
    Path golden = example.resolve("expected-report.json");
    if (Boolean.getBoolean("ssot.updateGoldens")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        actual,
        "examples/"
            + example.getFileName()
            + "/expected-report.json (regenerate with -Dssot.updateGoldens=true, review the diff)");
  }

  /**
   * Every {@code expect:} marker has its finding and every finding its marker; every file parses.
   */
  private static Report assertMarkersMatchBothWays(Path example) {
    Report report = Analysis.run(AnalysisRequest.builder(example).build()).report();
    List<String> problems = MarkerHarness.compare(example, report.findings(), rule -> true);
    assertEquals(List.of(), problems);
    assertEquals(List.of(), report.parseProblems());
    return report;
  }

  @Test
  void canonicalReferenceHasNoFindings() {
    SsotCliTest.Run run = SsotCliTest.run("check", CANONICAL.toString());
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("; no findings."), run.out());
  }
}
