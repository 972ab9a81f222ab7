package dev.ssot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --cache-dir} and {@code --no-cache}, shared by every command that analyses a tree. */
final class CacheOptions {

  /** The default cache directory, inside the analysed root (hidden, so never analysed itself). */
  static final String DEFAULT_DIRECTORY = ".ssot-cache";

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Cache parsed files in DIR (default: PATH/"
              + DEFAULT_DIRECTORY
              + "). Results are the same "
              + "with or without the cache; only changed files are parsed again.")
  Path directory;

  @Option(names = "--no-cache", description = "Parse every file; neither read nor write the cache.")
  boolean disabled;

  /** The cache directory for an analysis of {@code root}, or null for none. */
  Path directoryFor(Path root) {
    if (disabled) {
      if (directory != null) {
        throw new UsageException("use either --cache-dir or --no-cache, not both");
      }
      return null;
    }
    return directory != null ? directory : root.resolve(DEFAULT_DIRECTORY);
  }
}
