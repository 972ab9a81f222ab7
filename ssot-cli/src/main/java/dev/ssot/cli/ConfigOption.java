package dev.ssot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --config}, shared by every command that analyses a tree. A command that words it its own
 * way does so in {@code OptionDescriptions.properties}.
 */
final class ConfigOption {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      descriptionKey = "config",
      description =
          "Config file (ssot.yaml, ssot.json or pyproject.toml with [tool.ssot]). Default: the"
              + " nearest ssot.yaml, ssot.yml, ssot.json or pyproject.toml with [tool.ssot] in PATH"
              + " or a directory above it, up to the top of the repository.")
  Path file;
}
