package dev.ssot.core.model;

/** The kind of a type declaration. */
public enum TypeKind {
  CLASS,
  INTERFACE,
  ENUM,
  RECORD,
  ANNOTATION
}
