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
 * The examples end to end: the real CLI on the fragmented WebSocket system reports exactly
 * {@code expected-report.json} (timing removed) and every marked line, and nothing on the canonical
 * reference. Regenerate the golden deliberately with {@code -Dssot.updateGoldens=true}.
 */
class ExamplesTest {

  private static final Path FRAGMENTED = Path.of("../examples/websocket-fragmented");
  private static final Path CANONICAL = Path.of("../examples/websocket-canonical");

  /** The report without its one volatile field, as a user gets it with the command in examples/README.md. */
  static String withoutTiming(String json) {
    return json.replaceAll(",\\n  \"timing\" : \\{[^}]*\\}", "");
  }

  @Test
  void fragmentedSystemReportsExactlyTheExpectedReport() throws IOException {
    SsotCliTest.Run run = SsotCliTest.run("check", FRAGMENTED.toString(), "-f", "json");
    assertEquals(1, run.code(), run.err());
    String actual = withoutTiming(run.out());
    Path golden = FRAGMENTED.resolve("expected-report.json");
    if (Boolean.getBoolean("ssot.updateGoldens")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "examples/websocket-fragmented/expected-report.json (regenerate with -Dssot.updateGoldens=true, review the diff)");
  }

  @Test
  void fragmentedSystemMatchesItsMarkersBothWays() {
    Report report = Analysis.run(AnalysisRequest.builder(FRAGMENTED).build()).report();
    List<String> problems = MarkerHarness.compare(FRAGMENTED, report.findings(), rule -> true);
    assertEquals(List.of(), problems);
    assertEquals(List.of(), report.parseProblems());
    assertTrue(report.findings().size() >= 12, "every kind of violation is shown: " + report.findings().size());
  }

  @Test
  void canonicalReferenceHasNoFindings() {
    SsotCliTest.Run run = SsotCliTest.run("check", CANONICAL.toString());
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("; no findings."), run.out());
  }
}
