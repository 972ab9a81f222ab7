package dev.ssot.core.report.github;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportText;
import dev.ssot.core.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * GitHub Actions workflow commands, one per finding: {@code ::error
 * file=PATH,line=L,col=C,title=RULE-ID::MESSAGE} ({@code warning} and {@code notice} for the other
 * severities), which GitHub turns into annotations on the pull request's diff. The evidence follows
 * the message on further lines of the same annotation. A file that did not parse becomes a {@code
 * warning} titled {@code parse-problem}. With a baseline, only new findings are annotated, and each
 * stale baseline entry is a {@code warning} (an {@code error} with a strict baseline) on the
 * baseline file. Paths are relative to the analysed root, so run ssot on the repository root for
 * the annotations to land on files. Values are escaped the way GitHub's own toolkit does: {@code
 * %}, CR and LF in the message; those and {@code :} and {@code ,} in properties.
 */
public final class GithubReportWriter implements ReportWriter {

  @Override
  public String format() {
    return "github";
  }

  @Override
  public String extension() {
    return "github.txt";
  }

  @Override
  public void write(Report report, Path root, Writer out) throws IOException {
    for (Finding finding : report.newFindings()) {
      List<String> lines = new ArrayList<>();
      lines.add(finding.message());
      for (Evidence evidence : finding.evidence()) {
        lines.add(describe(evidence));
      }
      out.write(
          command(
              command(finding),
              finding.location(),
              finding.rule().value(),
              String.join("\n", lines)));
    }
    for (ParseProblem problem : report.parseProblems()) {
      out.write(
          command(
              "warning",
              new Location(problem.path(), problem.line(), 0),
              "parse-problem",
              "could not be parsed, the rest was analysed: " + problem.message()));
    }
    if (report.baseline() != null) {
      for (Report.BaselineEntry entry : report.baseline().stale()) {
        out.write(
            "::"
                + (report.baseline().strict() ? "error" : "warning")
                + " file="
                + property(report.baseline().file())
                + ",title=stale-baseline-entry::"
                + data(
                    "baseline entry "
                        + entry.fingerprint()
                        + " ["
                        + entry.ruleId()
                        + "] "
                        + String.join(", ", entry.symbols())
                        + " matches nothing any more; remove it: "
                        + entry.message())
                + "\n");
      }
    }
  }

  private static String command(Finding finding) {
    return switch (finding.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  private static String command(String name, Location location, String title, String message) {
    StringBuilder line =
        new StringBuilder("::").append(name).append(" file=").append(property(location.path()));
    if (location.line() > 0) {
      line.append(",line=").append(location.line());
      if (location.column() > 0) {
        line.append(",col=").append(location.column());
      }
    }
    line.append(",title=").append(property(title)).append("::").append(data(message)).append('\n');
    return line.toString();
  }

  private static String describe(Evidence evidence) {
    if (evidence instanceof Evidence.CycleEntry) {
      return dev.ssot.core.report.text.TextReportWriter.describe(evidence);
    }
    if (evidence instanceof Evidence.CycleEdge edge) {
      return edge.from()
          + " -> "
          + edge.to()
          + "  "
          + edge.locations().stream().map(Location::toString).collect(Collectors.joining(", "))
          + (edge.omitted() > 0 ? " (" + edge.omitted() + " more omitted)" : "");
    }
    if (evidence instanceof Evidence.SuggestedCut cut) {
      return "suggested cut: "
          + cut.from()
          + " -> "
          + cut.to()
          + " ("
          + cut.weight()
          + (cut.weight() == 1 ? " import/reference" : " imports/references")
          + ", first at "
          + cut.location()
          + ")";
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

  /**
   * A command's message: {@code %}, CR and LF escaped as GitHub's toolkit does (GitHub turns them
   * back into the characters); every other unsafe character ({@link ReportText#unsafe}: escape,
   * bidirectional formatting, ...) spelled visibly, and {@code ##[} broken, so the line stays one
   * command and shows nothing a terminal or the log viewer would act on.
   */
  static String data(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '\r' -> out.append("%0D");
        case '\n' -> out.append("%0A");
        default -> {
          if (c == '[' && i >= 2 && text.charAt(i - 1) == '#' && text.charAt(i - 2) == '#') {
            out.append(ReportText.unicode(c));
          } else if (ReportText.unsafe(c)) {
            out.append(ReportText.unicode(c));
          } else if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append(ReportText.unicode(c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A command property's value: as {@link #data} plus {@code :} and {@code ,}. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
