package dev.ssot.core.concept;

import dev.ssot.core.config.ConceptDeclaration;
import dev.ssot.core.config.SsotConfig;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.LanguageTraits;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.graph.TypeUse;
import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
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
  static final Set<String> NON_CANONICAL_SEGMENTS =
      Set.of("legacy", "compat", "deprecated", "internal", "old");

  private final CodeGraph graph;
  private final Classifier classifier;
  private final Map<String, TypeRole> roles;
  private final NameNormalizer normalizer;
  private final List<Concept> concepts = new ArrayList<>();
  private final Map<String, Concept> byMember = new HashMap<>();
  private final List<ConceptDeclaration> unmatched = new ArrayList<>();
  private final List<DeclarationProblem> problems = new ArrayList<>();
  private final Map<String, Set<String>> ancestors = new HashMap<>();

  private final double minSharedMembers;

  private Concepts(
      CodeGraph graph,
      List<ConceptDeclaration> declarations,
      List<String> affixes,
      double minSharedMembers) {
    this.graph = graph;
    this.minSharedMembers = minSharedMembers;
    this.normalizer = new NameNormalizer(affixes);
    Set<String> declaredImports = new HashSet<>();
    declarations.forEach(d -> declaredImports.add(d.importPath()));
    this.classifier = new Classifier(graph, normalizer, declaredImports);
    this.roles = classifier.classifyAll();
    build(declarations);
  }

  /** The share of member names an inferred same-named definition must have in common by default. */
  public static final double DEFAULT_MIN_SHARED_MEMBERS = SsotConfig.DEFAULT_MIN_SHARED_MEMBERS;

  /**
   * Builds the concepts.
   *
   * @param declarations concepts declared in config
   * @param affixes the affixes stripped when normalising names ({@link
   *     NameNormalizer#DEFAULT_AFFIXES})
   * @param minSharedMembers for inferred concepts, the share of member names a definition with the
   *     very same simple name must have in common with the canonical type to count as a duplicate
   */
  public static Concepts build(
      CodeGraph graph,
      List<ConceptDeclaration> declarations,
      List<String> affixes,
      double minSharedMembers) {
    return new Concepts(graph, declarations, affixes, minSharedMembers);
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

  /**
   * Other main-source definitions whose normalised simple name equals the type's, sorted by name.
   */
  public List<TypeDecl> namesakesOf(TypeDecl type) {
    String key = normalizer.normalize(type.simpleName());
    List<TypeDecl> namesakes = new ArrayList<>();
    for (TypeDecl other : graph.types()) {
      TypeRole role = roles.get(other.qualifiedName());
      if (other != type
          && role != null
          && role.role() == Role.DEFINITION
          && !isTest(other)
          && normalizer.normalize(other.simpleName()).equals(key)
          && namespaceOf(other).equals(namespaceOf(type))) {
        namesakes.add(other);
      }
    }
    namesakes.sort(Comparator.comparing(TypeDecl::qualifiedName));
    return namesakes;
  }

  /** Whether the type is an alias or a shim. */
  public boolean isReExport(String qualifiedName) {
    TypeRole role = roles.get(qualifiedName);
    return role != null && role.role().isReExport();
  }

  /** Declarations whose canonical type is not in the analysed code. */
  public List<ConceptDeclaration> unmatched() {
    return List.copyOf(unmatched);
  }

  /**
   * A declaration that names things that do not fit: a {@code canonical:} that binds no class, an
   * {@code import:} that binds another definition than the canonical one.
   *
   * @param declaration the concept as declared
   * @param key the offending key ({@code concepts[0].import})
   * @param problem what is wrong, naming both ends
   */
  public record DeclarationProblem(ConceptDeclaration declaration, String key, String problem) {}

  /** Declarations that name things that do not fit, in declaration order. */
  public List<DeclarationProblem> declarationProblems() {
    return List.copyOf(problems);
  }

  /**
   * The declared canonical type, following a module binding (a public alias or re-export) to the
   * class it denotes; checks that the declared import path denotes that definition too. Null, with
   * the problem recorded, when it does not fit.
   */
  private TypeDecl declaredCanonical(ConceptDeclaration declaration, DeclaredNames names) {
    Optional<DeclaredNames.Denoted> denoted = names.resolve(declaration.canonical());
    if (denoted.isEmpty()) {
      unmatched.add(declaration);
      return null;
    }
    if (denoted.get().type() == null) {
      String hops = denoted.get().hops();
      problems.add(
          new DeclarationProblem(
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
          new DeclarationProblem(
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
    List<TypeRole> chain = chainOf(type.qualifiedName());
    return !chain.isEmpty() && chain.get(chain.size() - 1).name().equals(target.qualifiedName());
  }

  private static String where(TypeDecl type) {
    return type.location().path() + ":" + type.location().line();
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

  /** Methods every class has: sharing them says nothing. */
  static final Set<String> OBJECT_METHODS =
      Set.of("equals/1", "hashCode/0", "toString/0", "clone/0", "finalize/0");

  /**
   * What two types share: their non-private methods compared by signature (name, parameter and
   * return types by simple name), leaving out {@code Object}'s methods, the methods both inherit
   * from a common declared supertype (compared by name and arity, so renamed type parameters do not
   * hide them), and {@code @Override}s of a supertype outside the analysed code that both name —
   * all of that is a shared contract, not duplication. A deprecated side keeps its inherited
   * methods: a deprecated copy of a subclass is still a copy. When nothing is left, constructors
   * are compared, then non-private field names.
   */
  public Similarity similarity(TypeDecl a, TypeDecl b) {
    boolean deprecatedCopy = effectivelyDeprecated(a) || effectivelyDeprecated(b);
    if (!deprecatedCopy
        && !graph.traits(a).overridesMarked()
        && !graph.traits(b).overridesMarked()
        && polymorphicSiblings(a, b)) {
      // Where overrides are not marked, two same-named subclasses of one base (a migration, a
      // command, a dialect's VARCHAR) share only what the base asks of them.
      Set<String> union = methodKeys(a);
      union.addAll(methodKeys(b));
      return new Similarity(0, union.size(), Math.min(methodKeys(a).size(), methodKeys(b).size()));
    }
    // A deprecated copy is compared with everything the other side offers, inherited methods too
    // (the live version often moved code into a base class).
    Set<String> left = deprecatedCopy ? apiKeys(a) : methodKeys(a);
    Set<String> right = deprecatedCopy ? apiKeys(b) : methodKeys(b);
    // What both inherit from one declared ancestor is a shared contract. For a deprecated copy
    // only what neither of them declares again: tkinter.tix.LabelFrame and tkinter.LabelFrame
    // both inherit tkinter.Misc's API, while a copied compiler class overrides its base's
    // methods with the same code in both places.
    Set<String> common = new HashSet<>(ancestorsOf(a.qualifiedName()));
    common.retainAll(ancestorsOf(b.qualifiedName()));
    Set<String> contract = new HashSet<>();
    for (String ancestor : common) {
      graph.type(ancestor).ifPresent(t -> t.methods().forEach(m -> contract.add(arity(m))));
    }
    if (deprecatedCopy) {
      Set<String> redeclared = new HashSet<>();
      a.methods().forEach(m -> redeclared.add(arity(m)));
      Set<String> inB = new HashSet<>();
      b.methods().forEach(m -> inB.add(arity(m)));
      redeclared.retainAll(inB);
      contract.removeAll(redeclared);
    }
    Set<String> external = externalSupertypes(a);
    external.retainAll(externalSupertypes(b));
    if (!deprecatedCopy && !external.isEmpty()) {
      a.methods().stream().filter(MethodDecl::overrides).forEach(m -> contract.add(arity(m)));
      b.methods().stream().filter(MethodDecl::overrides).forEach(m -> contract.add(arity(m)));
    }
    left.removeIf(key -> contract.contains(arityOf(key)));
    right.removeIf(key -> contract.contains(arityOf(key)));
    boolean fieldOnlyByDesign = graph.traits(a).fieldOnlyTypesShareByDesign();
    if (left.isEmpty() && right.isEmpty() && !fieldOnlyByDesign) {
      left = constructorKeys(a);
      right = constructorKeys(b);
    }
    if (left.isEmpty() && right.isEmpty() && !fieldOnlyByDesign) {
      // where classes made of fields only share field names by design, names are no evidence
      left = fieldNames(a);
      right = fieldNames(b);
    }
    Set<String> union = new HashSet<>(left);
    union.addAll(right);
    Set<String> shared = new HashSet<>(left);
    shared.retainAll(right);
    return new Similarity(shared.size(), union.size(), Math.min(left.size(), right.size()));
  }

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

  /**
   * Whether two classes both derive from one concrete class (declared here and not a protocol or
   * ABC) or name the same base from outside the analysed code.
   */
  boolean polymorphicSiblings(TypeDecl a, TypeDecl b) {
    Set<String> common = new HashSet<>(ancestorsOf(a.qualifiedName()));
    common.retainAll(ancestorsOf(b.qualifiedName()));
    for (String ancestor : common) {
      if (graph
          .type(ancestor)
          .map(t -> t.kind() != dev.ssot.core.model.TypeKind.INTERFACE)
          .orElse(false)) {
        return true;
      }
    }
    Set<String> external = externalSupertypes(a);
    external.retainAll(externalSupertypes(b));
    external.removeAll(PLAIN_BASES);
    return !external.isEmpty();
  }

  /** Methods a type declares or inherits from declared supertypes. */
  private Set<String> apiKeys(TypeDecl type) {
    Set<String> keys = methodKeys(type);
    for (String ancestor : ancestorsOf(type.qualifiedName())) {
      graph.type(ancestor).ifPresent(t -> keys.addAll(methodKeys(t)));
    }
    return keys;
  }

  /** Supertypes as written (simple names) that the analysed code does not declare. */
  Set<String> externalSupertypes(TypeDecl type) {
    Set<String> resolved = new HashSet<>();
    graph.supertypesOf(type.qualifiedName()).forEach(t -> resolved.add(innermost(t)));
    Set<String> external = new HashSet<>();
    for (String written : type.supertypes()) {
      String simple = innermost(written);
      if (!resolved.contains(simple)) {
        external.add(simple);
      }
    }
    return external;
  }

  private static String arity(MethodDecl method) {
    return method.name() + "/" + method.parameterTypes().size();
  }

  /** {@code name(A,B,)R} → {@code name/2}. */
  private static String arityOf(String key) {
    int open = key.indexOf('(');
    String params = key.substring(open + 1, key.indexOf(')'));
    int count = params.isEmpty() ? 0 : params.split(",", -1).length - 1;
    return key.substring(0, open) + "/" + count;
  }

  private static Set<String> constructorKeys(TypeDecl type) {
    Set<String> keys = new HashSet<>();
    for (MethodDecl method : type.methods()) {
      if (method.isConstructor()
          && !method.modifiers().contains("private")
          && !method.parameterTypes().isEmpty()) {
        StringBuilder key = new StringBuilder("<init>(");
        method.parameterTypes().forEach(p -> key.append(simpleType(p)).append(','));
        keys.add(key.append(')').toString());
      }
    }
    return keys;
  }

  /**
   * Methods by signature as written: name, parameter types and return type, each type by its simple
   * name (so an import and a qualified name compare equal), and where types are rarely written, the
   * parameter names too. Copies keep their signatures; generated look-alikes ({@code
   * marshal(String)} vs {@code marshal(CacheMode)}) do not.
   */
  private Set<String> methodKeys(TypeDecl type) {
    LanguageTraits traits = graph.traits(type);
    Set<String> keys = new HashSet<>();
    for (MethodDecl method : type.methods()) {
      if (method.isConstructor() || method.modifiers().contains("private")) {
        continue;
      }
      if (OBJECT_METHODS.contains(method.name() + "/" + method.parameterTypes().size())) {
        continue;
      }
      if (traits.isObjectProtocol(method.name())) {
        continue; // the object protocol (__repr__, __enter__, __eq__): every class may have it
      }
      StringBuilder key = new StringBuilder(method.name()).append('(');
      boolean names = traits.parameterNamesInSignature();
      for (int i = 0; i < method.parameterTypes().size(); i++) {
        if (names && i < method.parameterNames().size()) {
          // without declared types, a copy shows in its parameter names (execute(sql, params) is
          // not
          // execute(query, args))
          key.append(method.parameterNames().get(i)).append(':');
        }
        key.append(simpleType(method.parameterTypes().get(i))).append(',');
      }
      keys.add(key.append(')').append(simpleType(method.returnType())).toString());
    }
    return keys;
  }

  private static String simpleType(String written) {
    if (written == null) {
      return "";
    }
    return written.substring(
        written.lastIndexOf('.', written.endsWith("...") ? written.length() - 4 : written.length())
            + 1);
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
      if (!field.modifiers().contains("private")
          || type.kind() == dev.ssot.core.model.TypeKind.RECORD) {
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

  boolean isTest(TypeDecl type) {
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
    DeclaredNames names = new DeclaredNames(graph);
    for (ConceptDeclaration declaration : declarations) {
      Optional<TypeDecl> canonical = Optional.ofNullable(declaredCanonical(declaration, names));
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
      draft.definitions.forEach(d -> claimed.add(d.qualifiedName()));
      draft.canonical = canonical.get().qualifiedName();
      drafts.add(draft);
    }
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
    Map<String, Draft> inferredByDefinition = new HashMap<>();
    for (Map.Entry<String, List<TypeDecl>> group : groups.entrySet()) {
      Draft draft = new Draft(null, false, null);
      draft.definitions.addAll(group.getValue());
      draft.key = group.getKey().substring(0, group.getKey().lastIndexOf('@'));
      for (TypeDecl definition : group.getValue()) {
        inferredByDefinition.put(definition.qualifiedName(), draft);
      }
      drafts.add(draft);
    }
    for (Draft draft : drafts) {
      if (draft.canonical == null) {
        draft.canonical = chooseCanonical(draft.definitions).qualifiedName();
      }
      separateFamilies(draft);
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
    // Test doubles named after a concept (MockWebSocketManager) find it by the canonical's name,
    // declared concepts included.
    Map<String, Draft> byName = new HashMap<>();
    Map<String, List<Draft>> byNameAnywhere = new HashMap<>();
    for (Draft draft : drafts) {
      graph
          .type(draft.canonical)
          .ifPresent(
              canonical -> {
                byName.putIfAbsent(
                    normalizer.normalize(canonical.simpleName()) + "@" + namespaceOf(canonical),
                    draft);
                byNameAnywhere
                    .computeIfAbsent(
                        normalizer.normalize(canonical.simpleName()), k -> new ArrayList<>())
                    .add(draft);
              });
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
      String doubled = normalizer.normalizeTestDouble(role.type().simpleName());
      if (draft == null) {
        draft = byName.get(doubled + "@" + namespaceOf(role.type()));
      }
      if (draft == null && graph.traits(role.type()).testsOutsideNamespace()) {
        // tests often live in a top-level tests/ package, outside the code's namespace: a
        // concept of that name elsewhere counts when there is exactly one
        List<Draft> candidates = byNameAnywhere.getOrDefault(doubled, List.of());
        draft = candidates.size() == 1 ? candidates.get(0) : null;
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
      TypeDecl canonical = graph.type(draft.canonical).orElseThrow();
      draft.definitions.sort(Comparator.comparing(TypeDecl::qualifiedName));
      draft.reExports.sort(Comparator.comparing(TypeRole::name));
      draft.testDoubles.sort(Comparator.comparing(TypeRole::name));
      String name = draft.name != null ? draft.name : conceptName(canonical);
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
      Concept concept =
          new Concept(
              name,
              draft.declared,
              draft.canonical,
              draft.declared
                  ? draft.declaration.importPath()
                  : importPathOf(canonical, draft.reExports),
              draft.definitions,
              draft.reExports,
              draft.testDoubles,
              draft.declared ? draft.declaration.factory() : null,
              why + boundAs,
              draft.family,
              draft.duplicates);
      concepts.add(concept);
      for (TypeDecl definition : concept.definitions()) {
        byMember.putIfAbsent(definition.qualifiedName(), concept);
      }
      concept.reExports().forEach(r -> byMember.putIfAbsent(r.name(), concept));
      concept.testDoubles().forEach(r -> byMember.putIfAbsent(r.name(), concept));
    }
    concepts.sort(Comparator.comparing(Concept::canonical).thenComparing(Concept::name));
  }

  /**
   * Splits a draft's definitions into families related by inheritance (one extends or implements
   * the other, or both a common member). The canonical type's family is the concept itself. Every
   * other family is a duplicate when config declares the concept, or — for an inferred concept —
   * when its root shares enough with the canonical type that names are not all they have in common:
   * the very same simple name needs {@code minSharedMembers} of the member names, a name that
   * differs by an affix needs one. Other families are a different thing with a similar name and
   * leave the concept.
   */
  private void separateFamilies(Draft draft) {
    List<TypeDecl> definitions = draft.definitions;
    int n = definitions.size();
    if (n == 1 && definitions.get(0).qualifiedName().equals(draft.canonical)) {
      // one definition, the canonical one: one family, and no walk up its ancestry (which made a
      // deep hierarchy quadratic: every type of a 10,000-deep chain walked all of its ancestors)
      draft.family.add(draft.canonical);
      return;
    }
    int[] parent = new int[n];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      index.put(definitions.get(i).qualifiedName(), i);
    }
    for (int i = 0; i < n; i++) {
      for (String ancestor : ancestorsOf(definitions.get(i).qualifiedName())) {
        Integer j = index.get(ancestor);
        if (j != null) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    TypeDecl canonical = graph.type(draft.canonical).orElseThrow();
    int canonicalFamily = find(parent, index.get(draft.canonical));
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
        members.forEach(m -> draft.family.add(m.qualifiedName()));
        continue;
      }
      // the family's root: the member the others extend or implement, else the first by name
      TypeDecl root =
          members.stream()
              .min(
                  Comparator.comparingInt(
                          (TypeDecl m) ->
                              (int)
                                  ancestorsOf(m.qualifiedName()).stream()
                                      .filter(index::containsKey)
                                      .count())
                      .thenComparing(TypeDecl::qualifiedName))
              .orElseThrow();
      // compare with the same-named member of the canonical family (ReferenceMap with
      // map.ReferenceMap, not with its abstract base), else with the canonical type
      TypeDecl counterpart =
          families.get(canonicalFamily).stream()
              .filter(m -> innermost(m.simpleName()).equals(innermost(root.simpleName())))
              .findFirst()
              .orElse(canonical);
      Similarity similarity = similarity(root, counterpart);
      boolean convincing =
          draft.declared
              || (!nestedInOneType(root, counterpart) && convincing(root, counterpart, similarity));
      if (convincing) {
        kept.addAll(members);
        draft.duplicates.add(new Concept.Duplicate(root, members, counterpart, similarity));
      }
    }
    kept.sort(Comparator.comparing(TypeDecl::qualifiedName));
    definitions.clear();
    definitions.addAll(kept);
  }

  /**
   * Names alone prove nothing, so an inferred duplicate must share structure too: the very same
   * (innermost) name needs {@code minSharedMembers} of the methods in common; a name that only
   * matches once affixes are stripped needs two shared methods and half of the smaller type's.
   */
  private boolean convincing(TypeDecl root, TypeDecl canonical, Similarity similarity) {
    if (graph.traits(root).structuralInterfaces()
        && graph.traits(canonical).structuralInterfaces()
        && (root.kind() == TypeKind.INTERFACE) != (canonical.kind() == TypeKind.INTERFACE)) {
      return false; // a class implements a protocol by shape, without naming it: not a copy
    }
    boolean affixMatch =
        similarity.shared() >= 2 && similarity.shared() * 2 >= similarity.smaller();
    if (innermost(root.simpleName()).equals(innermost(canonical.simpleName()))) {
      if (similarity.shared() < graph.traits(root).minSharedMethodsForSameName()) {
        return false; // one shared method name (`run`, `get`) may be a convention, not a copy
      }
      boolean deprecatedCopy = effectivelyDeprecated(root) || effectivelyDeprecated(canonical);
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

  static String innermost(String simpleName) {
    return simpleName.substring(simpleName.lastIndexOf('.') + 1);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * The import path of an inferred concept: the canonical type, unless it lives in a package named
   * internal (or legacy, compat, …) and an alias outside such packages, not deprecated, is its
   * public name — then code should import the alias.
   */
  private String importPathOf(TypeDecl canonical, List<TypeRole> reExports) {
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

  private List<TypeRole> sortedRoles() {
    return roles.values().stream().sorted(Comparator.comparing(TypeRole::name)).toList();
  }

  /**
   * The canonical definition of an inferred concept: not deprecated if possible; then outside
   * packages named legacy, compat, deprecated, internal or old; then the most used; then the
   * shortest name; then the first by qualified name.
   */
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

  /** Whether the type's file lies under a directory named like a leftover ({@code old/src/…}). */
  static boolean inLeftoverDirectory(TypeDecl type) {
    String[] segments = type.location().path().split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (LEFTOVER_DIRECTORIES.contains(segments[i].toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  TypeDecl chooseCanonical(List<TypeDecl> definitions) {
    Comparator<TypeDecl> order =
        Comparator.comparing((TypeDecl d) -> effectivelyDeprecated(d) ? 1 : 0)
            .thenComparing(d -> inNonCanonicalPackage(d) ? 1 : 0)
            .thenComparing(d -> inLeftoverDirectory(d) ? 1 : 0)
            .thenComparing(d -> hasLogic(d) ? 0 : 1)
            .thenComparing(Comparator.comparingInt(this::useCount).reversed())
            .thenComparingInt(d -> d.simpleName().length())
            .thenComparing(TypeDecl::qualifiedName);
    return definitions.stream().min(order).orElseThrow();
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
              .noneMatch(this::effectivelyDeprecated)) {
        continue;
      }
      List<TypeDecl> merged = new ArrayList<>();
      keys.forEach(k -> merged.addAll(groups.remove(k)));
      groups.put(entry.getKey() + "@*", merged);
    }
  }

  /**
   * The namespace an inferred concept stays within: the first two package segments ({@code
   * com.acme}). Libraries analysed together are not paired by name across namespaces.
   */
  /**
   * An inferred concept's name: the canonical type's name, or for a private class ({@code
   * _UnifiedWebSocketManagerImplementation}) the public name that aliases it, else its name once
   * normalised.
   */
  private String conceptName(TypeDecl canonical) {
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

  String namespaceOf(TypeDecl type) {
    return graph.traits(type).namespace(type);
  }

  /**
   * Whether a type does anything: fields, or a method with logic of its own (not a placeholder).
   */
  private static boolean hasLogic(TypeDecl type) {
    return !type.fields().isEmpty()
        || type.methods().stream().anyMatch(m -> m.body() == MethodDecl.Body.LOGIC)
        || type.kind() == dev.ssot.core.model.TypeKind.INTERFACE;
  }

  /**
   * Whether a type is an exception or error, by the naming convention Java's throwables follow (its
   * own name, or a supertype's as written).
   */
  public boolean isThrowable(String qualifiedName) {
    return Classifier.isThrowable(graph, qualifiedName);
  }

  /** Whether the type lives in a package named legacy, compat, deprecated, internal or old. */
  public static boolean isLegacyLike(TypeDecl type) {
    return inNonCanonicalPackage(type);
  }

  /**
   * Why the concept's canonical definition was chosen over each other definition, in the terms of
   * {@link #chooseCanonical}: the first criterion that told them apart, one clause per criterion,
   * e.g. {@code "not deprecated (a.LegacyX is); more used: 12 uses (b.Y: 3)"}.
   */
  public String canonicalReason(Concept concept) {
    if (concept.declared()) {
      return "declared in config";
    }
    TypeDecl canonical = graph.type(concept.canonical()).orElse(null);
    if (canonical == null) {
      return "";
    }
    Map<String, List<String>> byCriterion = new java.util.LinkedHashMap<>();
    for (TypeDecl other : concept.definitions()) {
      if (other == canonical) {
        continue;
      }
      String criterion;
      String detail = other.qualifiedName();
      if (effectivelyDeprecated(other) != effectivelyDeprecated(canonical)) {
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
      byCriterion.computeIfAbsent(criterion, k -> new ArrayList<>()).add(detail);
    }
    List<String> clauses = new ArrayList<>();
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

  /** The code graph the concepts were built from. */
  public CodeGraph graph() {
    return graph;
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
    final List<String> family = new ArrayList<>();
    final List<Concept.Duplicate> duplicates = new ArrayList<>();
    String canonical;
    String key;

    Draft(String name, boolean declared, ConceptDeclaration declaration) {
      this.name = name;
      this.declared = declared;
      this.declaration = declaration;
    }
  }
}
