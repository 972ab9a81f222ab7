package dev.ssot.core.report.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the golden does not show: hostile names and messages, and the cap on listed findings. */
class MarkdownReportWriterTest {

  private static Finding finding(int line, String message) {
    RuleId rule = new RuleId("duplicate-type");
    return new Finding(
        rule,
        Severity.WARNING,
        message,
        new Location("src/A.java", line, 1),
        List.of("a.A" + line),
        List.of(),
        Fingerprint.of(rule, List.of("a.A" + line), null));
  }

  private static String render(List<Finding> findings) throws IOException {
    Report report =
        new Report(
            Report.SCHEMA_VERSION,
            new Report.Tool("ssot", "test"),
            List.of(new Report.RuleInfo("duplicate-type", "dup", Severity.WARNING, "duplication")),
            findings,
            List.of(),
            List.of(),
            new Report.Summary(
                1,
                1,
                1,
                0,
                findings.size(),
                Map.of("warning", findings.size()),
                Map.of("duplicate-type", findings.size())),
            Map.of());
    StringWriter out = new StringWriter();
    new MarkdownReportWriter().write(report, null, out);
    return out.toString();
  }

  @Test
  void namesAndMessagesCannotInjectHtmlOrMarkdown() throws IOException {
    String markdown =
        render(
            List.of(
                finding(
                    1,
                    "'<img src=x onerror=alert(1)>' duplicates </script> | [x](javascript:alert(1)) *b* `c`\nnext")));
    assertFalse(markdown.contains("<img"), markdown);
    assertFalse(markdown.contains("</script>"), markdown);
    assertFalse(markdown.contains("[x]"), markdown);
    assertTrue(markdown.contains("&lt;img src=x onerror=alert(1)&gt;"), markdown);
    assertTrue(
        markdown.contains("\\| \\[x\\](javascript:alert(1)) \\*b\\* \\`c\\`\\\\nnext |"),
        "the line break is shown, escaped: " + markdown);
  }

  @Test
  void listsTheFirstTwentyFindingsAndCountsTheRest() throws IOException {
    List<Finding> findings = new ArrayList<>();
    IntStream.rangeClosed(1, 25).forEach(i -> findings.add(finding(i, "m" + i)));
    String markdown = render(findings);
    assertTrue(markdown.contains("### Findings (the first 20 of 25, most severe first)"), markdown);
    assertTrue(markdown.contains("[src/A.java:20](src/A.java#L20)"), markdown);
    assertFalse(markdown.contains("[src/A.java:21]"), markdown);
  }

  @Test
  void linkTargetsArePercentEncoded() {
    assertEquals(
        "[my dir/A.java:3](my%20dir/A.java#L3)",
        MarkdownReportWriter.link(new Location("my dir/A.java", 3, 0)));
  }
}
