package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.TypeUse;
import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.TypeDecl;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The concepts of a codebase: declared in config, or inferred from definitions whose normalised
 * names match. Also the role of every type and the queries rules need (inheritance relation,
 * similarity, re-export chains). Built once per analysis.
 */
public final class Concepts {

  /** Package segments that never hold an inferred concept's canonical definition, if avoidable. */
  static final Set<String> NON_CANONICAL_SEGMENTS = Set.of("legacy", "compat", "deprecated", "internal", "old");

  private final CodeGraph graph;
  private final Classifier classifier;
  private final Map<String, TypeRole> roles;
  private final NameNormalizer normalizer;
  private final List<Concept> concepts = new ArrayList<>();
  private final Map<String, Concept> byMember = new HashMap<>();
  private final List<ConceptDeclaration> unmatched = new ArrayList<>();
  private final Map<String, Set<String>> ancestors = new HashMap<>();

  private Concepts(CodeGraph graph, List<ConceptDeclaration> declarations, List<String> affixes) {
    this.graph = graph;
    this.normalizer = new NameNormalizer(affixes);
    Set<String> declaredImports = new HashSet<>();
    declarations.forEach(d -> declaredImports.add(d.importPath()));
    this.classifier = new Classifier(graph, normalizer, declaredImports);
    this.roles = classifier.classifyAll();
    build(declarations);
  }

  /**
   * Builds the concepts.
   *
   * @param declarations concepts declared in config
   * @param affixes the affixes stripped when normalising names ({@link NameNormalizer#DEFAULT_AFFIXES})
   */
  public static Concepts build(CodeGraph graph, List<ConceptDeclaration> declarations, List<String> affixes) {
    return new Concepts(graph, declarations, affixes);
  }

  /** Every concept, sorted by canonical name. */
  public List<Concept> all() {
    return concepts;
  }

  /** The concept a type belongs to (as definition, alias, shim or test double). */
  public Optional<Concept> conceptOf(String qualifiedName) {
    return Optional.ofNullable(byMember.get(qualifiedName));
  }

  /** The role of a declared type. */
  public Optional<TypeRole> roleOf(String qualifiedName) {
    return Optional.ofNullable(roles.get(qualifiedName));
  }

  /** Declarations whose canonical type is not in the analysed code. */
  public List<ConceptDeclaration> unmatched() {
    return List.copyOf(unmatched);
  }

  /** The normaliser in use. */
  public NameNormalizer normalizer() {
    return normalizer;
  }

  /** Whether one type extends or implements the other, directly or not. */
  public boolean inherits(String type, String ancestor) {
    return ancestorsOf(type).contains(ancestor);
  }

