package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.LanguageTraits;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.graph.TypeUse;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which definition of an inferred concept is canonical, and under which name and import path code
 * should reach it: build-module and package dependency direction, deprecation, packages and
 * directories named like leftovers, logic of its own, use, and a private implementation's public
 * alias decide.
 */
public final class CanonicalChoice {

  /** Package segments that never hold an inferred concept's canonical definition, if avoidable. */
  static final Set<String> NON_CANONICAL_SEGMENTS =
      Set.of("legacy", "compat", "deprecated", "internal", "old");

  /** Directories that hold leftovers of live code: old copies, backups, archives, snapshots. */
  private static final Set<String> LEFTOVER_DIRECTORIES =
      Set.of(
          "old",
          "backup",
          "backups",
          "bak",
          "archive",
          "archived",
          "attic",
          "snapshot",
          "snapshots",
          "copy",
          "legacy",
          "deprecated",
          "obsolete",
          "unused");

  private final CodeGraph graph;
  private final NameNormalizer normalizer;
  private final Inheritance inheritance;
  private final Upstream upstream;

  /** Chooses among the types of one graph. */
  public CanonicalChoice(CodeGraph graph, NameNormalizer normalizer, Inheritance inheritance) {
    this.graph = graph;
    this.normalizer = normalizer;
    this.inheritance = inheritance;
    this.upstream = new Upstream(graph);
  }

  /**
   * The canonical definition of an inferred concept: never one downstream of another (whose build
   * module depends on another definition's module, as in a Maven reactor, or, where modules do not
   * tell, whose package depends on another definition's package, see {@link Upstream}); not
   * deprecated if possible; then outside packages named legacy, compat, deprecated, internal or
   * old; then outside directories named like leftovers; then one with logic of its own; then the
   * most used; then the shortest name; then the first by qualified name.
   */
  public TypeDecl chooseCanonical(List<TypeDecl> definitions) {
    Comparator<TypeDecl> order =
        Comparator.comparing((TypeDecl d) -> inheritance.effectivelyDeprecated(d) ? 1 : 0)
            .thenComparing(d -> inNonCanonicalPackage(d) ? 1 : 0)
            .thenComparing(d -> inLeftoverDirectory(d) ? 1 : 0)
            .thenComparing(d -> hasLogic(d) ? 0 : 1)
            .thenComparing(Comparator.comparingInt(this::useCount).reversed())
            .thenComparingInt(d -> d.simpleName().length())
            .thenComparing(TypeDecl::qualifiedName);
    return upstream.mostUpstream(definitions).stream().min(order).orElseThrow();
  }

  /**
   * Why the concept's canonical definition was chosen over each other definition, in the terms of
   * {@link #chooseCanonical}: the first criterion that told them apart, one clause per criterion,
   * e.g. {@code "not deprecated (over a.LegacyX); most used: 12 uses (over b.Y: 3)"}.
   */
  public String canonicalReason(Concept concept) {
    if (concept.declared()) {
      return "declared in config";
    }
    TypeDecl canonical = graph.type(concept.canonical()).orElse(null);
    if (canonical == null) {
      return "";
    }
    return canonicalReason(canonical, concept.definitions());
  }

  /**
   * Why {@code canonical} was chosen over each other one of {@code definitions} (a concept's, or a
   * group of copies'), as {@link #canonicalReason(Concept)} says it; a definition with the
   * canonical one's qualified name is named with its path.
   */
  public String canonicalReason(TypeDecl canonical, List<TypeDecl> definitions) {
    java.util.Map<String, List<String>> byCriterion = new java.util.LinkedHashMap<>();
    for (TypeDecl other : definitions) {
      if (other == canonical) {
        continue;
      }
      String criterion;
      String detail =
          other.qualifiedName().equals(canonical.qualifiedName())
              ? other.qualifiedName() + " at " + other.location().path()
              : other.qualifiedName();
      java.util.Optional<String> modules = moduleDependency(other, canonical);
      if (modules.isPresent()) {
        criterion = "upstream module (" + modules.get() + ")";
      } else if (upstream.isDownstreamOf(other, canonical)) {
        criterion = "upstream (the other's package depends on it)";
      } else if (inheritance.effectivelyDeprecated(other)
          != inheritance.effectivelyDeprecated(canonical)) {
        criterion = "not deprecated";
      } else if (inNonCanonicalPackage(other) != inNonCanonicalPackage(canonical)) {
        criterion = "outside legacy/compat-named packages";
      } else if (inLeftoverDirectory(other) != inLeftoverDirectory(canonical)) {
        criterion = "outside leftover directories (old, backup, …)";
      } else if (hasLogic(other) != hasLogic(canonical)) {
        criterion = "has logic of its own";
      } else if (useCount(other) != useCount(canonical)) {
        criterion =
            "most used: " + useCount(canonical) + (useCount(canonical) == 1 ? " use" : " uses");
        detail += ": " + useCount(other);
      } else if (other.simpleName().length() != canonical.simpleName().length()) {
        criterion = "shortest name";
      } else {
        criterion = "first by name (nothing else told them apart)";
      }
      byCriterion.computeIfAbsent(criterion, k -> new java.util.ArrayList<>()).add(detail);
    }
    List<String> clauses = new java.util.ArrayList<>();
    byCriterion.forEach(
        (criterion, others) -> {
          String shown =
              others.size() > 3
                  ? String.join(", ", others.subList(0, 3)) + ", " + (others.size() - 3) + " more"
                  : String.join(", ", others);
          clauses.add(criterion + " (over " + shown + ")");
        });
    return String.join("; ", clauses);
  }

