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
          "Config file (ssot.yaml or ssot.json). Default: ssot.yaml, ssot.yml or ssot.json in PATH, if present.")
  Path file;
}
