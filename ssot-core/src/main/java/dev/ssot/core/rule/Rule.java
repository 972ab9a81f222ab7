package dev.ssot.core.rule;

/**
 * A check over the analysed code. One class per rule, annotated with {@link RuleDefinition},
 * registered in {@code META-INF/services/dev.ssot.core.rule.Rule}. Rules read the graph and report
 * typed findings; they never print or format output. Implementations must have a public no-argument
 * constructor and keep no state between runs.
 */
public interface Rule {

  /** Checks the code in {@code context} and reports what it finds to {@code findings}. */
  void check(RuleContext context, FindingSink findings);
}
