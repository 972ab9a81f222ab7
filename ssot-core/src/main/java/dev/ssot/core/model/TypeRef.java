package dev.ssot.core.model;

/**
 * A reference to a type in code, by simple or qualified name as written (generic arguments and
 * array brackets removed).
 *
 * @param name the name as written, e.g. {@code Map.Entry} or {@code com.acme.Foo}
 * @param fromType the qualified name of the innermost declared type that contains the reference, or
 *     {@code null} outside any type (e.g. in a package annotation)
 * @param line 1-based line
 * @param column 1-based column
 * @param typeContext true where the syntax says the name is a type ({@code Foo x}, {@code new
 *     Foo()}, {@code extends Foo}, annotations); false for the receiver of a call or field access
 *     ({@code Foo.bar()}), which may also be a field or variable
 */
public record TypeRef(String name, String fromType, int line, int column, boolean typeContext) {}
