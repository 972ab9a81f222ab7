package dev.ssot.core.report.html;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page for people: summary counts, the findings in a table with filters by
 * rule, severity, baseline state and text, each import cycle drawn as an inline SVG graph, the
 * migration progress of every concept, the files that did not parse and the baseline comparison.
 *
 * <p>The page loads nothing: styles and the small filter script are inline, and a
 * Content-Security-Policy forbids every fetch, allowing only that script (by its SHA-256). The
 * script reads the page's own markup (row attributes and text), never data as HTML, and every name
 * and message from the analysed code is escaped. The same report always gives the same bytes:
 * timing is left out.
 */
public final class HtmlReportWriter implements ReportWriter {

  static final String SCRIPT = resource("report.js");
  private static final String STYLE = resource("report.css");

  /**
   * The policy: nothing from the network, inline styles, only our script, images only as data URIs.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
          + "script-src '"
          + sha256(SCRIPT)
          + "'; base-uri 'none'; form-action 'none'";

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public void write(Report report, Path root, Writer out) throws IOException {
    List<Finding> cycles = report.findings().stream().filter(CycleDiagram::applies).toList();
    out.write(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + CONTENT_SECURITY_POLICY
            + "\">\n"
            + "<meta name=\"referrer\" content=\"no-referrer\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta name=\"generator\" content=\""
            + Html.escape(report.tool().name() + " " + report.tool().version())
            + "\">\n<title>ssot report: "
            + plural(
                report.newFindings().size(), report.baseline() == null ? "finding" : "new finding")
            + "</title>\n<style>\n"
            + STYLE
            + "</style>\n</head>\n<body>\n");
    writeHeader(out, report, !cycles.isEmpty());
    writeSummary(out, report);
    writeBaseline(out, report);
    writeFindings(out, report);
    writeCycles(out, cycles);
    writeConcepts(out, report.concepts());
    writeParseProblems(out, report.parseProblems());
    out.write("<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
  }

  private static void writeHeader(Writer out, Report report, boolean cycles) throws IOException {
    Report.Summary summary = report.summary();
    out.write(
        "<header>\n<h1>ssot report</h1>\n<p class=\"muted\">"
            + Html.escape(report.tool().name())
            + " "
            + Html.escape(report.tool().version())
            + ": "
            + plural(summary.files(), "file")
            + ", "
            + plural(summary.types(), "type")
            + ", "
            + plural(summary.lines(), "line")
            + " analysed.</p>\n<nav>"
            + "<a href=\"#findings\">Findings</a>"
            + (report.baseline() != null ? "<a href=\"#baseline\">Baseline</a>" : "")
            + (cycles ? "<a href=\"#cycles\">Import cycles</a>" : "")
            + (report.concepts().isEmpty() ? "" : "<a href=\"#concepts\">Concepts</a>")
            + (report.parseProblems().isEmpty()
                ? ""
                : "<a href=\"#parse-problems\">Parse problems</a>")
            + "</nav>\n</header>\n");
  }

  private static void writeSummary(Writer out, Report report) throws IOException {
    Report.Summary summary = report.summary();
    List<Finding> shown = report.newFindings();
    out.write("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
    card(out, "", report.baseline() == null ? "findings" : "new findings", shown.size());
    if (report.baseline() != null) {
      card(out, "", "baselined", report.findings().size() - shown.size());
    }
    for (Severity severity : Severity.values()) {
      card(
          out,
          severity.id(),
          plural(severity.id()),
          shown.stream().filter(f -> f.severity() == severity).count());
    }
    card(out, "", "files", summary.files());
    card(out, "", "types", summary.types());
    card(out, "", "lines", summary.lines());
    card(out, summary.parseProblems() > 0 ? "warning" : "", "not parsed", summary.parseProblems());
    out.write("</div>\n");
    if (!report.rules().isEmpty()) {
      out.write(
          "<table id=\"rules\">\n<thead><tr><th>rule</th><th>severity</th><th>what it flags</th>"
              + "<th class=\"num\">findings</th></tr></thead>\n<tbody>\n");
      for (Report.RuleInfo rule : report.rules()) {
        out.write(
            "<tr><td><code>"
                + Html.escape(rule.id())
                + "</code></td><td class=\"sev sev-"
                + rule.severity().id()
                + "\">"
                + rule.severity().id()
                + "</td><td>"
                + Html.escape(rule.summary())
                + "</td><td class=\"num\">"
                + summary.findingsByRule().getOrDefault(rule.id(), 0)
                + "</td></tr>\n");
      }
      out.write("</tbody>\n</table>\n");
    }
    out.write("</section>\n");
  }

  private static void card(Writer out, String cssClass, String label, long count)
      throws IOException {
    out.write(
        "<div class=\"card"
            + (cssClass.isEmpty() ? "" : " " + cssClass)
            + "\"><span class=\"n\">"
            + count
            + "</span>"
            + label
            + "</div>\n");
  }

  private static void writeBaseline(Writer out, Report report) throws IOException {
    Report.BaselineResult baseline = report.baseline();
    if (baseline == null) {
      return;
    }
    int fresh = report.newFindings().size();
    out.write(
        "<section id=\"baseline\">\n<h2>Baseline</h2>\n<p>Compared with <code>"
            + Html.escape(baseline.file())
            + "</code>: <strong>"
            + plural(fresh, "new finding")
            + "</strong>, "
            + (report.findings().size() - fresh)
            + " baselined (choose <em>baselined</em> or <em>all</em> in the "
            + "table's baseline filter to see them).</p>\n");
    if (!baseline.stale().isEmpty()) {
      out.write(
          "<p class=\""
              + (baseline.strict() ? "error-text" : "sev-warning")
              + "\">"
              + (baseline.strict() ? "Error" : "Warning")
              + ": "
              + plural(baseline.stale().size(), "baseline entry matches", "baseline entries match")
              + " nothing any more; remove "
              + (baseline.stale().size() == 1 ? "it" : "them")
              + " from the baseline (re-run <code>ssot baseline</code>).</p>\n"
              + "<table id=\"stale\">\n<thead><tr><th>rule</th><th>symbols</th><th>message</th><th>fingerprint</th></tr>"
              + "</thead>\n<tbody>\n");
      for (Report.BaselineEntry entry : baseline.stale()) {
        out.write(
            "<tr><td><code>"
                + Html.escape(entry.ruleId())
                + "</code></td><td>"
                + codes(entry.symbols())
                + "</td><td>"
                + Html.escape(entry.message())
                + "</td><td><code>"
                + Html.escape(entry.fingerprint())
                + "</code></td></tr>\n");
      }
      out.write("</tbody>\n</table>\n");
    }
    out.write("</section>\n");
  }

  private static void writeFindings(Writer out, Report report) throws IOException {
    List<Finding> findings = report.findings();
    boolean baseline = report.baseline() != null;
    out.write("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (findings.isEmpty()) {
      out.write("<p>No findings.</p>\n</section>\n");
      return;
    }
    Map<String, Integer> byRule = new TreeMap<>();
    report.rules().forEach(rule -> byRule.put(rule.id(), 0));
    findings.forEach(f -> byRule.merge(f.rule().value(), 1, Integer::sum));
    out.write(
        "<div class=\"filters\">\n<label>Rule <select id=\"filter-rule\" name=\"rule\">"
            + "<option value=\"\">all</option>");
    for (Map.Entry<String, Integer> rule : byRule.entrySet()) {
      out.write(
          "<option value=\""
              + Html.escape(rule.getKey())
              + "\">"
              + Html.escape(rule.getKey())
              + " ("
              + rule.getValue()
              + ")</option>");
    }
    out.write(
        "</select></label>\n<label>Severity <select id=\"filter-severity\" name=\"severity\">"
            + "<option value=\"\">all</option>");
    for (Severity severity : Severity.values()) {
      out.write("<option value=\"" + severity.id() + "\">" + severity.id() + "</option>");
    }
    out.write("</select></label>\n");
    if (baseline) {
      out.write(
          "<label>Baseline <select id=\"filter-state\" name=\"state\"><option value=\"\">all</option>"
              + "<option value=\"new\" selected>new</option><option value=\"baselined\">baselined</option></select>"
              + "</label>\n");
    }
    int shown = report.newFindings().size();
    out.write(
        "<label>Search <input type=\"search\" id=\"filter-text\" placeholder=\"message, name or path\" "
            + "autocomplete=\"off\"></label>\n<span id=\"findings-shown\" class=\"muted\">"
            + shown
            + " of "
            + findings.size()
            + " shown</span>\n</div>\n<table id=\"findings-table\">\n<thead><tr><th>severity</th>"
            + "<th>where</th><th>rule</th><th>message and evidence</th>"
            + (baseline ? "<th>baseline</th>" : "")
            + "</tr></thead>\n<tbody>\n");
    for (Finding finding : findings) {
      boolean baselined = report.isBaselined(finding);
      String severity = finding.severity().id();
      out.write(
          "<tr data-rule=\""
              + Html.escape(finding.rule().value())
              + "\" data-severity=\""
              + severity
              + "\""
              + (baseline ? " data-state=\"" + (baselined ? "baselined" : "new") + "\"" : "")
              + (baselined ? " hidden" : "")
              + ">\n<td class=\"sev sev-"
              + severity
              + "\">"
              + severity
              + "</td>\n<td class=\"where\"><code>"
              + Html.escape(where(finding.location()))
              + "</code></td>\n"
              + "<td class=\"rule\"><code>"
              + Html.escape(finding.rule().value())
              + "</code></td>\n<td>"
              + Html.escape(finding.message()));
      if (!finding.evidence().isEmpty()) {
        out.write(
            "\n<details><summary>evidence (" + finding.evidence().size() + ")</summary><ul>\n");
        for (Evidence evidence : finding.evidence()) {
          out.write("<li>" + describe(evidence) + "</li>\n");
        }
        out.write("</ul></details>");
      }
      out.write(
          "</td>\n"
              + (baseline
                  ? "<td>"
                      + (baselined
                          ? "<span class=\"badge\">baselined</span>"
                          : "<span class=\"badge new\">new</span>")
                      + "</td>\n"
                  : "")
              + "</tr>\n");
    }
    out.write(
        "</tbody>\n</table>\n<p id=\"findings-none\" class=\"muted\""
            + (shown > 0 ? " hidden" : "")
            + ">No finding matches the filters.</p>\n</section>\n");
  }

  /** One evidence item as HTML, every name and path escaped. */
  static String describe(Evidence evidence) {
    if (evidence instanceof Evidence.CycleEntry) {
      return Html.escape(dev.ssot.core.report.text.TextReportWriter.describe(evidence));
    }
    if (evidence instanceof Evidence.CycleEdge edge) {
      return "cycle edge "
          + code(edge.from())
          + " &rarr; "
          + code(edge.to())
          + ": "
          + edge.locations().stream().map(l -> code(where(l))).collect(Collectors.joining(", "))
          + (edge.omitted() > 0 ? " (" + edge.omitted() + " more omitted)" : "");
    }
    if (evidence instanceof Evidence.SuggestedCut cut) {
      return "suggested cut "
          + code(cut.from())
          + " &rarr; "
          + code(cut.to())
          + " ("
          + plural(cut.weight(), "import/reference", "imports/references")
          + ", first at "
          + code(where(cut.location()))
          + ")";
    }
    if (evidence instanceof Evidence.Definition definition) {
      return "definition " + code(definition.type()) + " at " + code(where(definition.location()));
    }
    if (evidence instanceof Evidence.ImportOf importOf) {
      return "import " + code(importOf.name()) + " at " + code(where(importOf.location()));
    }
    if (evidence instanceof Evidence.ReExport reExport) {
      return "re-export "
          + code(reExport.from())
          + " &rarr; "
          + code(reExport.to())
          + " ("
          + Html.escape(reExport.reason())
          + ") at "
          + code(where(reExport.location()));
    }
    if (evidence instanceof Evidence.AlsoFlagged also) {
      return "also " + code(also.rule()) + ": " + Html.escape(also.message());
    }
    if (evidence instanceof Evidence.Likeness likeness) {
      return "likeness "
          + Html.escape(likeness.summary())
          + " at "
          + code(where(likeness.location()));
    }
    return Html.escape(evidence.kind()) + " at " + code(where(evidence.location()));
  }