  /** Every declared supertype of a type, transitively. */
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
      for (String supertype : classifier.supertypesOf(decl.get())) {
        if (result.add(supertype)) {
          work.add(supertype);
        }
      }
    }
    ancestors.put(type, result);
    return result;
  }

  /** The declared supertypes of a type, resolved, in declaration order. */
  public List<String> supertypesOf(TypeDecl type) {
    return classifier.supertypesOf(type);
  }

  /** How many non-private member names two types share. */
  public Similarity similarity(TypeDecl a, TypeDecl b) {
    Set<String> left = methodNames(a);
    Set<String> right = methodNames(b);
    if (left.isEmpty() && right.isEmpty()) {
      left = fieldNames(a);
      right = fieldNames(b);
    }
    Set<String> union = new HashSet<>(left);
    union.addAll(right);
    Set<String> shared = new HashSet<>(left);
    shared.retainAll(right);
    return new Similarity(shared.size(), union.size());
  }

  /** Non-private, non-constructor method names. */
  public static Set<String> methodNames(TypeDecl type) {
    Set<String> names = new java.util.TreeSet<>();
    for (MethodDecl method : type.methods()) {
      if (!method.isConstructor() && !method.modifiers().contains("private")) {
        names.add(method.name());
      }
    }
    return names;
  }

  private static Set<String> fieldNames(TypeDecl type) {
    Set<String> names = new java.util.TreeSet<>();
    for (FieldDecl field : type.fields()) {
      if (!field.modifiers().contains("private") || type.kind() == dev.ssot.core.model.TypeKind.RECORD) {
        names.add(field.name());
      }
    }
    return names;
  }

  /** The chain of re-exports from a type to the definition it ends at (the type itself first). */
  public List<TypeRole> chainOf(String qualifiedName) {
    List<TypeRole> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = qualifiedName;
    while (current != null && seen.add(current)) {
      TypeRole role = roles.get(current);
      if (role == null) {
        break;
      }
      chain.add(role);
      current = role.role().isReExport() ? role.target() : null;
    }
    return chain;
  }

  /** How often code outside a type reaches it (imports and references from other top-level types). */
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

  private boolean isTest(TypeDecl type) {
    return graph.file(type.location().path()).map(FileFacts::test).orElse(false);
  }

  private void build(List<ConceptDeclaration> declarations) {
    List<TypeDecl> mainDefinitions = new ArrayList<>();
    for (TypeDecl type : graph.types()) {
      TypeRole role = roles.get(type.qualifiedName());
      if (role != null && role.type() == type && role.role() == Role.DEFINITION && !isTest(type)) {
        mainDefinitions.add(type);
      }
    }
    Set<String> claimed = new HashSet<>();
    List<Draft> drafts = new ArrayList<>();
    for (ConceptDeclaration declaration : declarations) {
      Optional<TypeDecl> canonical = graph.type(declaration.canonical());
      if (canonical.isEmpty()) {
        unmatched.add(declaration);
        continue;
      }
      List<PathMatcher> globs = declaration.members().stream()
          .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
      String key = normalizer.normalize(canonical.get().simpleName());
      Draft draft = new Draft(declaration.name(), true, declaration);
      draft.definitions.add(canonical.get());
      for (TypeDecl type : mainDefinitions) {
        if (type == canonical.get()) {
          continue;
        }
        String simple = type.simpleName();
        boolean member = globs.isEmpty() ? normalizer.normalize(simple).equals(key)
            : globs.stream().anyMatch(g -> g.matches(Path.of(simple)));
        if (member) {
          draft.definitions.add(type);
        }
      }
      draft.definitions.forEach(d -> claimed.add(d.qualifiedName()));
      draft.canonical = canonical.get().qualifiedName();
      drafts.add(draft);
    }
    TreeMap<String, List<TypeDecl>> groups = new TreeMap<>();
    for (TypeDecl type : mainDefinitions) {
      if (!claimed.contains(type.qualifiedName())) {
        groups.computeIfAbsent(normalizer.normalize(type.simpleName()), k -> new ArrayList<>()).add(type);
      }
    }
    Map<String, Draft> inferredByDefinition = new HashMap<>();
    for (Map.Entry<String, List<TypeDecl>> group : groups.entrySet()) {
      Draft draft = new Draft(null, false, null);
      draft.definitions.addAll(group.getValue());
      draft.key = group.getKey();
      for (TypeDecl definition : group.getValue()) {
        inferredByDefinition.put(definition.qualifiedName(), draft);
      }
      drafts.add(draft);
    }
    Map<String, Draft> draftOf = new HashMap<>();
    for (Draft draft : drafts) {
      for (TypeDecl definition : draft.definitions) {
        draftOf.putIfAbsent(definition.qualifiedName(), draft);
      }
    }
    for (TypeRole role : sortedRoles()) {
      if (role.role().isReExport() && !isTest(role.type())) {
        List<TypeRole> chain = chainOf(role.name());
        TypeRole end = chain.get(chain.size() - 1);
        Draft draft = end.role() == Role.DEFINITION ? draftOf.get(end.name()) : null;
        if (draft != null) {
          draft.reExports.add(role);
        }
      }
    }
    for (TypeRole role : sortedRoles()) {
      if (role.role() != Role.TEST_DOUBLE) {
        continue;
      }
      Draft draft = null;
      if (role.target() != null) {
        List<TypeRole> chain = chainOf(role.target());
        draft = chain.isEmpty() ? null : draftOf.get(chain.get(chain.size() - 1).name());
      }
      if (draft == null) {
        List<TypeDecl> named = groups.get(normalizer.normalizeTestDouble(role.type().simpleName()));
        draft = named == null ? null : draftOf.get(named.get(0).qualifiedName());
      }
      if (draft != null) {
        draft.testDoubles.add(role);
      }
    }
    for (Draft draft : drafts) {
      boolean keep = draft.declared || draft.definitions.size() > 1 || !draft.reExports.isEmpty();
      if (!keep) {
        continue;
      }
      if (draft.canonical == null) {
        draft.canonical = chooseCanonical(draft.definitions).qualifiedName();
      }
      TypeDecl canonical = graph.type(draft.canonical).orElseThrow();
      draft.definitions.sort(Comparator.comparing(TypeDecl::qualifiedName));
      draft.reExports.sort(Comparator.comparing(TypeRole::name));
      draft.testDoubles.sort(Comparator.comparing(TypeRole::name));
      String name = draft.name != null ? draft.name : canonical.simpleName();
      String why = draft.declared
          ? (draft.declaration.members().isEmpty() ? "declared in config; members share the normalised name '"
              + normalizer.normalize(canonical.simpleName()) + "'" : "declared in config; members match "
              + String.join(", ", draft.declaration.members()))
          : draft.definitions.size() > 1 ? "inferred: definitions share the normalised name '" + draft.key + "'"
          : "inferred: re-exported under other names";
      Concept concept = new Concept(name, draft.declared, draft.canonical,
          draft.declared ? draft.declaration.importPath() : draft.canonical,
          draft.definitions, draft.reExports, draft.testDoubles,
          draft.declared ? draft.declaration.factory() : null, why);
      concepts.add(concept);
      for (TypeDecl definition : concept.definitions()) {
        byMember.putIfAbsent(definition.qualifiedName(), concept);
      }
      concept.reExports().forEach(r -> byMember.putIfAbsent(r.name(), concept));
      concept.testDoubles().forEach(r -> byMember.putIfAbsent(r.name(), concept));
    }
    concepts.sort(Comparator.comparing(Concept::canonical).thenComparing(Concept::name));
  }

  private List<TypeRole> sortedRoles() {
    return roles.values().stream().sorted(Comparator.comparing(TypeRole::name)).toList();
  }

  /**
   * The canonical definition of an inferred concept: outside packages named legacy, compat,
   * deprecated, internal or old if possible; then the most used; then not deprecated; then the
   * shortest name; then the first by qualified name.
   */
  private TypeDecl chooseCanonical(List<TypeDecl> definitions) {
    Comparator<TypeDecl> order = Comparator
        .comparing((TypeDecl d) -> inNonCanonicalPackage(d) ? 1 : 0)
        .thenComparing(Comparator.comparingInt(this::useCount).reversed())
        .thenComparing(d -> d.deprecated() ? 1 : 0)
        .thenComparingInt(d -> d.simpleName().length())
        .thenComparing(TypeDecl::qualifiedName);
    return definitions.stream().min(order).orElseThrow();
  }

  static boolean inNonCanonicalPackage(TypeDecl type) {
    for (String segment : type.packageName().split("\\.")) {
      if (NON_CANONICAL_SEGMENTS.contains(segment)) {
        return true;
      }
    }
    return false;
  }

  private static final class Draft {
    final String name;
    final boolean declared;
    final ConceptDeclaration declaration;
    final List<TypeDecl> definitions = new ArrayList<>();
    final List<TypeRole> reExports = new ArrayList<>();
    final List<TypeRole> testDoubles = new ArrayList<>();
    String canonical;
    String key;

    Draft(String name, boolean declared, ConceptDeclaration declaration) {
      this.name = name;
      this.declared = declared;
      this.declaration = declaration;
    }
  }
}
