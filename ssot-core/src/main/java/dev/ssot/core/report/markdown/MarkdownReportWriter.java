package dev.ssot.core.report.markdown;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportText;
import dev.ssot.core.report.ReportWriter;
import dev.ssot.core.report.html.Html;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A GitHub-flavoured Markdown summary for pull-request comments and job summaries ({@code
 * $GITHUB_STEP_SUMMARY}): counts by rule and severity, the first {@value #TOP} findings with {@code
 * path:line} links relative to the analysed root, the migration progress of every concept code
 * reaches through more than one path, and the files that did not parse. Every name and message is
 * escaped, so nothing in the analysed code can inject Markdown or HTML.
 */
public final class MarkdownReportWriter implements ReportWriter {

  /** How many findings are listed; the rest are counted. */
  static final int TOP = 20;

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public void write(Report report, Path root, Writer sink) throws IOException {
    Writer out = ReportText.lines(sink); // no line a workflow command, nothing unsafe left
    Report.Summary summary = report.summary();
    Map<String, Integer> bySeverity = summary.findingsBySeverity();
    out.write(
        "## ssot: "
            + (summary.findings() == 0
                ? "no findings"
                : plural(summary.findings(), "finding")
                    + " ("
                    + bySeverity.getOrDefault("error", 0)
                    + " error, "
                    + bySeverity.getOrDefault("warning", 0)
                    + " warning, "
                    + bySeverity.getOrDefault("info", 0)
                    + " info)")
            + "\n\n");
    out.write(
        plural(summary.files(), "file")
            + ", "
            + plural(summary.types(), "type")
            + ", "
            + summary.lines()
            + " lines analysed"
            + (summary.parseProblems() > 0
                ? "; " + plural(summary.parseProblems(), "file") + " could not be parsed"
                : "")
            + (report.skippedCounts().isEmpty()
                ? ""
                : "; skipped: "
                    + report.skippedCounts().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(java.util.stream.Collectors.joining(", ")))
            + ".\n\n");
    writeBaseline(out, report);
    writeRules(out, report);
    writeFindings(out, report.newFindings());
    writeConcepts(out, report.concepts());
    writeParseProblems(out, report.parseProblems());
    out.flush();
  }

  private static void writeBaseline(Writer out, Report report) throws IOException {
    Report.BaselineResult baseline = report.baseline();
    if (baseline == null) {
      return;
    }
    int baselined = report.findings().size() - report.newFindings().size();
    out.write(
        "Baseline "
            + escape(baseline.file())
            + ": **"
            + plural(report.newFindings().size(), "new finding")
            + "**, "
            + baselined
            + " baselined (not listed).\n\n");
    if (!baseline.stale().isEmpty()) {
      out.write(
          (baseline.strict() ? "🔴 " : "🟡 ")
              + baseline.stale().size()
              + (baseline.stale().size() == 1
                  ? " baseline entry matches"
                  : " baseline entries match")
              + " nothing any more; remove them from the baseline:\n\n");
      for (Report.BaselineEntry entry : baseline.stale()) {
        out.write(
            "- `"
                + entry.ruleId()
                + "` "
                + escape(String.join(", ", entry.symbols()))
                + ": "
                + escape(entry.message())
                + "\n");
      }
      out.write("\n");
    }
  }

  private static void writeRules(Writer out, Report report) throws IOException {
    if (report.rules().isEmpty()) {
      return;
    }
    out.write("| rule | severity | findings |\n|---|---|---:|\n");
    Map<String, Report.RuleInfo> rules = new TreeMap<>();
    report.rules().forEach(rule -> rules.put(rule.id(), rule));
    for (Report.RuleInfo rule : rules.values()) {
      out.write(
          "| `"
              + rule.id()
              + "` | "
              + rule.severity().id()
              + " | "
              + report.summary().findingsByRule().getOrDefault(rule.id(), 0)
              + " |\n");
    }
    out.write("\n");
  }

