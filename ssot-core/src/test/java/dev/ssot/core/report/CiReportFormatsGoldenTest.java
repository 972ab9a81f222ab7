package dev.ssot.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CI test-result formats against their golden files, rendered from the same report as {@link
 * ReportWritersGoldenTest}. Regenerate deliberately with {@code -Dssot.updateGoldens=true} and
 * review the diff.
 */
public class CiReportFormatsGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/cycle");

  static String render(String format, Report report) throws IOException {
    StringWriter out = new StringWriter();
    ReportWriters.forFormat(format).orElseThrow().write(report, GOLDEN.resolve("tree"), out);
    return out.toString();
  }

  /** The shared golden report, for the format tests in other packages. */
  public static Report goldenReport() {
    return ReportWritersGoldenTest.report();
  }

  @ParameterizedTest
  @ValueSource(strings = {"junit", "gitlab"})
  void matchesTheGoldenFile(String format) throws IOException {
    String rendered = render(format, ReportWritersGoldenTest.report());
    Path golden =
        GOLDEN.resolve("report." + ReportWriters.forFormat(format).orElseThrow().extension());
    if (Boolean.getBoolean("ssot.updateGoldens")) {
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        rendered,
        "golden " + golden + " (regenerate with -Dssot.updateGoldens=true and review the diff)");
  }
}
