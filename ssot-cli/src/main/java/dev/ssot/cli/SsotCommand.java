package dev.ssot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The root command. */
@Command(
    name = "ssot",
    mixinStandardHelpOptions = true,
    versionProvider = SsotCommand.Version.class,
    resourceBundle = "dev.ssot.cli.OptionDescriptions",
    description =
        "Enforces a single source of truth: finds duplicate implementations of one concept, "
            + "imports through non-canonical paths and import cycles.",
    subcommands = {
      CheckCommand.class,
      InitCommand.class,
      FixCommand.class,
      BaselineCommand.class,
      GraphCommand.class,
      RulesCommand.class,
      ExplainCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above the fail level",
      "1:findings at or above the fail level (--fail-on)",
      "2:usage or configuration error, an output that cannot be written, or too little memory",
      "3:internal error (a bug in ssot)"
    },
    footer = {
      "",
      "Run 'ssot check' in a source tree to start; 'ssot explain <rule-id>' tells what a rule flags."
    })
public final class SsotCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing command (check, init, fix, baseline, graph, rules, explain)");
  }

  /** Prints the version of the running build, its git commit and the Java runtime. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return BuildInfo.lines();
    }
  }
}
