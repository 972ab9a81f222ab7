package dev.ssot.core.model;

/**
 * A module-level name bound to another name: {@code X = Y} or {@code X = mod.Y}.
 *
 * @param name the bound name
 * @param target the right-hand side as written, a dotted name
 * @param line 1-based line
 * @param column 1-based column
 */
public record AliasDecl(String name, String target, int line, int column) {}
