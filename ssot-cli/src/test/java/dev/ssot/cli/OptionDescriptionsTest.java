package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The shared options (AnalysisOptions, ConfigOption) and the commands that word them their own way:
 * every key of {@code OptionDescriptions.properties} names a command and one of its options, and
 * that option's help shows the command's wording; elsewhere the option's own description shows.
 */
class OptionDescriptionsTest {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("dev.ssot.cli.OptionDescriptions");

  private static CommandSpec command(String name) {
    CommandLine root =
        SsotCli.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    CommandLine sub = root.getSubcommands().get(name);
    assertTrue(sub != null, "no command '" + name + "'");
    return sub.getCommandSpec();
  }

  private static List<ArgSpec> args(CommandSpec spec, String descriptionKey) {
    return Stream.concat(spec.options().stream(), spec.positionalParameters().stream())
        .map(ArgSpec.class::cast)
        .filter(arg -> descriptionKey.equals(arg.descriptionKey()))
        .toList();
  }

  @Test
  void everyKeyNamesAnOptionOfACommandAndIsItsHelp() {
    assertTrue(BUNDLE.keySet().size() > 0);
    for (String key : BUNDLE.keySet()) {
      String[] parts = key.split("\\.");
      assertEquals(3, parts.length, key + ": expected ssot.<command>.<option>");
      assertEquals("ssot", parts[0], key);
      List<ArgSpec> args = args(command(parts[1]), parts[2]);
      assertEquals(1, args.size(), key + ": no such option in 'ssot " + parts[1] + "'");
      assertEquals(
          List.of(BUNDLE.getString(key)),
          List.of(args.get(0).description()),
          key + " is not shown");
    }
  }

  @Test
  void commandsWithoutTheirOwnWordingShowTheOptionsDescription() {
    ArgSpec config = args(command("check"), "config").get(0);
    assertEquals(
        "Config file (ssot.yaml, ssot.json or pyproject.toml with [tool.ssot]). Default: the"
            + " nearest ssot.yaml, ssot.yml, ssot.json or pyproject.toml with [tool.ssot] in PATH"
            + " or a directory above it, up to the top of the repository.",
        config.description()[0]);
    assertNotEquals(
        config.description()[0], args(command("baseline"), "config").get(0).description()[0]);
    assertEquals(
        "Run only these rules (repeatable or comma-separated).",
        args(command("check"), "select").get(0).description()[0]);
  }
}
