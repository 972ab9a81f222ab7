package dev.ssot.cli;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.engine.ProgressListener;
import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.io.AtomicOutput;
import dev.ssot.core.report.ReportWriter;
import dev.ssot.core.report.ReportWriters;
import dev.ssot.core.report.text.TextReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ssot check [PATH]}: analyse a tree and report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Analyse the source tree at PATH and report findings.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above the fail level",
      "1:new findings at or above the fail level (--fail-on), or stale entries with --strict-baseline",
      "2:usage or configuration error, an output that cannot be written, or too little memory",
      "3:internal error (a bug in ssot)"
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin AnalysisOptions analysis = new AnalysisOptions();

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "FILE",
      description =
          "Report only findings located in these files (e.g. the staged files in a pre-commit hook); "
              + "the analysis still covers the whole tree at PATH.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--changed-since",
      paramLabel = "REV",
      description =
          "Report only findings in files changed since the git revision REV (committed since REV, "
              + "staged, unstaged or untracked), or whose evidence points into one; the analysis "
              + "still covers the whole tree at PATH.")
  String changedSince;

  @Mixin TextOutputOptions text = new TextOutputOptions();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      split = ",",
      description =
          "Report format: text, json, sarif, github, markdown, html, junit or gitlab. Repeatable "
              + "(default: text).")
  List<String> formats = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output (one format only).")
  Path output;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description =
          "Write each format to DIR/report.<ext>: report.txt, report.json, report.sarif, "
              + "report.github.txt (github), report.md (markdown), report.html, report.junit.xml (junit), "
              + "report.gitlab.json (gitlab).")
  Path outputDir;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      converter = FailLevelConverter.class,
      description =
          "Lowest severity that makes the exit code 1: error, warning, info or never "
              + "(default: failOn from config, else error).")
  FailLevel failOn;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Report only findings not in this baseline ('ssot baseline' writes it; default: baseline: in the "
              + "config, if set); the rest are counted as "
              + "baselined and do not fail the run. Entries that match nothing any more are reported as stale.")
  Path baseline;

  @Option(
      names = "--strict-baseline",
      description =
          "Stale baseline entries fail the run (exit code 1), so the baseline can only shrink.")
  boolean strictBaseline;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parser threads, 1 to 4 × the processors (default: one per processor).")
  Integer threads;

  @Mixin CacheOptions cache = new CacheOptions();

  @Mixin DiscoveryOptions discovery = new DiscoveryOptions();

  @Option(
      names = "--fix",
      description =
          "First rewrite imports to their canonical path where it binds the very same definition "
              + "(as 'ssot fix'), then report what is left.")
  boolean fix;

  @Option(
      names = "--unsafe-fixes",
      description =
          "With --fix, also rewrite imports whose canonical path binds what an alias or a "
              + "forwarding shim stands for.")
  boolean unsafeFixes;

  @Override
  public Integer call() throws IOException {
    List<ReportWriter> writers = writers();
    if (output != null && writers.size() > 1) {
      throw new UsageException("--output takes one format; use --output-dir for several");
    }

    if (output != null && outputDir != null) {
      throw new UsageException("use either --output or --output-dir, not both");
    }
    if (changedSince != null && !files.isEmpty()) {
      throw new UsageException("use either FILE... or --changed-since, not both");
    }
    TextReportWriter.Options textOptions = text.forStandardOutput();
    boolean toStandardOutput = output == null && outputDir == null;
    if (text.statistics
        && toStandardOutput
        && writers.stream().anyMatch(w -> !w.format().equals("text"))) {
      throw new UsageException(
          "--statistics prints to standard output; write other formats with --output or --output-dir");
    }
    ReportedFiles reported =
        changedSince != null
            ? ReportedFiles.ofRelative(GitChanges.since(analysis.path, changedSince))
            : files.isEmpty() ? null : ReportedFiles.of(analysis.path, files);
    OptionChecks.globs("--exclude", analysis.excludes);
    OptionChecks.threads(threads);
    ProgressListener progress = ProgressLine.forTerminal(spec.commandLine().getErr());
    AnalysisRequest request =
        analysis
            .request()
            .failOn(failOn)
            .parallelism(threads == null ? 0 : threads)
            .baseline(baseline)
            .strictBaseline(strictBaseline)
            .cacheDirectory(cache.directoryFor(analysis.path))
            .noIgnore(discovery.noIgnore)
            .followLinks(discovery.followLinks)
            .progress(progress)
            .build();
    AnalysisResult result;
    try {
      result = Analysis.run(request);
    } finally {
      ProgressLine.clear(progress);
    }
    if (unsafeFixes && !fix) {
      throw new UsageException("--unsafe-fixes needs --fix");
    }
    if (fix) {
      dev.ssot.core.engine.Fixes.Plan plan =
          dev.ssot.core.engine.Fixes.plan(
              result,
              unsafeFixes,
              FixCommand.selection(result, result.report().baseline() == null));
      result =
          FixCommand.apply(
              plan,
              spec.commandLine().getOut(),
              spec.commandLine().getErr(),
              result,
              () -> Analysis.run(request));
    }
    if (reported != null) {
      result = reported.restrict(result);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Path> written = new ArrayList<>();
    for (ReportWriter writer : writers) {
      if (output != null) {
        writeFile(writer, result, output);
      } else if (outputDir != null) {
        Path file = outputDir.resolve("report." + writer.extension());
        writeFile(writer, result, file);
        written.add(file);
      } else if (writer instanceof TextReportWriter) {
        TextReportWriter terminal = new TextReportWriter(textOptions);
        if (text.statistics) {
          terminal.writeStatistics(result.report(), out);
        } else {
          terminal.write(result.report(), result.root(), out);
        }
      } else {
        writer.write(result.report(), result.root(), out);
      }
      out.flush();
    }
    if (!toStandardOutput && text.statistics) {
      new TextReportWriter(textOptions).writeStatistics(result.report(), out);
    }
    if (!written.isEmpty() && !text.quiet) {
      for (Path file : written) {
        out.println("ssot: wrote " + file);
      }
      out.println(TextReportWriter.summaryLine(result.report()));
    }
    out.flush();
    return result.failed() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }

  private List<ReportWriter> writers() {
    List<ReportWriter> writers = new ArrayList<>();
    for (String format : new LinkedHashSet<>(formats.isEmpty() ? List.of("text") : formats)) {
      writers.add(
          ReportWriters.forFormat(format)
              .orElseThrow(
                  () ->
                      new UsageException(
                          "unknown format '"
                              + format
                              + "' (expected one of: "
                              + String.join(", ", ReportWriters.formats())
                              + ")")));
    }
    return writers;
  }

  /** Writes one report whole or not at all (see {@link AtomicOutput}). */
  private static void writeFile(ReportWriter writer, AnalysisResult result, Path file) {
    AtomicOutput.write(file, out -> writer.write(result.report(), result.root(), out));
  }
}
