package dev.ssot.core.model;

import java.util.Set;

/** A field of a type: name, declared type as written, modifiers and line. */
public record FieldDecl(String name, String type, Set<String> modifiers, int line) {

  public FieldDecl {
    modifiers = Set.copyOf(modifiers);
  }
}
