package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Which concept a test double stands in for: the concept of the type it names (through re-export
 * chains), else the concept named after it ({@code MockWebSocketManager}) in its namespace, else —
 * where tests live outside the code's namespace — the only concept of that name anywhere. Declared
 * concepts are included.
 */
final class TestDoubleMatching {

  private final CodeGraph graph;
  private final TypeRoles roles;
  private final NameNormalizer normalizer;

  TestDoubleMatching(CodeGraph graph, TypeRoles roles, NameNormalizer normalizer) {
    this.graph = graph;
    this.roles = roles;
    this.normalizer = normalizer;
  }

  /**
   * Hands every test double, in order of name, to the concept it stands in for.
   *
   * @param concepts the concepts (under construction), in order of precedence
   * @param canonicalOf a concept's canonical type
   * @param conceptOfDefinition the concept each definition belongs to, by qualified name
   * @param attach called once for each test double that finds its concept
   */
  <C> void attach(
      List<C> concepts,
      Function<C, String> canonicalOf,
      Map<String, C> conceptOfDefinition,
      BiConsumer<C, TypeRole> attach) {
    Map<String, C> byName = new HashMap<>();
    Map<String, List<C>> byNameAnywhere = new HashMap<>();
    for (C concept : concepts) {
      graph
          .type(canonicalOf.apply(concept))
          .ifPresent(
              canonical -> {
                byName.putIfAbsent(
                    normalizer.normalize(canonical.simpleName()) + "@" + namespaceOf(canonical),
                    concept);
                byNameAnywhere
                    .computeIfAbsent(
                        normalizer.normalize(canonical.simpleName()), k -> new ArrayList<>())
                    .add(concept);
              });
    }
    for (TypeRole role : roles.sorted()) {
      if (role.role() != Role.TEST_DOUBLE) {
        continue;
      }
      C concept = null;
      if (role.target() != null) {
        List<TypeRole> chain = roles.chainOf(role.target());
        concept =
            chain.isEmpty() ? null : conceptOfDefinition.get(chain.get(chain.size() - 1).name());
      }
      String doubled = normalizer.normalizeTestDouble(role.type().simpleName());
      if (concept == null) {
        concept = byName.get(doubled + "@" + namespaceOf(role.type()));
      }
      if (concept == null && graph.traits(role.type()).testsOutsideNamespace()) {
        // tests often live in a top-level tests/ package, outside the code's namespace: a
        // concept of that name elsewhere counts when there is exactly one
        List<C> candidates = byNameAnywhere.getOrDefault(doubled, List.of());
        concept = candidates.size() == 1 ? candidates.get(0) : null;
      }
      if (concept != null) {
        attach.accept(concept, role);
      }
    }
  }

  private String namespaceOf(TypeDecl type) {
    return graph.traits(type).namespace(type);
  }
}
