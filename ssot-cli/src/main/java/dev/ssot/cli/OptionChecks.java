package dev.ssot.cli;

import dev.ssot.core.config.ConfigLoader;
import java.util.List;

/** Checks of option values that picocli's types cannot express; each failure is exit code 2. */
final class OptionChecks {

  private OptionChecks() {}

  /** Every {@code --exclude} glob is a valid, non-empty glob. */
  static void globs(String option, List<String> globs) {
    for (String glob : globs) {
      String problem = ConfigLoader.globProblem(glob);
      if (problem != null) {
        throw new UsageException(option + ": " + problem);
      }
    }
  }

  /** {@code --threads}, when given, is within 1 to 4 × the available processors. */
  static void threads(Integer threads) {
    int max = 4 * Runtime.getRuntime().availableProcessors();
    if (threads != null && (threads < 1 || threads > max)) {
      throw new UsageException(
          "--threads: " + threads + " is outside 1.." + max + " (4 × the processors)");
    }
  }
}
