package dev.ssot.core.report.junit;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportWriter;
import dev.ssot.core.report.text.TextReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML, the test-result format Jenkins, GitLab, GitHub test reporters and Maven Surefire read:
 * one {@code <testsuite>} per rule that ran (named {@code ssot.<rule-id>}) and in it one {@code
 * <testcase>} per file with findings of that rule, failing with the findings listed as the text
 * report does; a rule without findings has one passing test case, {@code no findings}. With a
 * baseline only new findings fail. Files that could not be parsed are skipped test cases of the
 * suite {@code ssot.parse-problem}; stale baseline entries are test cases of {@code
 * ssot.stale-baseline-entry} that fail with a strict baseline and are skipped otherwise. Times are
 * 0 and there is no timestamp, so the output is a pure function of the report.
 */
public final class JunitReportWriter implements ReportWriter {

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public String extension() {
    return "junit.xml";
  }

  @Override
  public void write(Report report, Path root, Writer out) throws IOException {
    List<Suite> suites = new ArrayList<>();
    Map<String, Map<String, List<Finding>>> byRule = new TreeMap<>();
    for (Report.RuleInfo rule : report.rules()) {
      byRule.put(rule.id(), new TreeMap<>());
    }
    for (Finding finding : report.newFindings()) {
      byRule
          .computeIfAbsent(finding.rule().value(), k -> new TreeMap<>())
          .computeIfAbsent(finding.location().path(), k -> new ArrayList<>())
          .add(finding);
    }
    for (Map.Entry<String, Map<String, List<Finding>>> rule : byRule.entrySet()) {
      Suite suite = new Suite("ssot." + rule.getKey());
      if (rule.getValue().isEmpty()) {
        suite.cases.add(new Case("no findings", null, null, null, null));
      }
      for (Map.Entry<String, List<Finding>> file : rule.getValue().entrySet()) {
        List<Finding> findings = new ArrayList<>(file.getValue());
        findings.sort(Finding.ORDER);
        Severity worst =
            findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
        String message =
            findings.size() == 1
                ? findings.get(0).message()
                : findings.size() + " findings; first: " + findings.get(0).message();
        StringBuilder body = new StringBuilder();
        for (Finding finding : findings) {
          body.append(describe(finding));
        }
        suite.cases.add(new Case(file.getKey(), file.getKey(), worst.id(), message, body));
      }
      suites.add(suite);
    }
    if (!report.parseProblems().isEmpty()) {
      Suite suite = new Suite("ssot.parse-problem");
      for (ParseProblem problem : report.parseProblems()) {
        Case skipped =
            new Case(
                problem.path(),
                problem.path(),
                null,
                "could not be parsed, the rest was analysed: "
                    + (problem.line() > 0 ? "line " + problem.line() + ": " : "")
                    + problem.message(),
                null);
        skipped.skipped = true;
        suite.cases.add(skipped);
      }
      suites.add(suite);
    }
    Report.BaselineResult baseline = report.baseline();
    if (baseline != null && !baseline.stale().isEmpty()) {
      Suite suite = new Suite("ssot.stale-baseline-entry");
      for (Report.BaselineEntry entry : baseline.stale()) {
        String message =
            "baseline entry "
                + entry.fingerprint()
                + " ["
                + entry.ruleId()
                + "] "
                + String.join(", ", entry.symbols())
                + " matches nothing any more; remove it from "
                + baseline.file()
                + ": "
                + entry.message();
        Case stale =
            new Case(
                entry.fingerprint(),
                baseline.file(),
                baseline.strict() ? "error" : null,
                message,
                baseline.strict() ? new StringBuilder(message).append('\n') : null);
        stale.skipped = !baseline.strict();
        suite.cases.add(stale);
      }
      suites.add(suite);
    }

    int tests = 0;
    int failures = 0;
    int skipped = 0;
    for (Suite suite : suites) {
      tests += suite.cases.size();
      failures += suite.failures();
      skipped += suite.skipped();
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write(
        "<testsuites name=\""
            + attribute(report.tool().name() + " " + report.tool().version())
            + "\" tests=\""
            + tests
            + "\" failures=\""
            + failures
            + "\" errors=\"0\" skipped=\""
            + skipped
            + "\" time=\"0\">\n");
    for (Suite suite : suites) {
      out.write(
          "  <testsuite name=\""
              + attribute(suite.name)
              + "\" tests=\""
              + suite.cases.size()
              + "\" failures=\""
              + suite.failures()
              + "\" errors=\"0\" skipped=\""
              + suite.skipped()
              + "\" time=\"0\">\n");
      for (Case test : suite.cases) {
        out.write(
            "    <testcase name=\""
                + attribute(test.name)
                + "\" classname=\""
                + attribute(suite.name)
                + "\""
                + (test.file != null ? " file=\"" + attribute(test.file) + "\"" : "")
                + " time=\"0\"");
        if (test.failureType == null && !test.skipped) {
          out.write("/>\n");
          continue;
        }
        out.write(">\n");
        if (test.skipped) {
          out.write("      <skipped message=\"" + attribute(test.message) + "\"/>\n");
        } else {
          out.write(
              "      <failure message=\""
                  + attribute(test.message)
                  + "\" type=\""
                  + attribute(test.failureType)
                  + "\">"
                  + text(test.body.toString())
                  + "</failure>\n");
        }
        out.write("    </testcase>\n");
      }
      out.write("  </testsuite>\n");
    }
    out.write("</testsuites>\n");
  }

  /** A finding as the text report shows it, without the quoted source line. */
  private static String describe(Finding finding) {
    Location at = finding.location();
    StringBuilder text =
        new StringBuilder()
            .append(at.path())
            .append(':')
            .append(at.line())
            .append(':')
            .append(at.column())
            .append(": ")
            .append(finding.severity().id())
            .append(": ")
            .append(finding.message())
            .append(" [")
            .append(finding.rule())
            .append("]\n");
    for (Evidence evidence : finding.evidence()) {
      text.append("    ").append(TextReportWriter.describe(evidence)).append('\n');
    }
    return text.toString();
  }

  /** Text content: markup characters escaped, characters XML 1.0 cannot hold replaced. */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.appendCodePoint(allowed(c) ? c : 0xFFFD);
              }
            });
    return out.toString();
  }

  /** An attribute value in double quotes: also quotes and line breaks escaped. */
  static String attribute(String value) {
    return text(value)
        .replace("\"", "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;");
  }

  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static final class Suite {
    final String name;
    final List<Case> cases = new ArrayList<>();

    Suite(String name) {
      this.name = name;
    }

    int failures() {
      return (int) cases.stream().filter(c -> c.failureType != null && !c.skipped).count();
    }

    int skipped() {
      return (int) cases.stream().filter(c -> c.skipped).count();
    }
  }

  private static final class Case {
    final String name;
    final String file;
    final String failureType;
    final String message;
    final StringBuilder body;
    boolean skipped;

    Case(String name, String file, String failureType, String message, StringBuilder body) {
      this.name = name;
      this.file = file;
      this.failureType = failureType;
      this.message = message;
      this.body = body;
    }
  }
}
