package dev.ssot.cli;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.engine.FixWriter;
import dev.ssot.core.engine.Fixes;
import dev.ssot.core.engine.ProgressListener;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.report.ReportWriters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ssot fix [PATH]}: rewrites every import that a finding says should name its canonical
 * path, when the canonical path binds the very same definition; then checks again.
 */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description =
        "Rewrite imports to their canonical path where that path binds the very same definition "
            + "(non-canonical-import, deprecated-import), then check again.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:with --diff: nothing to fix; else: no finding left at or above the fail level",
      "1:with --diff: something to fix; else: findings left at or above the fail level",
      "2:usage or configuration error",
      "3:internal error (a bug in ssot)"
    })
final class FixCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin AnalysisOptions analysis = new AnalysisOptions();

  @Option(
      names = "--diff",
      description =
          "Print the changes as a unified diff and change nothing (exit code 1 when there is "
              + "something to fix).")
  boolean diff;

  @Option(
      names = "--unsafe-fixes",
      description =
          "Also rewrite imports whose canonical path binds another definition that an alias or "
              + "a forwarding shim stands for (the reason is shown with each).")
  boolean unsafe;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Fix only findings this baseline does not hold (default: baseline: in the config, if "
              + "set).")
  Path baseline;

  @Option(names = "--all", description = "Fix baselined findings too.")
  boolean all;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      converter = FailLevelConverter.class,
      description = "Lowest severity left after fixing that makes the exit code 1.")
  dev.ssot.core.finding.FailLevel failOn;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parser threads, 1 to 4 × the processors (default: one per processor).")
  Integer threads;

  @Mixin CacheOptions cache = new CacheOptions();

  @Override
  public Integer call() throws java.io.IOException {
    OptionChecks.globs("--exclude", analysis.excludes);
    OptionChecks.threads(threads);
    AnalysisResult result = analyse();
    Fixes.Plan plan =
        Fixes.plan(result, unsafe, selection(result, all || result.report().baseline() == null));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (diff) {
      out.print(FixWriter.diff(plan));
      out.flush();
      printNotFixed(err, plan);
      err.printf(
          "ssot fix: %d to fix in %d files, %d not fixed%n",
          plan.fixed().size(), plan.changes().size(), plan.notFixed().size());
      err.flush();
      return plan.changes().isEmpty() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }
    AnalysisResult after = apply(plan, out, err, result, this::analyse);
    ReportWriters.forFormat("text").orElseThrow().write(after.report(), after.root(), out);
    out.flush();
    return after.failed() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }

  private AnalysisResult analyse() {
    ProgressListener progress = ProgressLine.forTerminal(spec.commandLine().getErr());
    AnalysisRequest request =
        analysis
            .request()
            .failOn(failOn)
            .parallelism(threads == null ? 0 : threads)
            .baseline(baseline)
            .cacheDirectory(cache.directoryFor(analysis.path))
            .progress(progress)
            .build();
    try {
      return Analysis.run(request);
    } finally {
      ProgressLine.clear(progress);
    }
  }

  /** Every finding, or only those the baseline does not hold. */
  static java.util.function.Predicate<Finding> selection(AnalysisResult result, boolean all) {
    if (all) {
      return f -> true;
    }
    java.util.Set<Finding> fresh =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    fresh.addAll(result.report().newFindings());
    return fresh::contains;
  }

  /**
   * Writes the plan, prints what was fixed per file and what was not, and analyses again when a
   * file was written.
   *
   * @return the analysis after the fixes (the one before when nothing was written)
   */
  static AnalysisResult apply(
      Fixes.Plan plan,
      PrintWriter out,
      PrintWriter err,
      AnalysisResult before,
      java.util.function.Supplier<AnalysisResult> again) {
    List<FixWriter.Written> written = FixWriter.write(plan);
    int files = 0;
    int fixed = 0;
    for (FixWriter.Written file : written) {
      java.util.Map<String, Fixes.Outcome> moves = new java.util.LinkedHashMap<>();
      for (Fixes.Outcome outcome : plan.fixed()) {
        dev.ssot.core.finding.ImportMove move = outcome.finding().move();
        if (move.location().path().equals(file.path())) {
          moves.putIfAbsent(
              move.location() + ":" + move.location().column() + move.written(), outcome);
        }
      }
      List<Fixes.Outcome> inFile = List.copyOf(moves.values());
      if (!file.written()) {
        err.printf("not written: %s: %s%n", file.path(), file.problem());
        continue;
      }
      files++;
      fixed += inFile.size();
      out.printf("fixed %s (%d)%n", file.path(), inFile.size());
      for (Fixes.Outcome outcome : inFile) {
        out.printf(
            "  %d: %s -> %s%s%n",
            outcome.finding().move().location().line(),
            outcome.finding().move().written(),
            outcome.finding().move().replacement(),
            outcome.reason() == null ? "" : " (unsafe: " + outcome.reason() + ")");
      }
    }
    printNotFixed(out, plan);
    out.printf(
        "ssot fix: %d fixed in %d files, %d not fixed%n%n", fixed, files, plan.notFixed().size());
    out.flush();
    err.flush();
    return files == 0 ? before : again.get();
  }

  static void printNotFixed(PrintWriter out, Fixes.Plan plan) {
    for (Fixes.Outcome outcome : plan.notFixed()) {
      Finding finding = outcome.finding();
      out.printf(
          "not fixed: %s:%d:%d %s -> %s: %s [%s]%n",
          finding.location().path(),
          finding.location().line(),
          finding.location().column(),
          finding.move().written(),
          finding.move().replacement(),
          outcome.reason(),
          finding.rule().value());
    }
  }
}
