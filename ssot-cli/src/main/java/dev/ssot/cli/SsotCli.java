package dev.ssot.cli;

import dev.ssot.core.config.ConfigException;
import dev.ssot.core.engine.AnalysisException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point. Only {@link #main} exits the JVM. */
public final class SsotCli {

  private SsotCli() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs ssot in-process and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine(out, err);
    return commandLine.execute(args);
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
          cmd.getErr().println("ssot: " + ex.getMessage());
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
              || ex instanceof UsageException) {
            cmd.getErr().println("ssot: error: " + ex.getMessage());
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
}
