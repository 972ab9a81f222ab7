package dev.ssot.cli;

import dev.ssot.core.config.ConfigLoader;
import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.engine.StarterConfig;
import dev.ssot.core.io.AtomicOutput;
import dev.ssot.core.lang.Languages;
import dev.ssot.core.report.baseline.Baseline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ssot init [PATH]}: analyse the tree and write a starter {@code ssot.yaml}. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse the tree at PATH with the built-in defaults and write a commented PATH/ssot.yaml:"
          + " the concepts with more than one definition or import path, each with the canonical"
          + " definition ssot chose and why, exclude globs for directories of stale copies of"
          + " live code (backups, snapshots) and vendored code, and the main settings as comments.",
      "An existing config in PATH is never overwritten without --force."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the config was written (or printed)",
      "2:a config exists (use --force), usage error, or an output that cannot be written",
      "3:internal error (a bug in ssot)"
    })
final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PATH",
      defaultValue = ".",
      description = "Root of the tree (default: the current directory); ssot.yaml is written here.")
  Path path;

  @Option(names = "--force", description = "Overwrite an existing ssot.yaml.")
  boolean force;

  @Option(names = "--stdout", description = "Print the config instead of writing it.")
  boolean stdout;

  @Option(
      names = "--baseline",
      description =
          "Also write ssot-baseline.json, accepting the findings that remain under the new"
              + " config, and name it in ssot.yaml.")
  boolean baseline;

  @Mixin DiscoveryOptions discovery = new DiscoveryOptions();

  @Override
  public Integer call() {
    Path target = path.resolve("ssot.yaml");
    Optional<Path> existing = ConfigLoader.findIn(path, Languages.installed().configFiles());
    if (!stdout && !force && existing.isPresent()) {
      throw new UsageException(
          existing.get()
              + " exists; 'ssot init --force' overwrites ssot.yaml, '--stdout' prints the proposal");
    }
    if (!stdout && force && existing.isPresent() && !existing.get().equals(target)) {
      throw new UsageException(
          existing.get()
              + " is the config here and would still be read; remove it or use --stdout");
    }
    AnalysisResult result =
        Analysis.run(
            AnalysisRequest.builder(path)
                .withoutConfigFile()
                .noIgnore(discovery.noIgnore)
                .followLinks(discovery.followLinks)
                .build());
    StarterConfig proposal = StarterConfig.propose(result);
    String yaml = proposal.toYaml();
    PrintWriter out = spec.commandLine().getOut();
    if (stdout) {
      out.print(yaml);
      out.flush();
      return ExitCode.OK.code();
    }
    AtomicOutput.write(target, writer -> writer.write(yaml));
    out.println(
        "ssot: wrote "
            + target
            + ": "
            + proposal.concepts().size()
            + " concepts, "
            + proposal.excludes().size()
            + " excludes");
    if (baseline) {
      AnalysisResult withConfig =
          Analysis.run(
              AnalysisRequest.builder(path)
                  .config(target)
                  .noIgnore(discovery.noIgnore)
                  .followLinks(discovery.followLinks)
                  .build());
      Path file = path.resolve(Baseline.FILE_NAME);
      AtomicOutput.write(file, Baseline.of(withConfig.report().findings())::write);
      String named = yaml.replaceFirst("\n\n", "\n\nbaseline: " + Baseline.FILE_NAME + "\n\n");
      AtomicOutput.write(target, writer -> writer.write(named));
      out.println(
          "ssot: wrote "
              + file
              + ": "
              + withConfig.report().findings().size()
              + " findings accepted (ssot.yaml names it)");
    }
    out.println("ssot: next, review it and run 'ssot check " + path + "'");
    out.flush();
    return ExitCode.OK.code();
  }
}