  private static void writeCycles(Writer out, List<Finding> cycles) throws IOException {
    if (cycles.isEmpty()) {
      return;
    }
    out.write(
        "<section id=\"cycles\">\n<h2>Import cycles</h2>\n<p class=\"muted\">Each cycle's shortest loop, "
            + "numbered by the imports behind each edge; the dashed edges are the suggested cut.</p>\n");
    int index = 0;
    for (Finding cycle : cycles) {
      index++;
      CycleDiagram diagram = CycleDiagram.of(cycle);
      out.write(
          "<div class=\"cycle\">\n<h3>"
              + codes(cycle.symbols())
              + "</h3>\n<p>"
              + Html.escape(cycle.message())
              + "</p>\n"
              + diagram.svg("cycle-" + index)
              + "\n");
      if (!diagram.undrawn().isEmpty()) {
        out.write(
            "<p class=\"muted\">Also in this tangle (edges not in the report): "
                + codes(diagram.undrawn())
                + "</p>\n");
      }
      out.write("</div>\n");
    }
    out.write("</section>\n");
  }

  private static void writeConcepts(Writer out, List<Report.ConceptSummary> concepts)
      throws IOException {
    if (concepts.isEmpty()) {
      return;
    }
    out.write(
        "<section id=\"concepts\">\n<h2>Concepts</h2>\n<p class=\"muted\">Migration progress: the imports "
            + "and qualified references that reach each concept through its canonical import path, out of all of "
            + "them.</p>\n");
    for (Report.ConceptSummary concept : concepts) {
      out.write(
          "<div class=\"concept\">\n<h3>"
              + Html.escape(concept.name())
              + (concept.declared() ? " <span class=\"badge\">declared</span>" : "")
              + "</h3>\n<p>Canonical "
              + code(concept.canonical())
              + (concept.canonicalImport().equals(concept.canonical())
                  ? ""
                  : ", imported as " + code(concept.canonicalImport()))
              + ".</p>\n<p>");
      if (concept.totalUses() == 0) {
        out.write("No import or qualified reference reaches it.");
      } else {
        int percent = 100 * concept.canonicalUses() / concept.totalUses();
        out.write(
            "<progress max=\""
                + concept.totalUses()
                + "\" value=\""
                + concept.canonicalUses()
                + "\">"
                + percent
                + "%</progress> "
                + concept.canonicalUses()
                + " of "
                + plural(concept.totalUses(), "use")
                + " through the canonical import ("
                + percent
                + "%).");
      }
      out.write(
          "</p>\n<table>\n<thead><tr><th>role</th><th>type</th><th>points at</th><th>where</th></tr></thead>\n"
              + "<tbody>\n");
      List<Report.Member> members = new ArrayList<>(concept.definitions());
      members.addAll(concept.reExports());
      members.addAll(concept.testDoubles());
      for (Report.Member member : members) {
        out.write(
            "<tr><td>"
                + Html.escape(member.role())
                + (member.name().equals(concept.canonical())
                    ? " <span class=\"badge\">canonical</span>"
                    : "")
                + "</td><td>"
                + code(member.name())
                + "</td><td>"
                + (member.target() == null ? "" : code(member.target()))
                + "</td><td>"
                + code(where(member.location()))
                + "</td></tr>\n");
      }
      out.write("</tbody>\n</table>\n");
      if (!concept.importPaths().isEmpty()) {
        out.write(
            "<table>\n<thead><tr><th>import path</th><th class=\"num\">uses</th></tr></thead>\n<tbody>\n");
        for (Report.PathCount path : concept.importPaths()) {
          out.write(
              "<tr><td>"
                  + code(path.path())
                  + (path.path().equals(concept.canonicalImport())
                      ? " <span class=\"badge\">canonical</span>"
                      : "")
                  + "</td><td class=\"num\">"
                  + path.count()
                  + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
      }
      out.write("</div>\n");
    }
    out.write("</section>\n");
  }

  private static void writeParseProblems(Writer out, List<ParseProblem> problems)
      throws IOException {
    if (problems.isEmpty()) {
      return;
    }
    out.write(
        "<section id=\"parse-problems\">\n<h2>Files that could not be parsed</h2>\n<p class=\"muted\">"
            + "Everything else was analysed.</p>\n<table>\n<thead><tr><th>file</th><th>problem</th></tr></thead>\n"
            + "<tbody>\n");
    for (ParseProblem problem : problems) {
      out.write(
          "<tr><td>"
              + code(where(new Location(problem.path(), problem.line(), 0)))
              + "</td><td>"
              + Html.escape(problem.message())
              + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n</section>\n");
  }

  /** {@code path:line:column}, leaving out what is unknown. */
  private static String where(Location location) {
    return location.path()
        + (location.line() > 0
            ? ":" + location.line() + (location.column() > 0 ? ":" + location.column() : "")
            : "");
  }

  private static String code(String text) {
    return "<code>" + Html.escape(text) + "</code>";
  }

  private static String codes(List<String> texts) {
    return texts.stream().map(HtmlReportWriter::code).collect(Collectors.joining(", "));
  }

  private static String plural(String severity) {
    return severity.equals("info") ? "info" : severity + "s";
  }

  private static String plural(long count, String noun) {
    return plural(count, noun, noun + "s");
  }

  private static String plural(long count, String singular, String pluralForm) {
    return count + " " + (count == 1 ? singular : pluralForm);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + name + " next to " + HtmlReportWriter.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A CSP source expression for an inline script: {@code sha256-} and the Base64 of its UTF-8
   * digest.
   */
  static String sha256(String script) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
