package dev.ssot.rules.duplicates;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.Concepts;
import dev.ssot.core.concept.Similarity;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags every definition of a concept beyond its canonical one: one finding per non-canonical
 * definition, at its declaration. Aliases and shims are evidence, never duplicates; definitions
 * related by inheritance (a base and its implementation, an interface and its implementations)
 * are one family, not duplicates. See {@code docs/rules/duplicate-type.md}.
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
    Concepts concepts = context.concepts();
    for (Concept concept : concepts.all()) {
      if (concept.definitions().size() < 2 || (!concept.declared() && !options.infer())) {
        continue;
      }
      TypeDecl canonical = context.graph().type(concept.canonical()).orElseThrow();
      Map<String, Integer> family = families(concepts, concept.definitions());
      int canonicalFamily = family.get(canonical.qualifiedName());
      List<String> symbols = concept.definitions().stream().map(TypeDecl::qualifiedName).toList();
      for (TypeDecl definition : concept.definitions()) {
        if (family.get(definition.qualifiedName()) == canonicalFamily) {
          continue;
        }
        Similarity similarity = concepts.similarity(definition, canonical);
        if (!concept.declared() && !convincing(definition, canonical, similarity, options)) {
          continue;
        }
        findings.report(definition.location(), message(concept, definition, canonical, similarity),
            symbols, evidence(concept, canonical, definition), definition.qualifiedName());
      }
    }
  }

  /** Inferred concepts need structure as well as a name: ssot does not guess from names alone. */
  private static boolean convincing(TypeDecl definition, TypeDecl canonical, Similarity similarity,
      DuplicateTypeOptions options) {
    if (definition.simpleName().equals(canonical.simpleName())) {
      return similarity.total() > 0 && similarity.ratio() >= options.minSharedMembers();
    }
    return similarity.shared() > 0;
  }

  private static String message(Concept concept, TypeDecl definition, TypeDecl canonical, Similarity similarity) {
    return "'" + definition.simpleName() + "' is a second definition of " + concept.name() + " (canonical: "
        + canonical.qualifiedName() + "; " + similarity + "); make it an alias of the canonical type, or remove it"
        + (concept.declared() ? "" : " (concept inferred from names)");
  }

  private static List<Evidence> evidence(Concept concept, TypeDecl canonical, TypeDecl definition) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence.Definition(canonical.qualifiedName(), canonical.location()));
    for (TypeDecl other : concept.definitions()) {
      if (other != canonical) {
        evidence.add(new Evidence.Definition(other.qualifiedName(), other.location()));
      }
    }
    for (TypeRole reExport : concept.reExports()) {
      evidence.add(new Evidence.ReExport(reExport.name(), reExport.target(), reExport.type().location(),
          reExport.role().id() + ": " + reExport.reason()));
    }
    return evidence;
  }

  /**
   * Groups definitions related by inheritance: one extends or implements the other, or both extend
   * or implement a common member of the concept. Returns a family number per definition.
   */
  private static Map<String, Integer> families(Concepts concepts, List<TypeDecl> definitions) {
    int n = definitions.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(definitions.get(i).qualifiedName(), i);
    }
    for (int i = 0; i < n; i++) {
      for (String ancestor : concepts.ancestorsOf(definitions.get(i).qualifiedName())) {
        Integer j = index.get(ancestor);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
    Map<String, Integer> family = new HashMap<>();
    for (int i = 0; i < n; i++) {
      family.put(definitions.get(i).qualifiedName(), find(parent, i));
    }
    return family;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
