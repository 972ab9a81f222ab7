package dev.ssot.core.rule;

/** What kind of problem a rule looks for. */
public enum Category {
  /** More than one implementation of one concept. */
  DUPLICATION,
  /** How code reaches a concept. */
  IMPORTS,
  /** Structure: cycles and layering. */
  ARCHITECTURE,
  /** Test code that drifts from what it stands in for. */
  TESTING
}
