package dev.ssot.core.model;

/** Where an import statement runs, which decides whether it takes part in import-time cycles. */
public enum ImportContext {
  /** At module top level (Java imports are always here). */
  TOP_LEVEL,
  /** At import time, but under a top-level {@code if}, {@code with}, {@code for} or class body. */
  CONDITIONAL,
  /** Inside {@code try} with an {@code except ImportError} (or {@code ModuleNotFoundError}). */
  GUARDED,
  /** Inside {@code if TYPE_CHECKING:}: never runs. */
  TYPE_CHECKING,
  /** Inside a function or method: runs when called, not at import time. */
  LAZY,
  /**
   * Inside a function, within {@code try: … except ImportError:} (or {@code raises(ImportError)}).
   */
  LAZY_GUARDED;

  /** Whether the code expects the import may fail. */
  public boolean guarded() {
    return this == GUARDED || this == LAZY_GUARDED;
  }

  /** Whether the import runs when its module is imported. */
  public boolean atImportTime() {
    return this == TOP_LEVEL || this == CONDITIONAL || this == GUARDED;
  }

  /** The lower-case id used in reports. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
