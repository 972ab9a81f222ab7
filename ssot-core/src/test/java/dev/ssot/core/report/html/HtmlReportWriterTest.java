package dev.ssot.core.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the golden does not show: hostile names and messages, the script's hash, the baseline view.
 */
class HtmlReportWriterTest {

  /** A class name and a message that execute script if they reach the page unescaped. */
  static final String CLASS = "<img src=x onerror=alert(1)>";

  static final String MESSAGE =
      "duplicates </script><script>alert(1)</script> \"' onmouseover=alert(1) x=\"";

  /**
   * A report whose every name, path and message is hostile, with a cycle, a concept, a parse
   * problem and a stale baseline entry.
   */
  static Report hostileReport() {
    RuleId duplicate = new RuleId("duplicate-type");
    RuleId cycle = new RuleId("import-cycle");
    String path = "src/" + CLASS + ".java";
    Location at = new Location(path, 3, 14);
    Finding finding =
        new Finding(
            duplicate,
            Severity.ERROR,
            "'" + CLASS + "' " + MESSAGE,
            at,
            List.of(CLASS),
            List.of(
                new Evidence.Definition(CLASS, at),
                new Evidence.ImportOf(CLASS, at),
                new Evidence.ReExport(CLASS, "a." + CLASS, at, MESSAGE)),
            Fingerprint.of(duplicate, List.of(CLASS), null));
    Finding cycleFinding =
        new Finding(
            cycle,
            Severity.WARNING,
            MESSAGE,
            at,
            List.of(CLASS, "b</svg><script>"),
            List.of(
                new Evidence.CycleEdge(CLASS, "b</svg><script>", at, List.of(at), 2),
                new Evidence.CycleEdge("b</svg><script>", CLASS, at, List.of(at), 0),
                new Evidence.SuggestedCut("b</svg><script>", CLASS, at, 1)),
            Fingerprint.of(cycle, List.of(CLASS, "b</svg><script>"), null));
    Report report =
        new Report(
            Report.SCHEMA_VERSION,
            new Report.Tool("ssot", "test"),
            List.of(
                new Report.RuleInfo("duplicate-type", MESSAGE, Severity.ERROR, "duplication"),
                new Report.RuleInfo("import-cycle", MESSAGE, Severity.WARNING, "architecture")),
            List.of(finding, cycleFinding),
            List.of(new ParseProblem(path, 2, MESSAGE)),
            List.of(
                new Report.ConceptSummary(
                    CLASS,
                    true,
                    CLASS,
                    "x." + CLASS,
                    List.of(new Report.Member(CLASS, "definition", null, at)),
                    List.of(new Report.Member("old." + CLASS, "alias", CLASS, at)),
                    List.of(),
                    List.of(new Report.PathCount("old." + CLASS, 2)),
                    0,
                    2)),
            new Report.Summary(
                1,
                3,
                1,
                1,
                2,
                Map.of("error", 1, "warning", 1, "info", 0),
                Map.of("duplicate-type", 1, "import-cycle", 1)),
            Map.of());
    return report.withBaseline(
        new Report.BaselineResult(
            "base" + CLASS + ".json",
            Set.of(),
            List.of(
                new Report.BaselineEntry(
                    "0123456789abcdef0123456789abcdef", "duplicate-type", List.of(CLASS), MESSAGE)),
            true));
  }

  static String render(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReportWriter().write(report, null, out);
    return out.toString();
  }

  @Test
  void namesAndMessagesCannotInjectMarkupOrScript() throws IOException {
    String html = render(hostileReport());
    assertFalse(html.contains("<img"), "an unescaped tag from a class name");
    assertFalse(html.contains("alert(1)</script>"), "a script from a message");
    assertFalse(html.contains("</svg><script>"), "a script from a package name in the cycle graph");
    assertFalse(html.contains("\" onmouseover"), "an attribute from a message");
    assertFalse(html.contains("' onmouseover"), "an attribute from a message");
    assertEquals(1, count(html, "<script"), "only the page's own script");
    assertEquals(1, count(html, "</script>"), "only the page's own script ends");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the name is shown as text");
    assertTrue(
        html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the message is shown as text");
    assertTrue(html.contains("data-rule=\"duplicate-type\""), html);
  }

  @Test
  void escapesEveryCharacterThatCouldEndTextOrAnAttribute() {
    assertEquals(
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;\\u0000&#10;\\uD800\uD83D\uDE00"
            + " \\u202E \\u001B[31m ##&#91;error]",
        Html.escape(
            "<a href=\"x\" title='y'>&amp;\u0000\n\uD800\uD83D\uDE00 \u202E \u001B[31m ##[error]"));
  }

  @Test
  void theContentSecurityPolicyForbidsTheNetworkAndAllowsOnlyThePagesScript() throws IOException {
    String html = render(hostileReport());
    Matcher policy =
        Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")
            .matcher(html);
    assertTrue(policy.find(), html);
    assertTrue(policy.group(1).startsWith("default-src 'none';"), policy.group(1));
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertTrue(script.find());
    assertTrue(
        policy.group(1).contains("script-src '" + HtmlReportWriter.sha256(script.group(1)) + "';"),
        "the policy names the hash of the script as embedded: " + policy.group(1));
    assertFalse(
        Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(),
        "nothing is loaded from elsewhere");
  }

  @Test
  void withABaselineOnlyNewFindingsShowAndStaleEntriesAreListed() throws IOException {
    Report hostile = hostileReport();
    Report.BaselineResult result = hostile.baseline();
    Report report =
        hostile.withBaseline(
            new Report.BaselineResult(
                result.file(),
                Set.of(hostile.findings().get(0).fingerprint().value()),
                result.stale(),
                true));
    String html = render(report);
    assertTrue(
        html.contains(
            "<tr data-rule=\"duplicate-type\" data-severity=\"error\" data-state=\"baselined\" hidden>"),
        html);
    assertTrue(
        html.contains(
            "<tr data-rule=\"import-cycle\" data-severity=\"warning\" data-state=\"new\">"),
        html);
    assertTrue(
        html.contains("<span id=\"findings-shown\" class=\"muted\">1 of 2 shown</span>"), html);
    assertTrue(html.contains("<option value=\"new\" selected>new</option>"), html);
    assertTrue(html.contains("<strong>1 new finding</strong>, 1 baselined"), html);
    assertTrue(html.contains("Error: 1 baseline entry matches nothing any more"), html);
    assertTrue(html.contains("<code>0123456789abcdef0123456789abcdef</code>"), html);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
