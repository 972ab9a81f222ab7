package dev.ssot.cli;

import dev.ssot.core.engine.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The line {@code ssot check} keeps redrawing on standard error while it parses ({@code ssot:
 * parsing [#####...............] 1204/4743 files}), at most ten times a second, with a carriage
 * return and no other control code. Only a person at a terminal sees it: never when the output is
 * piped or redirected, and never in CI.
 */
final class ProgressLine implements ProgressListener {

  private static final long INTERVAL_NANOS = 100_000_000L;
  private static final int BAR = 20;

  private final PrintWriter err;
  private final LongSupplier clock;
  private long drawnAt;
  private int width;

  ProgressLine(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
    this.drawnAt = clock.getAsLong();
  }

  /**
   * A progress line on {@code err} when a person is watching — a console is attached, {@code CI} is
   * not set and the terminal is not dumb — else {@link ProgressListener#NONE}.
   */
  static ProgressListener forTerminal(PrintWriter err) {
    boolean watched =
        interactive()
            && stderrIsTerminal(Path.of("/proc/self/fd/2"))
            && System.getenv("CI") == null
            && !"dumb".equals(System.getenv("TERM"));
    return watched ? new ProgressLine(err, System::nanoTime) : ProgressListener.NONE;
  }

  /**
   * Whether standard input and output are a terminal: {@link System#console()} on JDK 17 to 21;
   * from JDK 22 a console exists even when redirected, and {@code Console.isTerminal()} tells.
   */
  static boolean interactive() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true; // JDK 17 to 21: a console is a terminal
    }
  }

  /**
   * Whether standard error goes to a terminal, where the system says so ({@code /proc/self/fd/2} on
   * Linux names a {@code /dev/pts} or {@code /dev/tty} device): {@code ssot check 2>log} at a
   * terminal writes no progress into the log. Elsewhere the console check has to do.
   */
  static boolean stderrIsTerminal(Path fd2) {
    try {
      String target = Files.readSymbolicLink(fd2).toString();
      return target.startsWith("/dev/pts/")
          || target.startsWith("/dev/tty")
          || target.startsWith("/dev/console");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return true; // no /proc: rely on the console check
    }
  }

  /** Redraws the line when the last drawing is 100 ms old, and once more when parsing is done. */
  @Override
  public void filesParsed(int done, int total) {
    long now = clock.getAsLong();
    boolean last = done == total && width > 0;
    if (!last && now - drawnAt < INTERVAL_NANOS) {
      return;
    }
    drawnAt = now;
    int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
    String line =
        "ssot: parsing ["
            + "#".repeat(filled)
            + ".".repeat(BAR - filled)
            + "] "
            + done
            + "/"
            + total
            + " files";
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  /** Erases the line, if one was drawn, so the report starts on a clean line. */
  static void clear(ProgressListener listener) {
    if (listener instanceof ProgressLine line && line.width > 0) {
      line.err.print("\r" + " ".repeat(line.width) + "\r");
      line.err.flush();
      line.width = 0;
    }
  }
}
