package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits a concept's candidate definitions into families related by inheritance (one extends or
 * implements the other, or both a common member). The canonical type's family is the concept
 * itself. Every other family is a duplicate when config declares the concept, or — for an inferred
 * concept — when its root shares enough with the canonical type that names are not all they have in
 * common: the very same simple name needs {@code minSharedMembers} of the member names, a name that
 * differs by an affix needs two shared methods and half of the smaller type's. Other families are a
 * different thing with a similar name and leave the concept.
 */
final class Families {

  /**
   * What a split leaves.
   *
   * @param definitions the definitions that stay in the concept, sorted by qualified name
   * @param family the canonical type's family, by qualified name
   * @param duplicates every other family that stays, as a duplicate
   */
  record Split(
      List<TypeDecl> definitions, List<String> family, List<Concept.Duplicate> duplicates) {}

  private final CodeGraph graph;
  private final Inheritance inheritance;
  private final MemberSimilarity similarity;
  private final double minSharedMembers;

  Families(
      CodeGraph graph,
      Inheritance inheritance,
      MemberSimilarity similarity,
      double minSharedMembers) {
    this.graph = graph;
    this.inheritance = inheritance;
    this.similarity = similarity;
    this.minSharedMembers = minSharedMembers;
  }

  /**
   * Splits {@code definitions} around {@code canonical} (one of them).
   *
   * @param declared whether config declares the concept (then every family stays)
   */
  Split split(List<TypeDecl> definitions, String canonical, boolean declared) {
    List<String> family = new ArrayList<>();
    List<Concept.Duplicate> duplicates = new ArrayList<>();
    int n = definitions.size();
    if (n == 1 && definitions.get(0).qualifiedName().equals(canonical)) {
      // one definition, the canonical one: one family, and no walk up its ancestry (which made a
      // deep hierarchy quadratic: every type of a 10,000-deep chain walked all of its ancestors)
      family.add(canonical);
      return new Split(List.copyOf(definitions), family, duplicates);
    }
    int[] parent = new int[n];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      index.put(definitions.get(i).qualifiedName(), i);
    }
    for (int i = 0; i < n; i++) {
      for (String ancestor : inheritance.ancestorsOf(definitions.get(i).qualifiedName())) {
        Integer j = index.get(ancestor);
        if (j != null) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    TypeDecl canonicalType = graph.type(canonical).orElseThrow();
    int canonicalFamily = find(parent, index.get(canonical));
    TreeMap<Integer, List<TypeDecl>> families = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      families.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(definitions.get(i));
    }
    List<TypeDecl> kept = new ArrayList<>();
    for (Map.Entry<Integer, List<TypeDecl>> entry : families.entrySet()) {
      List<TypeDecl> members = entry.getValue();
      members.sort(Comparator.comparing(TypeDecl::qualifiedName));
      if (entry.getKey() == canonicalFamily) {
        kept.addAll(members);
        members.forEach(m -> family.add(m.qualifiedName()));
        continue;
      }
      // the family's root: the member the others extend or implement, else the first by name
      TypeDecl root =
          members.stream()
              .min(
                  Comparator.comparingInt(
                          (TypeDecl m) ->
                              (int)
                                  inheritance.ancestorsOf(m.qualifiedName()).stream()
                                      .filter(index::containsKey)
                                      .count())
                      .thenComparing(TypeDecl::qualifiedName))
              .orElseThrow();
      // compare with the same-named member of the canonical family (ReferenceMap with
      // map.ReferenceMap, not with its abstract base), else with the canonical type
      TypeDecl counterpart =
          families.get(canonicalFamily).stream()
              .filter(
                  m ->
                      Concepts.innermost(m.simpleName())
                          .equals(Concepts.innermost(root.simpleName())))
              .findFirst()
              .orElse(canonicalType);
      Similarity shared = similarity.similarity(root, counterpart);
      // code no one here writes by hand (generated, vendored) is no inferred duplicate to fix
      boolean convincing =
          declared
              || (!nestedInOneType(root, counterpart)
                  && !DuplicateFinder.generated(root)
                  && !DuplicateFinder.generated(counterpart)
                  && convincing(root, counterpart, shared));
      if (convincing) {
        kept.addAll(members);
        duplicates.add(new Concept.Duplicate(root, members, counterpart, shared));
      }
    }
    kept.sort(Comparator.comparing(TypeDecl::qualifiedName));
    return new Split(kept, family, duplicates);
  }

  /**
   * Names alone prove nothing, so an inferred duplicate must share structure too: the very same
   * (innermost) name needs {@code minSharedMembers} of the methods in common; a name that only
   * matches once affixes are stripped needs two shared methods and half of the smaller type's.
   */
  boolean convincing(TypeDecl root, TypeDecl canonical, Similarity similarity) {
    if (graph.traits(root).structuralInterfaces()
        && graph.traits(canonical).structuralInterfaces()
        && (root.kind() == TypeKind.INTERFACE) != (canonical.kind() == TypeKind.INTERFACE)) {
      return false; // a class implements a protocol by shape, without naming it: not a copy
    }
    if (DuplicateFinder.parallelFamilies(graph, root, canonical)) {
      return false; // each extends its own family's base of one name: a template per family
    }
    boolean affixMatch =
        similarity.shared() >= 2 && similarity.shared() * 2 >= similarity.smaller();
    if (Concepts.innermost(root.simpleName()).equals(Concepts.innermost(canonical.simpleName()))) {
      if (similarity.shared() < graph.traits(root).minSharedMethodsForSameName()) {
        return false; // one shared method name (`run`, `get`) may be a convention, not a copy
      }
      boolean deprecatedCopy =
          inheritance.effectivelyDeprecated(root) || inheritance.effectivelyDeprecated(canonical);
      return similarity.total() > 0 && similarity.ratio() >= minSharedMembers
          || deprecatedCopy && affixMatch;
    }
    return affixMatch;
  }

  /**
   * Siblings nested in one type (parser contexts, strategy variants) are parts of it, not copies.
   */
  private static boolean nestedInOneType(TypeDecl a, TypeDecl b) {
    return a.isNested() && b.isNested() && a.topLevelName().equals(b.topLevelName());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
