package dev.ssot.core.model;

/**
 * A reference to a type in code, by simple or qualified name as written (generic arguments and
 * array brackets removed).
 *
 * @param name the name as written, e.g. {@code Map.Entry} or {@code com.acme.Foo}
 * @param fromType the qualified name of the innermost declared type that contains the
 *     reference, or {@code null} outside any type (e.g. in a package annotation)
 * @param line 1-based line
 * @param column 1-based column
 */
public record TypeRef(String name, String fromType, int line, int column) {}