  /**
   * The build-module dependency that puts {@code downstream} below {@code upstream}, in words
   * ({@code com.shop:app depends on com.shop:core}), or empty when their modules do not order them
   * that way.
   */
  public java.util.Optional<String> moduleDependency(TypeDecl downstream, TypeDecl upstream) {
    return this.upstream
        .moduleOrder(downstream, upstream)
        .filter(
            edge ->
                graph
                    .buildModules()
                    .moduleOf(downstream.location().path())
                    .map(m -> m.id().equals(edge.downstream()))
                    .orElse(false))
        .map(Upstream.ModuleEdge::describe);
  }

  /**
   * How often code outside a type reaches it (imports and references from other top-level types).
   */
  public int useCount(TypeDecl type) {
    int count = 0;
    String top = type.topLevelName();
    for (TypeUse use : graph.usesOf(type.qualifiedName())) {
      if (!top.equals(use.fromType())) {
        count++;
      }
    }
    return count;
  }

  /**
   * The import path of an inferred concept: the canonical type, unless it lives in a package named
   * internal (or legacy, compat, …) and an alias outside such packages, not deprecated, is its
   * public name — then code should import the alias.
   */
  String importPathOf(TypeDecl canonical, List<TypeRole> reExports) {
    if (graph.traits(canonical).isPrivateName(canonical.simpleName())) {
      // a private implementation is imported by its public alias (`WebSocketManager = _Impl`)
      String publicPath =
          graph
              .modules()
              .flatMap(
                  modules ->
                      modules.bindingsOf(canonical.qualifiedName()).stream()
                          .filter(
                              b ->
                                  !graph.traits(canonical).isPrivateName(b.name())
                                      && modules.pathRole(b.module()).isEmpty())
                          .map(ModuleScope.Binding::path)
                          .findFirst())
              .orElse(null);
      if (publicPath != null) {
        return publicPath;
      }
    }
    if (!inNonCanonicalPackage(canonical)) {
      return canonical.qualifiedName();
    }
    return reExports.stream()
        .filter(r -> r.role() == Role.ALIAS && canonical.qualifiedName().equals(r.target()))
        .filter(
            r ->
                !r.type().deprecated()
                    && !inNonCanonicalPackage(r.type())
                    && r.type().modifiers().contains("public"))
        .map(TypeRole::name)
        .sorted()
        .findFirst()
        .orElse(canonical.qualifiedName());
  }

  /**
   * An inferred concept's name: the canonical type's name, or for a private class ({@code
   * _UnifiedWebSocketManagerImplementation}) the public name that aliases it, else its name once
   * normalised.
   */
  String conceptName(TypeDecl canonical) {
    String simple = canonical.simpleName();
    LanguageTraits traits = graph.traits(canonical);
    if (!traits.isPrivateName(simple)) {
      return simple;
    }
    return graph
        .modules()
        .flatMap(
            modules ->
                modules.bindingsOf(canonical.qualifiedName()).stream()
                    .map(ModuleScope.Binding::name)
                    .filter(n -> !traits.isPrivateName(n))
                    .findFirst())
        .orElse(normalizer.normalize(simple));
  }

  /** Whether the type lives in a package named legacy, compat, deprecated, internal or old. */
  static boolean inNonCanonicalPackage(TypeDecl type) {
    for (String segment : type.packageName().split("\\.")) {
      if (NON_CANONICAL_SEGMENTS.contains(segment)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the type's file lies under a directory named like a leftover ({@code old/src/…}). */
  static boolean inLeftoverDirectory(TypeDecl type) {
    String[] segments = type.location().path().split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (LEFTOVER_DIRECTORIES.contains(segments[i].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a type does anything: fields, or a method with logic of its own (not a placeholder).
   */
  private static boolean hasLogic(TypeDecl type) {
    return !type.fields().isEmpty()
        || type.methods().stream().anyMatch(m -> m.body() == MethodDecl.Body.LOGIC)
        || type.kind() == TypeKind.INTERFACE;
  }
}
