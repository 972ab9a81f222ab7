package dev.ssot.core.testing;

import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;

/** A broken rule for engine tests: off by default, throws when selected. */
@RuleDefinition(
    id = "exploding",
    summary = "Always throws (engine tests only)",
    category = Category.ARCHITECTURE,
    enabledByDefault = false)
public final class ExplodingRule implements Rule {
  @Override
  public void check(RuleContext context, FindingSink findings) {
    throw new IllegalStateException("boom");
  }
}
