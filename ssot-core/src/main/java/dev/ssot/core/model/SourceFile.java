package dev.ssot.core.model;

import java.nio.file.Path;

/**
 * A file selected for analysis.
 *
 * @param absolutePath where to read it
 * @param path the path relative to the analysed root, with {@code /} separators
 * @param test whether it belongs to test sources
 * @param module the dotted module name a front end derived from the source roots, or {@code null}
 */
public record SourceFile(Path absolutePath, String path, boolean test, String module) {

  /** A file without a module name (Java). */
  public SourceFile(Path absolutePath, String path, boolean test) {
    this(absolutePath, path, test, null);
  }

  /** This file with a module name. */
  public SourceFile withModule(String name) {
    return new SourceFile(absolutePath, path, test, name);
  }
}
