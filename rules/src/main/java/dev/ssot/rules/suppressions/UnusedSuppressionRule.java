package dev.ssot.rules.suppressions;

import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Suppression;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import dev.ssot.core.rule.SuppressionUse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags suppressions that silence nothing: {@code // ssot:ignore <id>} or
 * {@code @SuppressWarnings("ssot:<id>")} naming an unknown rule, or a rule that ran and found
 * nothing there. Stale suppressions hide the next real finding. See {@code
 * docs/rules/unused-suppression.md}.
 */
@RuleDefinition(
    id = "unused-suppression",
    summary = "A suppression matches no finding",
    severity = Severity.WARNING,
    category = Category.ARCHITECTURE,
    reviewsSuppressions = true)
public final class UnusedSuppressionRule implements Rule {

  @Override
  public void check(RuleContext context, FindingSink findings) {
    Map<String, Integer> occurrences = new HashMap<>();
    for (SuppressionUse use : context.suppressions()) {
      Suppression suppression = use.suppression();
      String message;
      if (!use.ruleKnown()) {
        message =
            "suppression names the unknown rule '" + suppression.ruleId() + "'; see 'ssot rules'";
      } else if (use.ruleRan() && !use.used()) {
        message = "suppression of " + suppression.ruleId() + " matches no finding; remove it";
      } else {
        continue;
      }
      String key = suppression.location().path() + "#" + suppression.ruleId();
      findings
          .at(suppression.location())
          .message(message)
          .symbols(suppression.ruleId())
          .evidence(List.of())
          .subject(key + "#" + occurrences.merge(key, 1, Integer::sum))
          .report();
    }
  }
}
