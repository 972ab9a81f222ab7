package dev.ssot.core.report.text;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SkippedPath;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportText;
import dev.ssot.core.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The human report: findings grouped by rule, each as {@code path:line:col: severity: message} with
 * the source line quoted and the evidence listed below it, then parse problems and a one-line
 * summary.
 */
public final class TextReportWriter implements ReportWriter {

  private static final int EXCERPT_WIDTH = 120;

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public void write(Report report, Path root, Writer sink) throws IOException {
    // Every line goes through ReportText.line; values that may hold a line feed through v().
    Writer out = ReportText.lines(sink);
    Excerpts excerpts = new Excerpts(root);
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    report.newFindings().stream()
        .sorted((a, b) -> a.rule().compareTo(b.rule()))
        .forEach(f -> byRule.computeIfAbsent(f.rule().value(), k -> new ArrayList<>()).add(f));
    Map<String, String> summaries =
        report.rules().stream()
            .collect(Collectors.toMap(Report.RuleInfo::id, Report.RuleInfo::summary, (a, b) -> a));
    for (Map.Entry<String, List<Finding>> group : byRule.entrySet()) {
      List<Finding> findings = group.getValue();
      findings.sort(Finding.ORDER);
      out.write(
          group.getKey()
              + ": "
              + summaries.getOrDefault(group.getKey(), "")
              + " ("
              + plural(findings.size(), "finding")
              + ")\n\n");
      for (Finding finding : findings) {
        writeFinding(out, finding, excerpts);
      }
    }
    List<Report.ConceptSummary> migrating =
        report.concepts().stream().filter(c -> c.totalUses() > 0).toList();
    if (!migrating.isEmpty()) {
      out.write("Concepts (imports through the canonical path / all imports):\n");
      for (Report.ConceptSummary concept : migrating) {
        out.write(
            "  "
                + v(concept.name())
                + " -> "
                + v(concept.canonicalImport())
                + ": "
                + concept.canonicalUses()
                + "/"
                + concept.totalUses()
                + ", "
                + plural(concept.definitions().size(), "definition")
                + ", "
                + plural(concept.reExports().size(), "alias or shim", "aliases and shims")
                + "\n");
      }
      out.write("\n");
    }
    if (!report.parseProblems().isEmpty()) {
      out.write(
          "Files that could not be parsed ("
              + report.parseProblems().size()
              + "), the rest was analysed:\n");
      for (ParseProblem problem : report.parseProblems()) {
        out.write(
            "  "
                + v(problem.path())
                + (problem.line() > 0 ? ":" + problem.line() : "")
                + ": "
                + v(problem.message())
                + "\n");
      }
      out.write("\n");
    }
    writeUnanalysed(out, report);
    writeBaseline(out, report);
    Report.Summary summary = report.summary();
    out.write(
        "ssot: "
            + plural(summary.files(), "file")
            + skipped(report)
            + ", "
            + plural(summary.types(), "type")
            + ", "
            + summary.lines()
            + " lines; "
            + (summary.findings() == 0
                ? "no findings"
                : plural(summary.findings(), "finding")
                    + " ("
                    + summary.findingsBySeverity().getOrDefault("error", 0)
                    + " error, "
                    + summary.findingsBySeverity().getOrDefault("warning", 0)
                    + " warning, "
                    + summary.findingsBySeverity().getOrDefault("info", 0)
                    + " info)")
            + (summary.parseProblems() > 0
                ? "; " + plural(summary.parseProblems(), "file") + " not parsed"
                : "")
            + ".\n");
    out.flush();
  }

  private static String v(String text) {
    return ReportText.visible(text);
  }

  /**
   * {@code (skipped: 2 ignored, 1 link-not-followed)}, or nothing when discovery left nothing out.
   */
  private static String skipped(Report report) {
    Map<String, Integer> counts = report.skippedCounts();
    if (counts.isEmpty()) {
      return "";
    }
    return " (skipped: "
        + counts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "))
        + ")";
  }

  /**
   * The skipped paths a reader may not expect: unreadable, special files and links. What ignore
   * files and the environment and build-output rules leave out is only counted in the summary.
   */
  private static void writeUnanalysed(Writer out, Report report) throws IOException {
    List<SkippedPath> unexpected = report.skipped();
    if (unexpected.isEmpty()) {
      return;
    }
    out.write("Not analysed (" + unexpected.size() + "):\n");
    for (SkippedPath skipped : unexpected) {
      out.write("  " + v(skipped.path()) + ": " + skipped.reason().description() + "\n");
    }
    out.write("\n");
  }

