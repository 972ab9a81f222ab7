package dev.ssot.rules.imports;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.Concepts;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.graph.TypeUse;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Flags imports and qualified references of a {@code @Deprecated} type whose concept has a
 * canonical counterpart that is not deprecated. See {@code docs/rules/deprecated-import.md}.
 */
@RuleDefinition(
    id = "deprecated-import",
    summary = "A deprecated type is imported although its concept has a current canonical type",
    severity = Severity.INFO,
    category = Category.IMPORTS)
public final class DeprecatedImportRule implements Rule {

  @Override
  public void check(RuleContext context, FindingSink findings) {
    CodeGraph graph = context.graph();
    Concepts concepts = context.concepts();
    Map<String, Integer> occurrences = new HashMap<>();
    for (String target : graph.usedTypes()) {
      TypeDecl type = graph.type(target).orElse(null);
      Optional<Concept> concept = concepts.conceptOf(target);
      if (type == null || !type.deprecated() || concept.isEmpty()) {
        continue;
      }
      boolean reExport = concepts.isReExport(target);
      if (!reExport && !concept.get().isDuplicate(target)) {
        continue; // the canonical type's own family: deprecating a member is not a move elsewhere
      }
      String canonical = concept.get().canonicalImport();
      // The canonical import may be a module-level alias of the canonical class
      // (`WebSocketManager = _Impl`).
      TypeDecl replacement =
          graph
              .type(canonical)
              .or(
                  () ->
                      graph
                          .type(concept.get().canonical())
                          .filter(
                              t -> NonCanonicalImportRule.bindsModules(graph, t.location().path())))
              .orElse(null);
      if (canonical.equals(target) || replacement == null || replacement.deprecated()) {
        continue;
      }
      for (TypeUse use : graph.usesOf(target)) {
        if (!use.kind().namesPath() || concept.get().memberNames().contains(use.fromType())) {
          continue;
        }
        if (NonCanonicalImportRule.bindsModules(graph, use.fromFile())
            && !concept.get().declared()
            && !ModuleScope.topLevel(replacement.packageName())
                .equals(
                    ModuleScope.topLevel(
                        graph.file(use.fromFile()).map(f -> f.packageName()).orElse("")))) {
          continue; // a replacement in another top-level package is another library's copy, not
          // advice
        }
        if (graph
            .modules()
            .flatMap(
                m ->
                    graph
                        .file(use.fromFile())
                        .map(
                            f ->
                                Fallbacks.keptOnPurpose(
                                    m, f, Fallbacks.importAt(graph, use.location()), target)))
            .orElse(false)) {
          continue; // an alternative for another version, kept on purpose (see Fallbacks)
        }
        String key = use.fromFile() + "\u0000" + target;
        findings
            .at(use.location())
            .message(
                target
                    + " is deprecated; use "
                    + canonical
                    + ", the canonical "
                    + concept.get().name())
            .symbols(target, canonical)
            .evidence(
                new Evidence.ImportOf(use.written(), use.location()),
                new Evidence.Definition(target, type.location()),
                new Evidence.Definition(canonical, replacement.location()))
            .subject(use.fromFile() + "#" + occurrences.merge(key, 1, Integer::sum))
            .move(Moves.of(graph, concepts, use, canonical))
            .report();
      }
    }
  }
}
