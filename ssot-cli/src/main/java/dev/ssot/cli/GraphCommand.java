package dev.ssot.cli;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.graph.Level;
import dev.ssot.core.io.AtomicOutput;
import dev.ssot.core.report.graph.GraphWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ssot graph [PATH]}: print the dependency graph. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description =
        "Print the package or type dependency graph of the tree at PATH; edges in cycles are marked.")
final class GraphCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PATH",
      defaultValue = ".",
      description = "Root of the tree to analyse (default: the current directory).")
  Path path;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "package",
      description = "package or type (default: ${DEFAULT-VALUE}).")
  Level level;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "dot",
      description = "dot, mermaid or json (default: ${DEFAULT-VALUE}).")
  GraphWriter.Format format;

  @Mixin ConfigOption config = new ConfigOption();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Mixin CacheOptions cache = new CacheOptions();

  @Mixin DiscoveryOptions discovery = new DiscoveryOptions();

  @Override
  public Integer call() throws IOException {
    AnalysisResult result =
        Analysis.run(
            AnalysisRequest.builder(path)
                .config(config.file)
                .cacheDirectory(cache.directoryFor(path))
                .noIgnore(discovery.noIgnore)
                .followLinks(discovery.followLinks)
                .build());
    if (output != null) {
      AtomicOutput.write(output, out -> GraphWriter.write(result.graph(), level, format, out));
    } else {
      PrintWriter out = spec.commandLine().getOut();
      GraphWriter.write(result.graph(), level, format, out);
      out.flush();
    }
    return ExitCode.OK.code();
  }
}
