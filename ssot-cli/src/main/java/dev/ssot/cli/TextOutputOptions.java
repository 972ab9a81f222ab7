package dev.ssot.cli;

import dev.ssot.core.report.text.TextReportWriter;
import dev.ssot.core.report.text.TextStyle;
import picocli.CommandLine.Option;

/** How {@code check} writes the text report to standard output. */
final class TextOutputOptions {

  /** Whether the report on standard output is coloured. */
  enum Color {
    AUTO,
    ALWAYS,
    NEVER;
  }

  /** Findings shown per rule on standard output unless {@code --max-per-rule} says otherwise. */
  static final int DEFAULT_MAX_PER_RULE = 20;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description =
          "Colour the text report on standard output: auto (on a terminal, unless NO_COLOR is set), "
              + "always or never (default: auto). Reports written to files are never coloured.")
  Color color = Color.AUTO;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Print only the findings (and files that could not be parsed): no summary, headings or "
              + "counts. The exit code tells the rest.")
  boolean quiet;

  @Option(
      names = "--statistics",
      description =
          "Instead of the text report, print how many findings each rule has, the most first.")
  boolean statistics;

  @Option(
      names = "--max-per-rule",
      paramLabel = "N",
      description =
          "Show at most N findings per rule in the text report on standard output, and count the "
              + "rest (default: "
              + DEFAULT_MAX_PER_RULE
              + "; 0 shows all). Files and other formats hold every finding.")
  int maxPerRule = DEFAULT_MAX_PER_RULE;

  /** The text report's options for standard output. */
  TextReportWriter.Options forStandardOutput() {
    if (maxPerRule < 0) {
      throw new UsageException("--max-per-rule must be 0 (all) or more, not " + maxPerRule);
    }
    boolean colour =
        switch (color) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> TerminalStyle.auto();
        };
    return new TextReportWriter.Options(
        maxPerRule, colour ? TerminalStyle.INSTANCE : TextStyle.PLAIN, quiet);
  }
}
