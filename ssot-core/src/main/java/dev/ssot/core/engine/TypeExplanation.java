package dev.ssot.core.engine;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.Concepts;
import dev.ssot.core.concept.DuplicateFinder;
import dev.ssot.core.concept.DuplicateGroup;
import dev.ssot.core.concept.Role;
import dev.ssot.core.concept.TypeRole;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why ssot sees a type the way it does: its role with the evidence, the re-export chain, its
 * concept, the findings about it, and a verdict saying why it is or is not reported.
 *
 * @param type the declaration
 * @param role its role and the signal behind it
 * @param chain the re-export chain from the type to the definition it ends at
 * @param concept the concept it belongs to, if any
 * @param findings findings about it (it is among their symbols, or they are inside its declaration)
 * @param verdict one or two sentences: reported or not, and why
 */
public record TypeExplanation(
    TypeDecl type,
    TypeRole role,
    List<TypeRole> chain,
    Optional<Concept> concept,
    List<Finding> findings,
    String verdict) {

  /**
   * Finds types by qualified name (every definition of it, when it is defined more than once), or
   * by simple name when that is unambiguous enough to list.
   */
  public static List<TypeDecl> find(AnalysisResult result, String name) {
    Optional<TypeDecl> exact = result.graph().type(name);
    if (exact.isPresent()) {
      List<TypeDecl> all =
          result.graph().types().stream().filter(t -> t.qualifiedName().equals(name)).toList();
      return all.size() > 1 ? all : List.of(exact.get());
    }
    List<TypeDecl> matches = new ArrayList<>();
    for (TypeDecl type : result.graph().types()) {
      if (type.simpleName().equals(name) || type.qualifiedName().endsWith("." + name)) {
        matches.add(type);
      }
    }
    matches.sort(java.util.Comparator.comparing(TypeDecl::qualifiedName));
    return matches;
  }

  /**
   * What a module-level name ({@code pkg.module.Name}) denotes when it is not a class of its own:
   * an alias or re-export, resolved to the class with every hop; empty otherwise.
   */
  public static Optional<ModuleScope.Resolution> moduleBinding(AnalysisResult result, String name) {
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String module = name.substring(0, dot);
    return result
        .graph()
        .modules()
        .filter(modules -> modules.hasModule(module))
        .map(modules -> modules.lookup(module, name.substring(dot + 1)))
        .filter(
            resolution ->
                resolution.kind() == ModuleScope.Kind.CLASS && !resolution.chain().isEmpty());
  }

  /**
   * The public module-level names a class can be imported by (its definition, aliases, re-exports).
   */
  public static List<ModuleScope.Binding> moduleBindings(AnalysisResult result, TypeDecl type) {
    return result
        .graph()
        .modules()
        .map(modules -> modules.bindingsOf(type.qualifiedName()))
        .orElse(List.of());
  }

  /** Explains one declared type of the analysed code. */
  public static TypeExplanation of(AnalysisResult result, TypeDecl type) {
    Concepts concepts = result.concepts();
    String name = type.qualifiedName();
    TypeRole role = concepts.roleOf(name).orElseThrow();
    List<TypeRole> chain = concepts.chainOf(name);
    Optional<Concept> concept = concepts.conceptOf(name);
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : result.report().findings()) {
      boolean about =
          finding.symbols().contains(name)
              && (!finding.rule().value().equals("duplicate-type") || inside(type, finding));
      if (about || inside(type, finding)) {
        findings.add(finding);
      }
    }
    return new TypeExplanation(
        type,
        role,
        chain,
        concept,
        findings,
        verdict(result.graph(), concepts, type, role, concept, findings));
  }

  private static boolean inside(TypeDecl type, Finding finding) {
    return finding.location().path().equals(type.location().path())
        && finding.location().line() >= type.location().line()
        && finding.location().line() <= type.endLine();
  }

  private static String verdict(
      dev.ssot.core.graph.CodeGraph graph,
      Concepts concepts,
      TypeDecl type,
      TypeRole role,
      Optional<Concept> concept,
      List<Finding> findings) {
    String name = type.qualifiedName();
    long imports =
        findings.stream().filter(f -> f.rule().value().equals("non-canonical-import")).count();
    if (role.role().isReExport()) {
      return "Not a duplicate: it is "
          + (role.role() == Role.ALIAS ? "an alias" : "a shim")
          + " of "
          + role.target()
          + " ("
          + role.reason()
          + "). Aliases and shims are the tools of a migration; code that imports it"
          + " is reported by non-canonical-import instead"
          + (imports > 0 ? " (" + imports + " here)." : ".");
    }
    if (role.role() == Role.TEST_DOUBLE) {
      return "A test double"
          + (role.target() == null ? "" : " of " + role.target())
          + "; it is checked by drifting-test-double, never reported as a duplicate.";
    }
    if (concept.isEmpty()) {
      Optional<String> copy = copyVerdict(graph, concepts, type);
      if (copy.isPresent()) {
        return copy.get();
      }
      Optional<String> apart = setAsideVerdict(graph, concepts, type);
      if (apart.isPresent()) {
        return apart.get();
      }
      String key = concepts.normalizer().normalize(type.simpleName());
      Optional<TypeDecl> namesake =
          concepts.all().stream()
              .flatMap(c -> c.definitions().stream())
              .filter(
                  d ->
                      !d.qualifiedName().equals(name)
                          && concepts.normalizer().normalize(d.simpleName()).equals(key))
              .findFirst();
      if (namesake.isEmpty()) {
        namesake = result(concepts, type, key);
      }
      if (namesake.isPresent()) {
        return "Not reported: its name matches "
            + namesake.get().qualifiedName()
            + ", but they share too little ("
            + concepts.similarity(type, namesake.get())
            + ") and inherit nothing from each other; ssot does not flag"
            + " duplicates on names alone.";
      }
      return "Not part of any concept: no other main-source definition shares its normalised name '"
          + key
          + "', nothing re-exports it, and config declares no concept for it.";
    }
    Concept c = concept.get();
    if (c.canonical().equals(name)) {
      String reason = c.declared() ? "" : concepts.canonicalReason(c);
      return "The canonical definition of "
          + c.name()
          + (c.declared() ? " (declared in config)." : " (" + c.why() + ")")
          + (reason.isEmpty() ? (c.declared() ? "" : ".") : "; chosen for: " + reason + ".");
    }
    Optional<Concept.Duplicate> duplicate = c.duplicateOf(name);
    if (duplicate.isPresent()) {
      Concept.Duplicate d = duplicate.get();
      if (d.root().qualifiedName().equals(name)) {
        return "Reported by duplicate-type: a second definition of "
            + c.name()
            + " beside "
            + c.canonical()
            + " ("
            + d.similarity()
            + ")"
            + (c.declared() ? ", declared a member in config." : ".")
            + graph
                .type(c.canonical())
                .filter(canonical -> !c.declared())
                .map(canonical -> concepts.canonicalReason(canonical, List.of(canonical, type)))
                .filter(reason -> !reason.isEmpty())
                .map(reason -> " " + c.canonical() + " is canonical: " + reason + ".")
                .orElse("");
      }
      return "Part of a second definition of "
          + c.name()
          + ": it extends or implements "
          + d.root().qualifiedName()
          + ", which duplicate-type reports; code that imports it is reported by non-canonical-import.";
    }
    Optional<String> apart = setAsideVerdict(graph, concepts, type);
    if (apart.isPresent()) {
      return apart.get();
    }
    return "Not reported: it is related to the canonical "
        + c.canonical()
        + " by inheritance, so they are one"
        + " family (a base and its implementation, or implementations of one interface).";
  }

  /**
   * The verdict on a type in a group of copies no concept names (the same qualified name defined
   * twice, copied bodies): which copy is canonical, and why.
   */
  private static Optional<String> copyVerdict(
      dev.ssot.core.graph.CodeGraph graph, Concepts concepts, TypeDecl type) {
    for (DuplicateGroup group : DuplicateFinder.find(graph, concepts)) {
      if (group.members().stream().noneMatch(m -> m == type)) {
        continue;
      }
      TypeDecl canonical = group.canonical();
      if (canonical == type) {
        String reason = concepts.canonicalReason(canonical, group.members());
        return Optional.of(
            "The canonical one of "
                + group.members().size()
                + " copies"
                + (reason.isEmpty() ? "." : "; chosen for: " + reason + "."));
      }
      String reason = concepts.canonicalReason(canonical, List.of(canonical, type));
      return Optional.of(
          "Reported by duplicate-type: a copy of "
              + canonical.qualifiedName()
              + " at "
              + canonical.location().path()
              + ", which is canonical"
              + (reason.isEmpty() ? "." : ": " + reason + "."));
    }
    return Optional.empty();
  }

  /**
   * The verdict on a type that looks like another one but is bound to different things (see {@link
   * DuplicateFinder.SetAside}): what each names that the other does not.
   */
  private static Optional<String> setAsideVerdict(
      dev.ssot.core.graph.CodeGraph graph, Concepts concepts, TypeDecl type) {
    List<DuplicateFinder.SetAside> apart = DuplicateFinder.setAside(graph, concepts, type);
    if (apart.isEmpty()) {
      return Optional.empty();
    }
    DuplicateFinder.SetAside first = apart.get(0);
    boolean isA = first.a() == type;
    TypeDecl other = isA ? first.b() : first.a();
    return Optional.of(
        "Not reported: it looks like "
            + other.qualifiedName()
            + ", but "
            + first.reason()
            + "; it names "
            + names(isA ? first.onlyA() : first.onlyB())
            + " where the other names "
            + names(isA ? first.onlyB() : first.onlyA())
            + (apart.size() > 1
                ? " (and " + (apart.size() - 1) + " more such look-alikes)."
                : "."));
  }

  /** Up to three bound names, sorted, the mark of outside names dropped. */
  private static String names(java.util.Set<String> bound) {
    List<String> sorted =
        bound.stream().map(n -> n.startsWith("~") ? n.substring(1) : n).sorted().toList();
    String shown = String.join(", ", sorted.subList(0, Math.min(3, sorted.size())));
    return sorted.size() > 3 ? shown + " and " + (sorted.size() - 3) + " more" : shown;
  }

  /** Another declared type of the analysed code whose normalised name is {@code key}. */
  private static Optional<TypeDecl> result(Concepts concepts, TypeDecl type, String key) {
    return concepts.namesakesOf(type).stream().findFirst();
  }
}
