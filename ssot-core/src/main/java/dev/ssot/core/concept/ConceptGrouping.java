package dev.ssot.core.concept;

import dev.ssot.core.config.ConceptDeclaration;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.TypeDecl;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups main-source definitions into concepts. Declared concepts take their members from config
 * (member globs, else the canonical type's normalised name); inferred ones group the remaining
 * definitions by normalised name within one namespace. Each group is split into {@link Families};
 * aliases and shims join the concept their re-export chain ends in, test doubles the concept they
 * stand in for or are named after.
 */
final class ConceptGrouping {

  /**
   * What grouping found.
   *
   * @param concepts every concept, sorted by canonical name
   * @param byMember the concept of every definition, alias, shim and test double in one
   * @param unmatched declarations whose canonical type is not in the analysed code
   * @param problems declarations that name things that do not fit
   */
  record Result(
      List<Concept> concepts,
      Map<String, Concept> byMember,
      List<ConceptDeclaration> unmatched,
      List<Concepts.DeclarationProblem> problems) {}

  private final CodeGraph graph;
  private final TypeRoles roles;
  private final NameNormalizer normalizer;
  private final Inheritance inheritance;
  private final CanonicalChoice canonicals;
  private final Families families;
  private final DeclaredNames names;
  private final List<Concepts.DeclarationProblem> problems = new ArrayList<>();

  ConceptGrouping(
      CodeGraph graph,
      TypeRoles roles,
      NameNormalizer normalizer,
      Inheritance inheritance,
      CanonicalChoice canonicals,
      Families families) {
    this.graph = graph;
    this.roles = roles;
    this.normalizer = normalizer;
    this.inheritance = inheritance;
    this.canonicals = canonicals;
    this.families = families;
    this.names = new DeclaredNames(graph);
  }

  /** Whether the type is declared in a test source. */
  static boolean isTest(CodeGraph graph, TypeDecl type) {
    return graph.file(type.location().path()).map(FileFacts::test).orElse(false);
  }

  Result group(List<ConceptDeclaration> declarations) {
    List<TypeDecl> mainDefinitions = new ArrayList<>();
    for (TypeDecl type : graph.types()) {
      TypeRole role = roles.roleOf(type.qualifiedName()).orElse(null);
      if (role != null
          && role.type() == type
          && role.role() == Role.DEFINITION
          && !isTest(graph, type)) {
        mainDefinitions.add(type);
      }
    }
    List<ConceptDeclaration> unmatched = new ArrayList<>();
    List<Draft> drafts = declared(declarations, mainDefinitions, unmatched);
    Set<String> claimed = new HashSet<>();
    drafts.forEach(d -> d.definitions.forEach(t -> claimed.add(t.qualifiedName())));
    drafts.addAll(inferred(mainDefinitions, claimed));
    for (Draft draft : drafts) {
      if (draft.canonical == null) {
        draft.canonical = canonicals.chooseCanonical(draft.definitions).qualifiedName();
      }
      Families.Split split = families.split(draft.definitions, draft.canonical, draft.declared);
      draft.definitions = new ArrayList<>(split.definitions());
      draft.family = split.family();
      draft.duplicates = new ArrayList<>(split.duplicates());
    }
    Map<String, Draft> draftOf = new HashMap<>();
    for (Draft draft : drafts) {
      for (TypeDecl definition : draft.definitions) {
        draftOf.putIfAbsent(definition.qualifiedName(), draft);
      }
    }
    for (TypeRole role : roles.sorted()) {
      if (role.role().isReExport() && !isTest(graph, role.type())) {
        List<TypeRole> chain = roles.chainOf(role.name());
        TypeRole end = chain.get(chain.size() - 1);
        Draft draft = end.role() == Role.DEFINITION ? draftOf.get(end.name()) : null;
        if (draft != null) {
          draft.reExports.add(role);
        }
      }
    }
    new TestDoubleMatching(graph, roles, normalizer)
        .attach(drafts, d -> d.canonical, draftOf, (d, role) -> d.testDoubles.add(role));
    List<Concept> concepts = new ArrayList<>();
    Map<String, Concept> byMember = new HashMap<>();
    for (Draft draft : drafts) {
      boolean keep = draft.declared || draft.definitions.size() > 1 || !draft.reExports.isEmpty();
      if (keep) {
        Concept concept = assemble(draft);
        concepts.add(concept);
        for (TypeDecl definition : concept.definitions()) {
          byMember.putIfAbsent(definition.qualifiedName(), concept);
        }
        concept.reExports().forEach(r -> byMember.putIfAbsent(r.name(), concept));
        concept.testDoubles().forEach(r -> byMember.putIfAbsent(r.name(), concept));
      }
    }
    concepts.sort(Comparator.comparing(Concept::canonical).thenComparing(Concept::name));
    return new Result(concepts, byMember, unmatched, List.copyOf(problems));
  }

  /** One draft per declaration whose canonical type exists; the others go to {@code unmatched}. */
  private List<Draft> declared(
      List<ConceptDeclaration> declarations,
      List<TypeDecl> mainDefinitions,
      List<ConceptDeclaration> unmatched) {
    List<Draft> drafts = new ArrayList<>();
    for (ConceptDeclaration declaration : declarations) {
      Optional<TypeDecl> canonical = Optional.ofNullable(declaredCanonical(declaration, unmatched));
      if (canonical.isEmpty()) {
        continue;
      }
      List<PathMatcher> globs =
          declaration.members().stream()
              .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
              .toList();
      String key = normalizer.normalize(canonical.get().simpleName());
      Draft draft = new Draft(declaration.name(), true, declaration);
      draft.definitions.add(canonical.get());
      for (TypeDecl type : mainDefinitions) {
        if (type == canonical.get()) {
          continue;
        }
        String simple = type.simpleName();
        boolean member =
            globs.isEmpty()
                ? normalizer.normalize(simple).equals(key)
                : globs.stream().anyMatch(g -> g.matches(Path.of(simple)));
        if (member) {
          draft.definitions.add(type);
        }
      }
      draft.canonical = canonical.get().qualifiedName();
      drafts.add(draft);
    }
    return drafts;
  }

  /** Drafts of the unclaimed definitions, grouped by normalised name and namespace. */
  private List<Draft> inferred(List<TypeDecl> mainDefinitions, Set<String> claimed) {
    TreeMap<String, List<TypeDecl>> groups = new TreeMap<>();
    for (TypeDecl type : mainDefinitions) {
      if (!claimed.contains(type.qualifiedName())) {
        groups
            .computeIfAbsent(
                normalizer.normalize(type.simpleName()) + "@" + namespaceOf(type),
                k -> new ArrayList<>())
            .add(type);
      }
    }
    mergeDeprecatedAcrossNamespaces(groups);
    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<String, List<TypeDecl>> group : groups.entrySet()) {
      Draft draft = new Draft(null, false, null);
      draft.definitions.addAll(group.getValue());
      draft.key = group.getKey().substring(0, group.getKey().lastIndexOf('@'));
      drafts.add(draft);
    }
    return drafts;
  }

  /**
   * A deprecated copy often moved namespace with its replacement ({@code junit.framework.Assert} →
   * {@code org.junit.Assert}): groups of one name in different namespaces are merged when one of
   * them holds a deprecated definition.
   */
  private void mergeDeprecatedAcrossNamespaces(TreeMap<String, List<TypeDecl>> groups) {
    Map<String, List<String>> byName = new TreeMap<>();
    for (String key : groups.keySet()) {
      byName
          .computeIfAbsent(key.substring(0, key.lastIndexOf('@')), k -> new ArrayList<>())
          .add(key);
    }
    for (Map.Entry<String, List<String>> entry : byName.entrySet()) {
      List<String> keys = entry.getValue();
      if (keys.size() < 2
          || keys.stream()
              .flatMap(k -> groups.get(k).stream())
              .noneMatch(inheritance::effectivelyDeprecated)) {
        continue;
      }
      List<TypeDecl> merged = new ArrayList<>();
      keys.forEach(k -> merged.addAll(groups.remove(k)));
      groups.put(entry.getKey() + "@*", merged);
    }
  }

  private Concept assemble(Draft draft) {
    TypeDecl canonical = graph.type(draft.canonical).orElseThrow();
    draft.definitions.sort(Comparator.comparing(TypeDecl::qualifiedName));
    draft.reExports.sort(Comparator.comparing(TypeRole::name));
    draft.testDoubles.sort(Comparator.comparing(TypeRole::name));
    String name = draft.name != null ? draft.name : canonicals.conceptName(canonical);
    String boundAs =
        draft.declared && !draft.declaration.canonical().equals(draft.canonical)
            ? "; canonical '"
                + draft.declaration.canonical()
                + "' is bound to '"
                + draft.canonical
                + "'"
                + names
                    .resolve(draft.declaration.canonical())
                    .map(DeclaredNames.Denoted::hops)
                    .filter(h -> !h.isEmpty())
                    .map(h -> " (" + h + ")")
                    .orElse("")
            : "";
    String why =
        draft.declared
            ? (draft.declaration.members().isEmpty()
                ? "declared in config; members share the normalised name '"
                    + normalizer.normalize(canonical.simpleName())
                    + "'"
                : "declared in config; members match "
                    + String.join(", ", draft.declaration.members()))
            : draft.definitions.size() > 1
                ? "inferred: definitions share the normalised name '" + draft.key + "'"
                : "inferred: re-exported under other names";
    draft.duplicates.sort(Comparator.comparing(d -> d.root().qualifiedName()));
    return new Concept(
        name,
        draft.declared,
        draft.canonical,
        draft.declared
            ? draft.declaration.importPath()
            : canonicals.importPathOf(canonical, draft.reExports),
        draft.definitions,
        draft.reExports,
        draft.testDoubles,
        draft.declared ? draft.declaration.factory() : null,
        why + boundAs,
        draft.family,
        draft.duplicates);
  }

  /**
   * The declared canonical type, following a module binding (a public alias or re-export) to the
   * class it denotes; checks that the declared import path denotes that definition too. Null, with
   * the problem recorded (or the declaration in {@code unmatched}), when it does not fit.
   */
  private TypeDecl declaredCanonical(
      ConceptDeclaration declaration, List<ConceptDeclaration> unmatched) {
    Optional<DeclaredNames.Denoted> denoted = names.resolve(declaration.canonical());
    if (denoted.isEmpty()) {
      unmatched.add(declaration);
      return null;
    }
    if (denoted.get().type() == null) {
      String hops = denoted.get().hops();
      problems.add(
          new Concepts.DeclarationProblem(
              declaration,
              declaration.key() + ".canonical",
              "'"
                  + declaration.canonical()
                  + "' binds "
                  + denoted.get().description()
                  + (hops.isEmpty() ? "" : " (" + hops + ")")
                  + ", not a class; name the class, or a name bound to it"));
      return null;
    }
    TypeDecl canonical = denoted.get().type();
    if (declaration.importPath().equals(declaration.canonical())) {
      return canonical;
    }
    Optional<DeclaredNames.Denoted> imported = names.resolve(declaration.importPath());
    if (imported.isEmpty()) {
      return canonical; // not in the analysed code: nothing to compare
    }
    TypeDecl importedType = imported.get().type();
    String other = null;
    if (importedType != null && !leadsTo(importedType, canonical)) {
      other = "'" + importedType.qualifiedName() + "' (" + where(importedType) + ")";
    } else if (importedType == null
        && imported.get().binding() != null
        && imported.get().binding().kind() != ModuleScope.Kind.UNKNOWN
        && imported.get().binding().kind() != ModuleScope.Kind.DYNAMIC) {
      other = imported.get().description();
    }
    if (other != null) {
      problems.add(
          new Concepts.DeclarationProblem(
              declaration,
              declaration.key() + ".import",
              "'"
                  + declaration.importPath()
                  + "' binds "
                  + other
                  + ", not the canonical '"
                  + canonical.qualifiedName()
                  + "' ("
                  + where(canonical)
                  + "); import and canonical must denote one definition"));
      return null;
    }
    return canonical;
  }

  /** Whether a type is the target or re-exports it (alias, shim), through any chain. */
  private boolean leadsTo(TypeDecl type, TypeDecl target) {
    if (type == target) {
      return true;
    }
    List<TypeRole> chain = roles.chainOf(type.qualifiedName());
    return !chain.isEmpty() && chain.get(chain.size() - 1).name().equals(target.qualifiedName());
  }

  private static String where(TypeDecl type) {
    return type.location().path() + ":" + type.location().line();
  }

  private String namespaceOf(TypeDecl type) {
    return graph.traits(type).namespace(type);
  }

  private static final class Draft {
    final String name;
    final boolean declared;
    final ConceptDeclaration declaration;
    List<TypeDecl> definitions = new ArrayList<>();
    final List<TypeRole> reExports = new ArrayList<>();
    final List<TypeRole> testDoubles = new ArrayList<>();
    List<String> family = new ArrayList<>();
    List<Concept.Duplicate> duplicates = new ArrayList<>();
    String canonical;
    String key;

    Draft(String name, boolean declared, ConceptDeclaration declaration) {
      this.name = name;
      this.declared = declared;
      this.declaration = declaration;
    }
  }
}
