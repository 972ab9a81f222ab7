package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hierarchy queries concepts and rules ask of declared types: resolved supertypes, ancestors
 * (memoised), supertypes the analysed code does not declare, polymorphic siblings, and deprecation
 * inherited from an enclosing type.
 */
public final class Inheritance {

  /** Bases that say nothing about what a class is, where overrides are not marked. */
  private static final Set<String> PLAIN_BASES =
      Set.of(
          "object",
          "ABC",
          "Protocol",
          "Generic",
          "Interface",
          "Exception",
          "NamedTuple",
          "TypedDict");

  private final CodeGraph graph;
  private final Map<String, Set<String>> ancestors = new HashMap<>();

  /** Hierarchy queries over one graph. */
  public Inheritance(CodeGraph graph) {
    this.graph = graph;
  }

  /** The declared supertypes of a type, resolved, in declaration order. */
  public List<String> supertypesOf(TypeDecl type) {
    return graph.supertypesOf(type.qualifiedName());
  }

  /** Whether one type extends or implements the other, directly or not. */
  public boolean inherits(String type, String ancestor) {
    return ancestorsOf(type).contains(ancestor);
  }

  /** Every declared supertype of a type, transitively (nearest first along each path). */
  public Set<String> ancestorsOf(String type) {
    Set<String> cached = ancestors.get(type);
    if (cached != null) {
      return cached;
    }
    Set<String> result = new LinkedHashSet<>();
    List<String> work = new ArrayList<>(List.of(type));
    while (!work.isEmpty()) {
      String next = work.remove(work.size() - 1);
      Optional<TypeDecl> decl = graph.type(next);
      if (decl.isEmpty()) {
        continue;
      }
      for (String supertype : supertypesOf(decl.get())) {
        if (result.add(supertype)) {
          work.add(supertype);
        }
      }
    }
    ancestors.put(type, result);
    return result;
  }

  /** The ancestors two types have in common. */
  public Set<String> commonAncestors(TypeDecl a, TypeDecl b) {
    Set<String> common = new HashSet<>(ancestorsOf(a.qualifiedName()));
    common.retainAll(ancestorsOf(b.qualifiedName()));
    return common;
  }

  /** Supertypes as written (innermost simple names) that the analysed code does not declare. */
  public Set<String> externalSupertypes(TypeDecl type) {
    Set<String> resolved = new HashSet<>();
    graph.supertypesOf(type.qualifiedName()).forEach(t -> resolved.add(Concepts.innermost(t)));
    Set<String> external = new HashSet<>();
    for (String written : type.supertypes()) {
      String simple = Concepts.innermost(written);
      if (!resolved.contains(simple)) {
        external.add(simple);
      }
    }
    return external;
  }

  /**
   * Whether two classes both derive from one concrete class (declared here and not a protocol or
   * ABC) or name the same base from outside the analysed code.
   */
  public boolean polymorphicSiblings(TypeDecl a, TypeDecl b) {
    for (String ancestor : commonAncestors(a, b)) {
      if (graph.type(ancestor).map(t -> t.kind() != TypeKind.INTERFACE).orElse(false)) {
        return true;
      }
    }
    Set<String> external = externalSupertypes(a);
    external.retainAll(externalSupertypes(b));
    external.removeAll(PLAIN_BASES);
    return !external.isEmpty();
  }

  /** Deprecated itself, or nested in a deprecated type. */
  public boolean effectivelyDeprecated(TypeDecl type) {
    for (TypeDecl current = type;
        current != null;
        current =
            current.enclosingType() == null
                ? null
                : graph.type(current.enclosingType()).orElse(null)) {
      if (current.deprecated()) {
        return true;
      }
    }
    return false;
  }
}
