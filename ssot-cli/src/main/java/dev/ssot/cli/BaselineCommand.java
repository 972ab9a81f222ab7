package dev.ssot.cli;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.io.AtomicOutput;
import dev.ssot.core.report.baseline.Baseline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PATH",
      defaultValue = ".",
      description = "Root of the tree to analyse (default: the current directory).")
  Path path;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the baseline (default: PATH/" + Baseline.FILE_NAME + ").")
  Path output;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Config file (default: ssot.yaml, ssot.yml or ssot.json in PATH, if present).")
  Path config;

  @Option(
      names = "--select",
      paramLabel = "RULE",
      split = ",",
      description = "Run only these rules.")
  List<String> select = new ArrayList<>();

  @Option(
      names = "--ignore",
      paramLabel = "RULE",
      split = ",",
      description = "Do not run these rules.")
  List<String> ignore = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Leave out files matching GLOB (repeatable).")
  List<String> excludes = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    OptionChecks.globs("--exclude", excludes);
    AnalysisResult result =
        Analysis.run(
            AnalysisRequest.builder(path)
                .config(config)
                .select(select)
                .ignore(ignore)
                .excludes(excludes)
                .build());
    Baseline baseline = Baseline.of(result.report().findings());
    Path file = output != null ? output : path.resolve(Baseline.FILE_NAME);
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
