package dev.ssot.cli;

import dev.ssot.core.config.ConfigException;
import dev.ssot.core.engine.AnalysisException;
import dev.ssot.core.io.AtomicOutput;
import dev.ssot.core.io.OutputException;
import dev.ssot.core.report.ReportText;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** The entry point. Only {@link #main} exits the JVM. */
public final class SsotCli {

  private SsotCli() {}

  public static void main(String[] args) {
    // standard output goes through a stream that throws (System.out swallows write errors), so a
    // report that cannot be written, e.g. to a full disk, fails the run with the system's reason
    FailureRecorder stdout = new FailureRecorder(new FileOutputStream(FileDescriptor.out));
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new BufferedOutputStream(stdout, 1 << 16), Charset.defaultCharset()),
            true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, out, err, stdout::reason);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs ssot in-process and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, () -> null);
  }

  /**
   * Runs ssot in-process and returns the exit code: 2 when {@code out} could not be written,
   * whatever the command returned, with {@code outFailure}'s reason when it knows one.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<String> outFailure) {
    CommandLine commandLine = commandLine(out, err);
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("ssot: error: " + OutOfMemory.message());
      err.flush();
      return ExitCode.USAGE.code();
    }
    if (out.checkError()) {
      String reason = outFailure.get();
      err.println(
          "ssot: error: cannot write standard output" + (reason == null ? "" : ": " + reason));
      err.flush();
      return ExitCode.USAGE.code();
    }
    return code;
  }

  /**
   * A message for standard error, each of its lines made safe to show: it may quote a path or a
   * value from the analysed tree or the command line.
   */
  static String safe(String message) {
    return java.util.Arrays.stream(message.split("\n", -1))
        .map(ReportText::line)
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new SsotCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(t -> ExitCode.INTERNAL.code());
    commandLine.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine cmd = ex.getCommandLine();
          cmd.getErr().println(safe(message(ex)));
          cmd.getErr()
              .println(
                  "Try '"
                      + cmd.getCommandSpec().qualifiedName()
                      + " --help' for more information.");
          cmd.getErr().flush();
          return ExitCode.USAGE.code();
        });
    commandLine.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          if (ex instanceof ConfigException
              || ex instanceof AnalysisException
              || ex instanceof UsageException
              || ex instanceof OutputException) {
            cmd.getErr().println(safe("ssot: error: " + ex.getMessage()));
            cmd.getErr().flush();
            return ExitCode.USAGE.code();
          }
          if (OutOfMemory.causedBy(ex)) {
            cmd.getErr().println("ssot: error: " + OutOfMemory.message());
            cmd.getErr().flush();
            return ExitCode.USAGE.code();
          }
          cmd.getErr().println("ssot: internal error: " + ex);
          ex.printStackTrace(cmd.getErr());
          cmd.getErr().println("This is a bug in ssot; please report it with the output above.");
          cmd.getErr().flush();
          return ExitCode.INTERNAL.code();
        });
    return commandLine;
  }

  /**
   * {@code ssot: } and picocli's message, or for a mistyped command or option one that names it and
   * suggests the closest ones ({@code ssot chek}: unknown command 'chek'; did you mean 'check'?).
   */
  static String message(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return "ssot: " + ex.getMessage();
    }
    String argument = unmatched.getUnmatched().get(0);
    CommandLine cmd = ex.getCommandLine();
    boolean option = argument.startsWith("-");
    if (!option && cmd.getSubcommands().isEmpty()) {
      return "ssot: " + ex.getMessage();
    }
    String where = cmd.getCommandSpec().qualifiedName();
    List<String> suggestions =
        unmatched.getSuggestions().stream()
            .filter(s -> option == s.startsWith("-"))
            .distinct()
            .limit(3)
            .toList();
    return where
        + ": unknown "
        + (option ? "option" : "command")
        + " '"
        + dev.ssot.core.report.ReportText.visible(argument)
        + "'"
        + (suggestions.isEmpty()
            ? ""
            : "; did you mean "
                + suggestions.stream().map(s -> "'" + s + "'").collect(Collectors.joining(" or "))
                + "?");
  }

  /** Passes bytes through and remembers why the first write failed. */
  static final class FailureRecorder extends FilterOutputStream {
    private volatile IOException failure;

    FailureRecorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    /** Why writing failed, or null when it did not. */
    String reason() {
      return failure == null ? null : AtomicOutput.reason(failure);
    }
  }
}
