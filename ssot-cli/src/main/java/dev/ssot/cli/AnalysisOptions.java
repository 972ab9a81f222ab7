package dev.ssot.cli;

import dev.ssot.core.engine.AnalysisRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The tree and the rules of an analysis: {@code [PATH]}, {@code --config}, {@code --select}, {@code
 * --ignore} and {@code --exclude}, shared by {@code check} and {@code baseline}. A command that
 * words one of them its own way does so in {@code OptionDescriptions.properties}.
 */
final class AnalysisOptions {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PATH",
      defaultValue = ".",
      descriptionKey = "path",
      description =
          "Root of the tree to analyse (default: the current directory). Report paths are relative to it.")
  Path path;

  @Mixin ConfigOption config = new ConfigOption();

  @Option(
      names = "--select",
      paramLabel = "RULE",
      split = ",",
      descriptionKey = "select",
      description = "Run only these rules (repeatable or comma-separated).")
  List<String> select = new ArrayList<>();

  @Option(
      names = "--ignore",
      paramLabel = "RULE",
      split = ",",
      descriptionKey = "ignore",
      description = "Do not run these rules (repeatable or comma-separated).")
  List<String> ignore = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      descriptionKey = "exclude",
      description =
          "Leave out files whose root-relative path matches GLOB (repeatable), e.g. '**/generated/**'.")
  List<String> excludes = new ArrayList<>();

  /** A request for the tree at PATH with these options; the command adds its own. */
  AnalysisRequest.Builder request() {
    return AnalysisRequest.builder(path)
        .config(config.file)
        .select(select)
        .ignore(ignore)
        .excludes(excludes);
  }
}
