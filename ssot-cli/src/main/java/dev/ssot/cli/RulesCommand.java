package dev.ssot.cli;

import dev.ssot.core.engine.RuleRegistry;
import dev.ssot.core.rule.RuleDescriptor;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ssot rules}: list the rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the available rules.")
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int width =
        RuleRegistry.load().all().stream().mapToInt(r -> r.id().value().length()).max().orElse(10);
    out.printf(
        "%-" + width + "s  %-8s %-13s %-8s %s%n",
        "RULE",
        "SEVERITY",
        "CATEGORY",
        "DEFAULT",
        "SUMMARY");
    for (RuleDescriptor rule : RuleRegistry.load().all()) {
      out.printf(
          "%-" + width + "s  %-8s %-13s %-8s %s%n",
          rule.id(),
          rule.severity().id(),
          rule.category().name().toLowerCase(java.util.Locale.ROOT),
          rule.enabledByDefault() ? "on" : "off",
          rule.summary());
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
