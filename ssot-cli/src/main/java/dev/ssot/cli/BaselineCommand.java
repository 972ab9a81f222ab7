package dev.ssot.cli;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.io.AtomicOutput;
import dev.ssot.core.report.baseline.Baseline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ssot baseline [PATH]}: accept the current findings, by fingerprint. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Write the fingerprints of the current findings to a baseline file, so that "
          + "'ssot check --baseline FILE' reports only new ones.",
      "Fingerprints are the rule id and symbolic names (types, packages), never line numbers: moving or "
          + "reformatting code keeps a finding baselined."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the baseline was written",
      "2:usage or configuration error, an output that cannot be written, or too little memory",
      "3:internal error (a bug in ssot)"
    })
final class BaselineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin AnalysisOptions analysis = new AnalysisOptions();

  @Mixin DiscoveryOptions discovery = new DiscoveryOptions();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the baseline (default: PATH/" + Baseline.FILE_NAME + ").")
  Path output;

  @Override
  public Integer call() throws IOException {
    OptionChecks.globs("--exclude", analysis.excludes);
    AnalysisResult result =
        Analysis.run(
            analysis
                .request()
                .noIgnore(discovery.noIgnore)
                .followLinks(discovery.followLinks)
                .build());
    Baseline baseline = Baseline.of(result.report().findings());
    Path file = output != null ? output : analysis.path.resolve(Baseline.FILE_NAME);
    AtomicOutput.write(file, baseline::write);
    spec.commandLine()
        .getOut()
        .println(
            "ssot: wrote "
                + baseline.entries().size()
                + " baseline "
                + (baseline.entries().size() == 1 ? "entry" : "entries")
                + " to "
                + file);
    return ExitCode.OK.code();
  }
}
