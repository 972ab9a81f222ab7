package dev.ssot.core.report.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GitHub's escaping, which the golden does not exercise, and the severity mapping. */
class GithubReportWriterTest {

  @Test
  void escapesMessagesAndPropertiesTheWayGithubReadsThem() {
    assertEquals("100%25 done%0D%0Anext: a, b", GithubReportWriter.data("100% done\r\nnext: a, b"));
    assertEquals("dir%2C x/a%3Ab%25.java", GithubReportWriter.property("dir, x/a:b%.java"));
  }

  @Test
  void infoBecomesANoticeAndUnknownPositionsAreLeftOut() throws IOException {
    RuleId rule = new RuleId("deprecated-import");
    Finding finding =
        new Finding(
            rule,
            Severity.INFO,
            "uses 50% of\nit",
            new Location("a, b/A.java", 0, 0),
            List.of("a.A"),
            List.of(),
            Fingerprint.of(rule, List.of("a.A"), null));
    Report report =
        new Report(
            Report.SCHEMA_VERSION,
            new Report.Tool("ssot", "test"),
            List.of(),
            List.of(finding),
            List.of(),
            List.of(),
            new Report.Summary(1, 1, 1, 0, 1, Map.of(), Map.of()),
            Map.of());
    StringWriter out = new StringWriter();
    new GithubReportWriter().write(report, null, out);
    assertEquals(
        "::notice file=a%2C b/A.java,title=deprecated-import::uses 50%25 of%0Ait\n",
        out.toString());
  }
}
