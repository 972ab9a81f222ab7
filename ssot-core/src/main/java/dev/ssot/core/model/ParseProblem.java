package dev.ssot.core.model;

/**
 * A file that could not be read or parsed. It is reported and skipped; the rest is analysed.
 *
 * @param path the path relative to the analysed root
 * @param line 1-based line of the first problem, 0 if unknown
 * @param message what went wrong
 */
public record ParseProblem(String path, int line, String message) {}
