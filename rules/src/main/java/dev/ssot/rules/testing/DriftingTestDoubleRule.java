package dev.ssot.rules.testing;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.Concepts;
import dev.ssot.core.concept.TypeRole;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flags a test double of a concept that neither implements the canonical type's interfaces nor
 * extends the canonical type: the compiler cannot keep it in step, so it drifts. The finding
 * lists the canonical methods it already lacks. See {@code docs/rules/drifting-test-double.md}.
 */
@RuleDefinition(
    id = "drifting-test-double",
    summary = "A test double does not implement the API it stands in for",
    severity = Severity.WARNING,
    category = Category.TESTING)
public final class DriftingTestDoubleRule implements Rule {

  @Override
  public void check(RuleContext context, FindingSink findings) {
    Concepts concepts = context.concepts();
    for (Concept concept : concepts.all()) {
      TypeDecl canonical = context.graph().type(concept.canonical()).orElse(null);
      if (canonical == null || concept.testDoubles().isEmpty()) {
        continue;
      }
      Set<String> contract = new HashSet<>(concepts.ancestorsOf(canonical.qualifiedName()));
      contract.add(canonical.qualifiedName());
      contract.addAll(concept.memberNames());
      for (TypeRole role : concept.testDoubles()) {
        TypeDecl testDouble = role.type();
        Set<String> ancestors = concepts.ancestorsOf(testDouble.qualifiedName());
        if (ancestors.stream().anyMatch(contract::contains)) {
          continue;
        }
        Set<String> missing = new TreeSet<>(Concepts.methodNames(canonical));
        missing.removeAll(Concepts.methodNames(testDouble));
        String message = "'" + testDouble.simpleName() + "' stands in for " + concept.canonical()
            + " but neither implements nor extends it, so nothing keeps it in step"
            + (missing.isEmpty() ? "" : "; it already lacks " + String.join(", ", missing));
        findings.report(testDouble.location(), message, List.of(testDouble.qualifiedName(), concept.canonical()),
            List.of(new Evidence.Definition(concept.canonical(), canonical.location()),
                new Evidence.Definition(testDouble.qualifiedName(), testDouble.location())),
            testDouble.qualifiedName());
      }
    }
  }
}
