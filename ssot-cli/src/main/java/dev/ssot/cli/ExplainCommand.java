package dev.ssot.cli;

import dev.ssot.core.engine.RuleRegistry;
import dev.ssot.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ssot explain RULE}: print a rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Print what a rule flags, what it does not flag, and what to do instead.")
final class ExplainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE", description = "A rule id, e.g. import-cycle (see 'ssot rules').")
  String ruleId;

  @Override
  public Integer call() throws IOException {
    RuleRegistry registry = RuleRegistry.load();
    RuleDescriptor rule = registry.find(ruleId).orElseThrow(() -> new UsageException(
        "unknown rule '" + ruleId + "' (known rules: " + String.join(", ", registry.ids()) + ")"));
    try (InputStream in = rule.rule().getClass().getClassLoader().getResourceAsStream(rule.docResource())) {
      if (in == null) {
        throw new IllegalStateException("rule " + ruleId + " has no documentation at " + rule.docResource());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      out.flush();
    }
    return ExitCode.OK.code();
  }
}
