package dev.ssot.core.report.text;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SkippedPath;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportText;
import dev.ssot.core.report.ReportWriter;
import dev.ssot.core.report.text.TextStyle.Role;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The human report, most important first: a summary (findings per rule and severity, the concepts
 * with the most definitions and non-canonical uses, directories that only copy live code), then the
 * findings grouped by rule, errors before warnings before infos and, within a severity, duplicates
 * before cycles before imports before test doubles. Each finding is {@code path:line:col: severity:
 * message [rule]} with the source line quoted, a caret under the column, and the evidence below it.
 * Then migration progress, parse problems, what was not analysed, the baseline, and a one-line
 * summary.
 *
 * <p>{@link Options} cap the findings shown per rule, mark the text up (colour) and leave out
 * everything but the findings ({@code quiet}).
 */
public final class TextReportWriter implements ReportWriter {

  private static final int EXCERPT_WIDTH = 120;

  /** Suggested cuts of one cycle listed before "and N more cuts". */
  static final int CUTS_SHOWN = 5;

  /** Concepts listed in the summary. */
  static final int TOP_CONCEPTS = 5;

  /** Categories, most important first; a rule of another category comes last. */
  private static final List<String> CATEGORY_ORDER =
      List.of("duplication", "architecture", "imports", "testing");

  /**
   * How the report is written.
   *
   * @param maxPerRule findings shown per rule, 0 for all; the rest are counted
   * @param style the markup (colour) of the parts
   * @param quiet only the findings (and files that could not be parsed): no summary
   */
  public record Options(int maxPerRule, TextStyle style, boolean quiet) {

    /** Every finding, no markup, with the summary: the report as a file holds it. */
    public static final Options DEFAULT = new Options(0, TextStyle.PLAIN, false);

    public Options {
      if (maxPerRule < 0) {
        throw new IllegalArgumentException("maxPerRule must be 0 or more: " + maxPerRule);
      }
      if (style == null) {
        style = TextStyle.PLAIN;
      }
    }
  }

  private final Options options;

  /** The report with {@link Options#DEFAULT}. */
  public TextReportWriter() {
    this(Options.DEFAULT);
  }

