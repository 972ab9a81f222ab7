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
  private final Map<String, Boolean> answers = new HashMap<>();

  Upstream(CodeGraph graph) {
    this.graph = graph;
  }

  /**
   * The definitions no other one lies upstream of: a definition is dropped when its package depends
   * (through imports, transitively) on another definition's package that does not depend back on
   * it. Never empty for a non-empty input; the input order is kept.
   */
  List<TypeDecl> mostUpstream(List<TypeDecl> definitions) {
    if (definitions.size() < 2 || definitions.size() > MAX_COMPARED) {
      return definitions; // a word many packages use names no one concept to order
    }
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

  /**
   * Whether package {@code from} depends on package {@code to}, directly or through others: a
   * search from {@code from} that stops at {@code to}, memoised per pair. Nothing is kept per
   * package, so a tree with many thousands of packages costs no memory beyond the pairs asked
   * about; a search that visits more than {@link #VISIT_BUDGET} packages answers "no" (the
   * direction stays undecided and the other criteria choose).
   */
  boolean reaches(String from, String to) {
    return answers.computeIfAbsent(from + "\u0000" + to, key -> search(from, to));
  }

  /** Groups of more definitions than this are not ordered by direction (pairs grow squared). */
  static final int MAX_COMPARED = 16;

  /** How many packages one search may visit. */
  static final int VISIT_BUDGET = 1_000;

  private boolean search(String from, String to) {
    Set<String> seen = new HashSet<>();
    Deque<String> work = new ArrayDeque<>();
    work.add(from);
    seen.add(from);
    while (!work.isEmpty()) {
      for (Dependency dependency : graph.dependenciesOf(Level.PACKAGE, work.poll())) {
        String next = dependency.to();
        if (next.equals(to)) {
          return true;
        }
        if (seen.add(next)) {
          if (seen.size() > VISIT_BUDGET) {
            return false;
          }
          work.add(next);
        }
      }
    }
    return false;
  }
}