  private static void writeFindings(Writer out, List<Finding> findings) throws IOException {
    if (findings.isEmpty()) {
      return;
    }
    List<Finding> shown =
        findings.stream()
            .sorted(
                (a, b) ->
                    a.severity() != b.severity()
                        ? a.severity().compareTo(b.severity())
                        : Finding.ORDER.compare(a, b))
            .limit(TOP)
            .toList();
    out.write(
        "### Findings"
            + (findings.size() > TOP
                ? " (the first " + TOP + " of " + findings.size() + ", most severe first)"
                : "")
            + "\n\n| severity | where | rule | message |\n|---|---|---|---|\n");
    for (Finding finding : shown) {
      out.write(
          "| "
              + icon(finding.severity())
              + " "
              + finding.severity().id()
              + " | "
              + link(finding.location())
              + " | `"
              + finding.rule().value()
              + "` | "
              + escape(finding.message())
              + " |\n");
    }
    out.write("\n");
  }

  private static void writeConcepts(Writer out, List<Report.ConceptSummary> concepts)
      throws IOException {
    List<Report.ConceptSummary> migrating =
        concepts.stream().filter(c -> c.totalUses() > 0).toList();
    if (migrating.isEmpty()) {
      return;
    }
    out.write(
        "### Migration progress\n\nImports and qualified references that reach each concept through its canonical "
            + "import path, out of all of them.\n\n| concept | canonical import | canonical / total | progress | definitions "
            + "| aliases and shims |\n|---|---|---:|---:|---:|---:|\n");
    for (Report.ConceptSummary concept : migrating) {
      out.write(
          "| "
              + escape(concept.name())
              + " | "
              + escape(concept.canonicalImport())
              + " | "
              + concept.canonicalUses()
              + " / "
              + concept.totalUses()
              + " | "
              + (100 * concept.canonicalUses() / concept.totalUses())
              + "% | "
              + concept.definitions().size()
              + " | "
              + concept.reExports().size()
              + " |\n");
    }
    out.write("\n");
  }

  private static void writeParseProblems(Writer out, List<ParseProblem> problems)
      throws IOException {
    if (problems.isEmpty()) {
      return;
    }
    out.write("### Files that could not be parsed\n\nEverything else was analysed.\n\n");
    for (ParseProblem problem : problems) {
      out.write(
          "- "
              + link(new Location(problem.path(), problem.line(), 0))
              + ": "
              + escape(problem.message())
              + "\n");
    }
    out.write("\n");
  }

  private static String icon(Severity severity) {
    return switch (severity) {
      case ERROR -> "🔴";
      case WARNING -> "🟡";
      case INFO -> "🔵";
    };
  }

  /** {@code [path:line](path#Lline)}, the target percent-encoded, the text escaped. */
  static String link(Location location) {
    String text = location.line() > 0 ? location.path() + ":" + location.line() : location.path();
    String target = encode(location.path()) + (location.line() > 0 ? "#L" + location.line() : "");
    return "[" + escape(text) + "](" + target + ")";
  }

  /**
   * Text safe in a Markdown paragraph or table cell: HTML special characters as references ({@link
   * Html#reference}), Markdown punctuation that could start emphasis, code, links, strike-through
   * or a table cell backslash-escaped, control and bidirectional formatting characters spelled
   * visibly ({@link ReportText#visible}: a line break as {@code \n}). Parentheses, {@code !} and
   * {@code #} need nothing: with the brackets escaped no link or image can start, and no text
   * starts a line.
   */
  static String escape(String raw) {
    String text = ReportText.visible(raw);
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~' -> escaped.append('\\').append(c);
        default -> {
          String reference = Html.reference(c);
          if (reference != null) {
            escaped.append(reference);
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  private static String encode(String path) {
    return dev.ssot.core.report.ReportPaths.uri(path);
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
