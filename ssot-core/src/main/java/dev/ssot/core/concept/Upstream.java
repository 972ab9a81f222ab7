package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.Dependency;
import dev.ssot.core.graph.Level;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dependency direction between the packages (modules) of definitions: a copy in a package that
 * depends on another copy's package lives downstream of it, and can import it, not the other way
 * round. In a multi-module build the upstream module's copy is the one every module can reach.
 */
final class Upstream {
  private final CodeGraph graph;
  private final Map<String, Set<String>> reachable = new HashMap<>();

  Upstream(CodeGraph graph) {
    this.graph = graph;
  }

  /**
   * The definitions no other one lies upstream of: a definition is dropped when its package depends
   * (through imports, transitively) on another definition's package that does not depend back on
   * it. Never empty for a non-empty input; the input order is kept.
   */
  List<TypeDecl> mostUpstream(List<TypeDecl> definitions) {
    List<TypeDecl> kept = new ArrayList<>();
    for (TypeDecl candidate : definitions) {
      if (!isDownstreamOfAny(candidate, definitions)) {
        kept.add(candidate);
      }
    }
    return kept.isEmpty() ? definitions : kept;
  }

  /** Whether another definition lies strictly upstream of this one. */
  boolean isDownstreamOfAny(TypeDecl candidate, List<TypeDecl> definitions) {
    String from = candidate.packageName();
    for (TypeDecl other : definitions) {
      String to = other.packageName();
      if (!to.equals(from) && reaches(from, to) && !reaches(to, from)) {
        return true;
      }
    }
    return false;
  }

  /** Whether package {@code from} depends on package {@code to}, directly or through others. */
  boolean reaches(String from, String to) {
    return reachable.computeIfAbsent(from, this::closure).contains(to);
  }

  private Set<String> closure(String start) {
    Set<String> seen = new HashSet<>();
    Deque<String> work = new ArrayDeque<>();
    work.add(start);
    while (!work.isEmpty()) {
      for (Dependency dependency : graph.dependenciesOf(Level.PACKAGE, work.poll())) {
        if (seen.add(dependency.to())) {
          work.add(dependency.to());
        }
      }
    }
    return seen;
  }
}
