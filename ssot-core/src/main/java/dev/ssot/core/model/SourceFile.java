package dev.ssot.core.model;

import java.nio.file.Path;

/**
 * A file selected for analysis.
 *
 * @param absolutePath where to read it
 * @param path the path relative to the analysed root, with {@code /} separators
 * @param test whether it belongs to test sources
 */
public record SourceFile(Path absolutePath, String path, boolean test) {}
