package dev.ssot.core.graph;

/** The granularity of a dependency graph. */
public enum Level {
  /** Nodes are packages (Java) or modules (Python, import-time imports only). */
  PACKAGE,
  /** Nodes are top-level types; nested types count as their top-level type. */
  TYPE,
  /**
   * As {@link #PACKAGE}, plus the Python imports that do not run at import time (under {@code if
   * TYPE_CHECKING:} and inside functions): every dependency, not only those that can fail at
   * start-up.
   */
  ALL;

  /** The lower-case name used in config and on the command line. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
