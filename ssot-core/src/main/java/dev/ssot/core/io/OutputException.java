package dev.ssot.core.io;

import java.nio.file.Path;

/** An output file that could not be written: "cannot write FILE: reason". */
public final class OutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String reason;

  public OutputException(Path file, String reason, Throwable cause) {
    super("cannot write " + file + ": " + reason, cause);
    this.file = String.valueOf(file);
    this.reason = reason;
  }

  /** The file as it was named. */
  public String file() {
    return file;
  }

  /** Why, in a few words ("Read-only file system", "is a directory"). */
  public String reason() {
    return reason;
  }
}