  private static void writeBaseline(Writer out, Report report) throws IOException {
    Report.BaselineResult baseline = report.baseline();
    if (baseline == null) {
      return;
    }
    int baselined = report.findings().size() - report.newFindings().size();
    out.write(
        "Baseline "
            + v(baseline.file())
            + ": "
            + plural(baselined, "finding")
            + " baselined (not shown), "
            + plural(report.newFindings().size(), "new finding")
            + ".\n");
    if (!baseline.stale().isEmpty()) {
      out.write(
          (baseline.strict() ? "error" : "warning")
              + ": "
              + plural(baseline.stale().size(), "baseline entry matches", "baseline entries match")
              + " nothing any more; remove "
              + (baseline.stale().size() == 1 ? "it" : "them")
              + " from "
              + v(baseline.file())
              + ":\n");
      for (Report.BaselineEntry entry : baseline.stale()) {
        out.write(
            "  "
                + v(entry.fingerprint())
                + " ["
                + v(entry.ruleId())
                + "] "
                + v(String.join(", ", entry.symbols()))
                + ": "
                + v(entry.message())
                + "\n");
      }
    }
    out.write("\n");
  }

  private static void writeFinding(Writer out, Finding finding, Excerpts excerpts)
      throws IOException {
    Location at = finding.location();
    out.write(
        v(at.path())
            + ":"
            + at.line()
            + ":"
            + at.column()
            + ": "
            + finding.severity().id()
            + ": "
            + v(finding.message())
            + " ["
            + finding.rule()
            + "]\n");
    String line = excerpts.line(at);
    if (line != null) {
      out.write(String.format("  %5d | %s", at.line(), v(line)) + "\n");
    }
    for (Evidence evidence : finding.evidence()) {
      out.write("    " + v(describe(evidence)) + "\n");
    }
    out.write("\n");
  }

  /** One line of evidence, as the text report lists it under a finding. */
  public static String describe(Evidence evidence) {
    if (evidence instanceof Evidence.CycleEdge edge) {
      String places =
          edge.locations().stream().map(Location::toString).collect(Collectors.joining(", "));
      return edge.from()
          + " -> "
          + edge.to()
          + "  "
          + places
          + (edge.omitted() > 0 ? " (" + edge.omitted() + " more omitted)" : "");
    }
    if (evidence instanceof Evidence.SuggestedCut cut) {
      return "suggested cut: "
          + cut.from()
          + " -> "
          + cut.to()
          + " ("
          + plural(cut.weight(), "import/reference", "imports/references")
          + ", first at "
          + cut.location()
          + ")";
    }
    if (evidence instanceof Evidence.CycleEntry entry) {
      if (!entry.breaks()) {
        return "import " + entry.entry() + " first: loads";
      }
      String chain =
          entry.chain().stream()
              .map(link -> link.location().toString())
              .collect(Collectors.joining(" -> "));
      return "import "
          + entry.entry()
          + " first: breaks at "
          + entry.location()
          + " `"
          + entry.statement()
          + "` ("
          + entry.partial()
          + " is partially initialised, "
          + entry.name()
          + " not bound yet)"
          + (chain.isEmpty() ? "" : "; via " + chain);
    }
    if (evidence instanceof Evidence.Definition definition) {
      return "definition: " + definition.type() + "  " + definition.location();
    }
    if (evidence instanceof Evidence.ImportOf importOf) {
      return "import: " + importOf.name() + "  " + importOf.location();
    }
    if (evidence instanceof Evidence.ReExport reExport) {
      return "re-export: "
          + reExport.from()
          + " -> "
          + reExport.to()
          + " ("
          + reExport.reason()
          + ")  "
          + reExport.location();
    }
    if (evidence instanceof Evidence.Likeness likeness) {
      return "likeness: " + likeness.summary() + "  " + likeness.location();
    }
    return evidence.kind() + "  " + evidence.location();
  }

  private static String plural(long count, String noun) {
    return plural(count, noun, noun + "s");
  }

  private static String plural(long count, String singular, String pluralForm) {
    return count + " " + (count == 1 ? singular : pluralForm);
  }

  /** Reads quoted source lines lazily, each file once. */
  private static final class Excerpts {
    private final Path root;
    private final Map<String, List<String>> cache = new HashMap<>();

    Excerpts(Path root) {
      this.root = root;
    }

    String line(Location location) {
      if (root == null || location.line() <= 0) {
        return null;
      }
      List<String> lines =
          cache.computeIfAbsent(
              location.path(),
              path -> {
                try {
                  return Files.readAllLines(root.resolve(path), StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                  return List.of();
                }
              });
      if (location.line() > lines.size()) {
        return null;
      }
      String text = lines.get(location.line() - 1).stripTrailing().replace('\t', ' ');
      return text.length() > EXCERPT_WIDTH ? text.substring(0, EXCERPT_WIDTH) + "…" : text;
    }
  }
}
