package dev.ssot.cli;

import java.io.PrintWriter;

/** Runs the CLI in-process from tests in other packages. */
public final class SsotCliAccess {

  private SsotCliAccess() {}

  /** The exit code of {@code ssot ARGS}, its output on this JVM's standard streams. */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = SsotCli.run(args, out, err);
    out.flush();
    err.flush();
    return code;
  }
}
