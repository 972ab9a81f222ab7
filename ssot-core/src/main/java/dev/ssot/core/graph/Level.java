package dev.ssot.core.graph;

/** The granularity of a dependency graph. */
public enum Level {
  /** Nodes are packages (Java) or modules (Python). */
  PACKAGE,
  /** Nodes are top-level types; nested types count as their top-level type. */
  TYPE;

  /** The lower-case name used in config and on the command line. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
