package dev.ssot.cli;

/** The documented exit codes. */
public enum ExitCode {
  /** No finding at or above the fail level. */
  OK(0),
  /** Findings at or above the fail level. */
  FINDINGS(1),
  /** Bad command line or configuration. */
  USAGE(2),
  /** A bug in ssot (or a rule): please report it. */
  INTERNAL(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