  public TextReportWriter(Options options) {
    this.options = options;
  }

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
    Out out = new Out(sink, options.style());
    Excerpts excerpts = new Excerpts(root);
    Map<String, Report.RuleInfo> rules = new HashMap<>();
    report.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
    Map<String, Severity> worst = worstSeverities(report);
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    report.newFindings().stream()
        .sorted(ruleOrder(rules, worst).thenComparing(Finding.ORDER))
        .forEach(f -> byRule.computeIfAbsent(f.rule().value(), k -> new ArrayList<>()).add(f));
    if (!options.quiet()) {
      writeOverview(out, report, byRule, rules, worst);
    }
    for (Map.Entry<String, List<Finding>> group : byRule.entrySet()) {
      List<Finding> findings = group.getValue();
      if (!options.quiet()) {
        Report.RuleInfo rule = rules.get(group.getKey());
        out.line(
            out.paint(Role.RULE, group.getKey())
                + out.paint(
                    Role.HEADING,
                    ": "
                        + v(rule == null ? "" : rule.summary())
                        + " ("
                        + plural(findings.size(), "finding")
                        + ")"));
        out.line("");
      }
      int shown =
          options.maxPerRule() == 0
              ? findings.size()
              : Math.min(options.maxPerRule(), findings.size());
      for (Finding finding : findings.subList(0, shown)) {
        writeFinding(out, finding, excerpts);
      }
      if (shown < findings.size()) {
        out.line(
            out.paint(
                Role.MUTED,
                "… and "
                    + (findings.size() - shown)
                    + " more "
                    + group.getKey()
                    + ": see the JSON report (-f json) or use --max-per-rule 0"));
        out.line("");
      }
    }
    if (!options.quiet()) {
      writeConcepts(out, report);
    }
    if (!report.parseProblems().isEmpty()) {
      out.line(
          out.paint(
              Role.HEADING,
              "Files that could not be parsed ("
                  + report.parseProblems().size()
                  + "), the rest was analysed:"));
      for (ParseProblem problem : report.parseProblems()) {
        out.line(
            "  "
                + out.paint(
                    Role.PATH, v(problem.path()) + (problem.line() > 0 ? ":" + problem.line() : ""))
                + ": "
                + v(problem.message()));
      }
      out.line("");
    }
    if (!options.quiet()) {
      writeUnanalysed(out, report);
      writeBaseline(out, report);
      out.line(summaryLine(report));
    }
    sink.flush();
  }

  /**
   * {@code ruff --statistics}: one line per rule that found something, the most findings first:
   * count, rule id, severity and the rule's summary.
   */
  public void writeStatistics(Report report, Writer sink) throws IOException {
    Out out = new Out(sink, options.style());
    Map<String, Report.RuleInfo> rules = new HashMap<>();
    report.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Severity> severities = worstSeverities(report);
    for (Finding finding : report.newFindings()) {
      counts.merge(finding.rule().value(), 1, Integer::sum);
    }
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort(
        Comparator.comparing((String id) -> -counts.get(id))
            .thenComparing(Comparator.naturalOrder()));
    int countWidth =
        ids.stream().mapToInt(id -> String.valueOf(counts.get(id)).length()).max().orElse(1);
    int idWidth = ids.stream().mapToInt(String::length).max().orElse(1);
    for (String id : ids) {
      Report.RuleInfo rule = rules.get(id);
      Severity severity = severities.get(id);
      out.line(
          pad(String.valueOf(counts.get(id)), countWidth, true)
              + "  "
              + out.paint(Role.RULE, pad(id, idWidth, false))
              + "  "
              + out.paint(role(severity), pad(severity.id(), 7, false))
              + "  "
              + v(rule == null ? "" : rule.summary()));
    }
    sink.flush();
  }

  /** The last line of the report: files, types, lines, findings by severity, parse problems. */
  public static String summaryLine(Report report) {
    Report.Summary summary = report.summary();
    return "ssot: "
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
        + ".";
  }

  /**
   * Rules whose worst finding is an error first, then by category (duplicates, cycles, imports,
   * tests), then by id.
   */
  private static Comparator<Finding> ruleOrder(
      Map<String, Report.RuleInfo> rules, Map<String, Severity> worst) {
    return Comparator.comparing((Finding f) -> worst.get(f.rule().value()))
        .thenComparing(f -> categoryRank(rules.get(f.rule().value())))
        .thenComparing(Finding::rule);
  }

  /** The most severe of each rule's findings (a rule may report some at a lower severity). */
  private static Map<String, Severity> worstSeverities(Report report) {
    Map<String, Severity> worst = new HashMap<>();
    for (Finding finding : report.newFindings()) {
      worst.merge(
          finding.rule().value(), finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    return worst;
  }

  private static int categoryRank(Report.RuleInfo rule) {
    int rank = rule == null ? -1 : CATEGORY_ORDER.indexOf(rule.category());
    return rank < 0 ? CATEGORY_ORDER.size() : rank;
  }

  /**
   * The summary that opens the report: findings per rule and severity, the concepts with the most
   * definitions and non-canonical uses, and the directories that copy live code.
   */
  private void writeOverview(
      Out out,
      Report report,
      Map<String, List<Finding>> byRule,
      Map<String, Report.RuleInfo> rules,
      Map<String, Severity> worst)
      throws IOException {
    if (!byRule.isEmpty()) {
      int total = byRule.values().stream().mapToInt(List::size).sum();
      out.line(out.paint(Role.HEADING, "Summary: " + plural(total, "finding") + " by rule"));
      int countWidth =
          byRule.values().stream().mapToInt(l -> String.valueOf(l.size()).length()).max().orElse(1);
      int idWidth = byRule.keySet().stream().mapToInt(String::length).max().orElse(1);
      for (Map.Entry<String, List<Finding>> group : byRule.entrySet()) {
        Severity severity = worst.get(group.getKey());
        Report.RuleInfo rule = rules.get(group.getKey());
        out.line(
            "  "
                + out.paint(role(severity), pad(severity.id(), 7, false))
                + "  "
                + pad(String.valueOf(group.getValue().size()), countWidth, true)
                + "  "
                + out.paint(Role.RULE, pad(group.getKey(), idWidth, false))
                + "  "
                + v(rule == null ? "" : rule.summary()));
      }
      if (options.maxPerRule() > 0
          && byRule.values().stream().anyMatch(l -> l.size() > options.maxPerRule())) {
        out.line(
            out.paint(
                Role.MUTED,
                "  (at most "
                    + options.maxPerRule()
                    + " shown per rule below; --max-per-rule 0 shows all)"));
      }
      out.line("");
    }
    List<Report.ConceptSummary> top =
        report.concepts().stream()
            .filter(c -> c.definitions().size() > 1 || c.totalUses() > c.canonicalUses())
            .sorted(
                Comparator.comparing((Report.ConceptSummary c) -> -c.definitions().size())
                    .thenComparing(c -> -(c.totalUses() - c.canonicalUses()))
                    .thenComparing(Report.ConceptSummary::name))
            .limit(TOP_CONCEPTS)
            .toList();
    if (!top.isEmpty()) {
      out.line(out.paint(Role.HEADING, "Top concepts (by definitions, then non-canonical uses):"));
      for (Report.ConceptSummary concept : top) {
        out.line(
            "  "
                + v(concept.name())
                + " -> "
                + v(concept.canonical())
                + ": "
                + plural(concept.definitions().size(), "definition")
                + ", "
                + (concept.totalUses() == 0
                    ? "not imported"
                    : (concept.totalUses() - concept.canonicalUses())
                        + " of "
                        + plural(concept.totalUses(), "import")
                        + " non-canonical"));
      }
      out.line("");
    }
    if (!report.copiedDirectories().isEmpty()) {
      out.line(
          out.paint(
              Role.HEADING,
              "Directories that copy live code (their findings only repeat those of the original):"));
      for (Report.CopiedDirectory copy : report.copiedDirectories()) {
        out.line(
            "  "
                + out.paint(Role.PATH, v(copy.path()) + "/")
                + " copies "
                + v(copy.copyOf().equals(".") ? "the tree" : copy.copyOf() + "/")
                + " ("
                + copy.copiedFiles()
                + " of "
                + plural(copy.files(), "file")
                + ", "
                + plural(copy.findings(), "finding")
                + "): add '"
                + v(copy.exclude())
                + "' to exclude: in the config, or pass --exclude '"
                + v(copy.exclude())
                + "'");
      }
      out.line("");
    }
  }

  /** Migration progress of every concept code imports, at most maxPerRule of them when capped. */
  private void writeConcepts(Out out, Report report) throws IOException {
    List<Report.ConceptSummary> migrating =
        report.concepts().stream().filter(c -> c.totalUses() > 0).toList();
    if (migrating.isEmpty()) {
      return;
    }
    out.line(
        out.paint(Role.HEADING, "Concepts (imports through the canonical path / all imports):"));
    int shown =
        options.maxPerRule() == 0
            ? migrating.size()
            : Math.min(options.maxPerRule(), migrating.size());
    for (Report.ConceptSummary concept : migrating.subList(0, shown)) {
      out.line(
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
              + plural(concept.reExports().size(), "alias or shim", "aliases and shims"));
    }
    if (shown < migrating.size()) {
      out.line(
          out.paint(
              Role.MUTED,
              "  … and "
                  + (migrating.size() - shown)
                  + " more: see the JSON report (-f json) or use --max-per-rule 0"));
    }
    out.line("");
  }

  private static Role role(Severity severity) {
    return switch (severity) {
      case ERROR -> Role.ERROR;
      case WARNING -> Role.WARNING;
      case INFO -> Role.INFO;
    };
  }

  private static String pad(String text, int width, boolean left) {
    if (text.length() >= width) {
      return text;
    }
    String padding = " ".repeat(width - text.length());
    return left ? padding + text : text + padding;
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
  private static void writeUnanalysed(Out out, Report report) throws IOException {
    List<SkippedPath> unexpected = report.skipped();
    if (unexpected.isEmpty()) {
      return;
    }
    out.line(out.paint(Role.HEADING, "Not analysed (" + unexpected.size() + "):"));
    for (SkippedPath skipped : unexpected) {
      out.line("  " + v(skipped.path()) + ": " + skipped.reason().description());
    }
    out.line("");
  }

  private static void writeBaseline(Out out, Report report) throws IOException {
    Report.BaselineResult baseline = report.baseline();
    if (baseline == null) {
      return;
    }
    int baselined = report.findings().size() - report.newFindings().size();
    out.line(
        "Baseline "
            + v(baseline.file())
            + ": "
            + plural(baselined, "finding")
            + " baselined (not shown), "
            + plural(report.newFindings().size(), "new finding")
            + ".");
    if (!baseline.stale().isEmpty()) {
      out.line(
          (baseline.strict() ? "error" : "warning")
              + ": "
              + plural(baseline.stale().size(), "baseline entry matches", "baseline entries match")
              + " nothing any more; remove "
              + (baseline.stale().size() == 1 ? "it" : "them")
              + " from "
              + v(baseline.file())
              + ":");
      for (Report.BaselineEntry entry : baseline.stale()) {
        out.line(
            "  "
                + v(entry.fingerprint())
                + " ["
                + v(entry.ruleId())
                + "] "
                + v(String.join(", ", entry.symbols()))
                + ": "
                + v(entry.message()));
      }
    }
    out.line("");
  }

  private static void writeFinding(Out out, Finding finding, Excerpts excerpts) throws IOException {
    Location at = finding.location();
    out.line(
        out.paint(Role.PATH, v(at.path()) + ":" + at.line() + ":" + at.column())
            + ": "
            + out.paint(role(finding.severity()), finding.severity().id())
            + ": "
            + v(finding.message())
            + " ["
            + out.paint(Role.RULE, finding.rule().value())
            + "]");
    String line = excerpts.line(at);
    if (line != null) {
      String shownLine = v(line);
      out.line(out.paint(Role.GUTTER, String.format("  %5d | ", at.line())) + shownLine);
      if (at.column() > 0 && at.column() <= line.length() && shownLine.equals(line)) {
        out.line(
            out.paint(Role.GUTTER, "        | ")
                + " ".repeat(at.column() - 1)
                + out.paint(Role.CARET, "^"));
      }
    }
    int cuts = 0;
    long allCuts =
        finding.evidence().stream().filter(Evidence.SuggestedCut.class::isInstance).count();
    for (Evidence evidence : finding.evidence()) {
      if (evidence instanceof Evidence.SuggestedCut && ++cuts > CUTS_SHOWN) {
        if (cuts == CUTS_SHOWN + 1) {
          out.line(
              "    "
                  + out.paint(
                      Role.MUTED,
                      "… and "
                          + plural(allCuts - CUTS_SHOWN, "more cut", "more cuts")
                          + " (all in the JSON report)"));
        }
        continue;
      }
      out.line("    " + v(describe(evidence)));
    }
    out.line("");
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
    if (evidence instanceof Evidence.AlsoFlagged also) {
      return "also " + also.rule() + ": " + also.message();
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

  /**
   * Writes lines of the report. A line whose parts hold nothing unsafe is written with its markup;
   * a line that {@link ReportText#line} has to change (a workflow command in disguise) is written
   * plain, as changed, so markup never hides what the guard shows.
   */
  private static final class Out {
    private final Writer sink;
    private final TextStyle style;
    private final StringBuilder plain = new StringBuilder();

    Out(Writer sink, TextStyle style) {
      this.sink = sink;
      this.style = style;
    }

    /** {@code text} marked up; the text itself is remembered for the guard. */
    String paint(Role role, String text) {
      return style.paint(role, text);
    }

    void line(String styled) throws IOException {
      String unstyled = strip(styled);
      String guarded = ReportText.line(unstyled);
      sink.write(guarded.equals(unstyled) ? styled : guarded);
      sink.write('\n');
    }

    /** The text without the style's markup: what is left when every painted part is plain. */
    private String strip(String styled) {
      if (style == TextStyle.PLAIN) {
        return styled;
      }
      plain.setLength(0);
      for (int i = 0; i < styled.length(); i++) {
        char c = styled.charAt(i);
        if (c == '\u001B' && i + 1 < styled.length() && styled.charAt(i + 1) == '[') {
          int end = i + 2;
          while (end < styled.length() && !Character.isLetter(styled.charAt(end))) {
            end++;
          }
          i = end;
          continue;
        }
        plain.append(c);
      }
      return plain.toString();
    }
  }
}
