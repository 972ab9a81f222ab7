package dev.ssot.core.parse;

import dev.ssot.core.model.SourceFile;

/**
 * The language front-end SPI: turns one file's bytes into {@link dev.ssot.core.model.FileFacts} or
 * a {@link dev.ssot.core.model.ParseProblem}. Implementations must be thread-safe (files are parsed
 * in parallel) and must never throw for bad input: a file that does not parse is an outcome, not an
 * error.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}.
 */
public interface SourceParser {

  /** A short language id, e.g. {@code java}. */
  String language();

  /** Whether this parser handles the file at the given relative path (usually by extension). */
  boolean accepts(String path);

  /**
   * A version that changes whenever the facts this parser produces for the same bytes could change;
   * part of any cache key.
   */
  default String version() {
    return "1";
  }

  /** Parses one file. Never throws for malformed input. */
  ParseOutcome parse(SourceFile file, byte[] content);
}
