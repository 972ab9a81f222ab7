package dev.ssot.cli.testing;

import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;

/** A broken rule, off by default, to test exit code 3. */
@RuleDefinition(
    id = "exploding",
    summary = "Always throws (CLI tests only)",
    category = Category.ARCHITECTURE,
    enabledByDefault = false)
public final class ExplodingRule implements Rule {
  @Override
  public void check(RuleContext context, FindingSink findings) {
    throw new IllegalStateException("boom");
  }
}
