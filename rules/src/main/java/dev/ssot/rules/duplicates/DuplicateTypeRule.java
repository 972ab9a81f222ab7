package dev.ssot.rules.duplicates;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.TypeRole;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags every second definition of a concept: one finding per family of definitions not related to
 * the canonical type by inheritance, at the family's root. Aliases and shims are evidence, never
 * duplicates; definitions related by inheritance (a base and its implementation, an interface and
 * its implementations) are one family. Which families count is decided once, in {@link
 * dev.ssot.core.concept.Concepts}, so every rule agrees. See {@code docs/rules/duplicate-type.md}.
 */
@RuleDefinition(
    id = "duplicate-type",
    summary = "A concept is defined by more than one type",
    severity = Severity.ERROR,
    category = Category.DUPLICATION,
    options = DuplicateTypeOptions.class)
public final class DuplicateTypeRule implements Rule {

  @Override
  public void check(RuleContext context, FindingSink findings) {
    DuplicateTypeOptions options = context.options(DuplicateTypeOptions.class);
    // A copied class brings copies of its nested types: report the class, not each of them.
    java.util.Set<String> copiedTypes = new java.util.HashSet<>();
    for (Concept concept : context.concepts().all()) {
      concept.duplicates().forEach(d -> copiedTypes.add(d.root().qualifiedName()));
    }
    for (Concept concept : context.concepts().all()) {
      if (concept.duplicates().isEmpty() || (!concept.declared() && !options.infer())) {
        continue;
      }
      for (Concept.Duplicate duplicate : concept.duplicates()) {
        TypeDecl root = duplicate.root();
        if (root.isNested() && enclosedByCopy(context, root, copiedTypes)) {
          continue;
        }
        // The flagged definition and its concept (by its canonical type), not every definition: a
        // third copy must not change the identity of the findings about the first two (baselines).
        List<String> symbols =
            java.util.stream.Stream.of(concept.canonical(), root.qualifiedName())
                .distinct()
                .sorted()
                .toList();
        findings.report(
            root.location(),
            message(concept, duplicate, duplicate.counterpart()),
            symbols,
            evidence(concept, duplicate.counterpart(), duplicate),
            root.qualifiedName());
      }
    }
  }

  private static boolean enclosedByCopy(
      RuleContext context, TypeDecl type, java.util.Set<String> copiedTypes) {
    for (String outer = type.enclosingType();
        outer != null;
        outer = context.graph().type(outer).map(TypeDecl::enclosingType).orElse(null)) {
      if (copiedTypes.contains(outer)) {
        return true;
      }
    }
    return false;
  }

  private static String message(Concept concept, Concept.Duplicate duplicate, TypeDecl canonical) {
    int others = duplicate.members().size() - 1;
    String of =
        canonical.qualifiedName().equals(concept.canonical())
            ? concept.name()
            : canonical.simpleName();
    return "'"
        + duplicate.root().simpleName()
        + "' is a second definition of "
        + of
        + " (canonical: "
        + canonical.qualifiedName()
        + "; "
        + duplicate.similarity()
        + ")"
        + (others > 0
            ? " with " + others + (others == 1 ? " subtype" : " subtypes") + " of its own"
            : "")
        + "; make it an alias of the canonical type, or remove it"
        + (concept.declared() ? "" : " (concept inferred from names)");
  }

  private static List<Evidence> evidence(
      Concept concept, TypeDecl canonical, Concept.Duplicate duplicate) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence.Definition(canonical.qualifiedName(), canonical.location()));
    for (TypeDecl member : duplicate.members()) {
      evidence.add(new Evidence.Definition(member.qualifiedName(), member.location()));
    }
    for (Concept.Duplicate other : concept.duplicates()) {
      if (other != duplicate) {
        evidence.add(
            new Evidence.Definition(other.root().qualifiedName(), other.root().location()));
      }
    }
    for (TypeRole reExport : concept.reExports()) {
      evidence.add(
          new Evidence.ReExport(
              reExport.name(),
              reExport.target(),
              reExport.type().location(),
              reExport.role().id() + ": " + reExport.reason()));
    }
    return evidence;
  }
}
