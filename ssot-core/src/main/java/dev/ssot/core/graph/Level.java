package dev.ssot.core.graph;

/** The granularity of a dependency graph. */
public enum Level {
  /**
   * Nodes are packages or modules; for modules, only the imports that run when the module is
   * imported.
   */
  PACKAGE,
  /** Nodes are top-level types; nested types count as their top-level type. */
  TYPE,
  /**
   * As {@link #PACKAGE}, plus the imports that do not run at import time (for type checkers only,
   * or inside functions): every dependency, not only those that can fail at start-up.
   */
  ALL;

  /** The lower-case name used in config and on the command line. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
