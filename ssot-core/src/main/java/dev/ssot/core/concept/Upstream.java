package dev.ssot.core.concept;

import dev.ssot.core.graph.BuildModules;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.Dependency;
import dev.ssot.core.graph.Level;
import dev.ssot.core.graph.Reachability;
import dev.ssot.core.model.BuildModule;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dependency direction between the build modules and the packages of definitions: a copy in a
 * module that depends on another copy's module (a Maven reactor module that names the other among
 * its dependencies, transitively) lives downstream of it, and so does a copy in a package that
 * depends on another copy's package; downstream code can import the upstream copy, not the other
 * way round. In a multi-module build the upstream module's copy is the one every module can reach.
 * Modules decide first: packages are asked only about copies in one module, or in modules neither
 * of which depends on the other.
 */
final class Upstream {
  private final CodeGraph graph;
  private final Map<String, Boolean> answers = new HashMap<>();

  Upstream(CodeGraph graph) {
    this.graph = graph;
  }

  /**
   * The definitions no other one lies upstream of: a definition is dropped when its build module
   * depends (transitively) on another definition's module, or, where modules do not order them, its
   * package depends (through imports, transitively) on another definition's package that does not
   * depend back on it. Never empty for a non-empty input; the input order is kept.
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
    for (TypeDecl other : definitions) {
      if (other != candidate && isDownstreamOf(candidate, other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code candidate} lies strictly downstream of {@code other}: its build module depends
   * on the other's, or, when modules do not order them, its package depends on the other's package
   * and not back.
   */
  boolean isDownstreamOf(TypeDecl candidate, TypeDecl other) {
    Optional<ModuleEdge> modules = moduleOrder(candidate, other);
    if (modules.isPresent()) {
      return modules.get().downstream().equals(moduleOf(candidate).orElseThrow().id());
    }
    String from = candidate.packageName();
    String to = other.packageName();
    return !to.equals(from) && reaches(from, to) && !reaches(to, from);
  }

  /**
   * The dependency between two build modules, as the definitions' modules are ordered: the one that
   * depends on the other ({@code downstream}) and the other ({@code upstream}).
   */
  record ModuleEdge(String downstream, String upstream) {
    /** In words: {@code com.shop:app depends on com.shop:core}. */
    String describe() {
      return downstream + " depends on " + upstream;
    }
  }

  /**
   * How the build modules of two definitions are ordered: empty when either belongs to no module,
   * both to one, or neither module depends on the other (or each on the other).
   */
  Optional<ModuleEdge> moduleOrder(TypeDecl one, TypeDecl other) {
    BuildModules modules = graph.buildModules();
    Optional<BuildModule> a = moduleOf(one);
    Optional<BuildModule> b = moduleOf(other);
    if (a.isEmpty() || b.isEmpty() || a.get().id().equals(b.get().id())) {
      return Optional.empty();
    }
    boolean aOnB = modules.dependsOn(a.get().id(), b.get().id());
    boolean bOnA = modules.dependsOn(b.get().id(), a.get().id());
    if (aOnB == bOnA) {
      return Optional.empty();
    }
    return Optional.of(
        aOnB
            ? new ModuleEdge(a.get().id(), b.get().id())
            : new ModuleEdge(b.get().id(), a.get().id()));
  }

  private Optional<BuildModule> moduleOf(TypeDecl type) {
    return graph.buildModules().moduleOf(type.location().path());
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
    return Reachability.reaches(
        from,
        to,
        node -> graph.dependenciesOf(Level.PACKAGE, node).stream().map(Dependency::to).toList(),
        VISIT_BUDGET);
  }
}
