package dev.ssot.core.concept;

/** What a type declaration is, as far as single source of truth goes. */
public enum Role {
  /** A real implementation: fields or logic of its own. */
  DEFINITION,
  /** A re-export under another name: a member-less subclass or sub-interface of its target. */
  ALIAS,
  /** A forwarding facade: every method only delegates to its target. */
  SHIM,
  /** A mock, fake, stub, dummy or spy in test sources. */
  TEST_DOUBLE;

  /** Whether the type re-exports another instead of defining anything. */
  public boolean isReExport() {
    return this == ALIAS || this == SHIM;
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
