package dev.ssot.core.concept;

import dev.ssot.core.config.ConceptDeclaration;
import dev.ssot.core.config.SsotConfig;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The concepts of a codebase and the queries rules ask about them, built once per analysis. It ties
 * the parts together: the {@link Classifier} gives every type its role ({@link TypeRoles}), {@link
 * Inheritance} answers hierarchy queries, {@link MemberSimilarity} compares members, {@link
 * CanonicalChoice} picks a concept's canonical definition, and {@link ConceptGrouping} groups
 * definitions into concepts (splitting each group into inheritance {@link Families}).
 */
public final class Concepts {

  /** The share of member names an inferred same-named definition must have in common by default. */
  public static final double DEFAULT_MIN_SHARED_MEMBERS = SsotConfig.DEFAULT_MIN_SHARED_MEMBERS;

  /** Methods every class has: sharing them says nothing. */
  static final Set<String> OBJECT_METHODS = MemberSimilarity.OBJECT_METHODS;

  private final CodeGraph graph;
  private final NameNormalizer normalizer;
  private final TypeRoles roles;
  private final Inheritance inheritance;
  private final MemberSimilarity similarity;
  private final CanonicalChoice canonicals;
  private final List<Concept> concepts;
  private final Map<String, Concept> byMember;
  private final List<ConceptDeclaration> unmatched;
  private final List<DeclarationProblem> problems;

  private Concepts(
      CodeGraph graph,
      List<ConceptDeclaration> declarations,
      List<String> affixes,
      double minSharedMembers) {
    this.graph = graph;
    this.normalizer = new NameNormalizer(affixes);
    Set<String> declaredImports = new HashSet<>();
    declarations.forEach(d -> declaredImports.add(d.importPath()));
    this.roles = new TypeRoles(new Classifier(graph, normalizer, declaredImports).classifyAll());
    this.inheritance = new Inheritance(graph);
    this.similarity = new MemberSimilarity(graph, inheritance);
    this.canonicals = new CanonicalChoice(graph, normalizer, inheritance);
    Families families = new Families(graph, inheritance, similarity, minSharedMembers);
    ConceptGrouping.Result grouped =
        new ConceptGrouping(graph, roles, normalizer, inheritance, canonicals, families)
            .group(declarations);
    this.concepts = grouped.concepts();
    this.byMember = grouped.byMember();
    this.unmatched = grouped.unmatched();
    this.problems = grouped.problems();
  }

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
    return roles.roleOf(qualifiedName);
  }

  /**
   * Other main-source definitions whose normalised simple name equals the type's, sorted by name.
   */
  public List<TypeDecl> namesakesOf(TypeDecl type) {
    String key = normalizer.normalize(type.simpleName());
    List<TypeDecl> namesakes = new ArrayList<>();
    for (TypeDecl other : graph.types()) {
      TypeRole role = roles.roleOf(other.qualifiedName()).orElse(null);
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
    return roles.isReExport(qualifiedName);
  }

  /** The chain of re-exports from a type to the definition it ends at (the type itself first). */
  public List<TypeRole> chainOf(String qualifiedName) {
    return roles.chainOf(qualifiedName);
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
    return problems;
  }

  /**
   * Why the concept's canonical definition was chosen over each other definition (see {@link
   * CanonicalChoice#canonicalReason}).
   */
  public String canonicalReason(Concept concept) {
    return canonicals.canonicalReason(concept);
  }

  /**
   * Why {@code canonical} was chosen over each other one of {@code definitions}, a group of copies
   * (see {@link CanonicalChoice#canonicalReason(TypeDecl, List)}).
   */
  public String canonicalReason(TypeDecl canonical, List<TypeDecl> definitions) {
    return canonicals.canonicalReason(canonical, definitions);
  }

  /**
   * The build-module dependency that puts {@code downstream} below {@code upstream} ({@code
   * com.shop:app depends on com.shop:core}), if their modules are ordered that way.
   */
  public java.util.Optional<String> moduleDependency(TypeDecl downstream, TypeDecl upstream) {
    return canonicals.moduleDependency(downstream, upstream);
  }

  /** The normaliser in use. */
  public NameNormalizer normalizer() {
    return normalizer;
  }

  /** The hierarchy queries over the analysed types. */
  public Inheritance inheritance() {
    return inheritance;
  }

  /** Whether one type extends or implements the other, directly or not. */
  public boolean inherits(String type, String ancestor) {
    return inheritance.inherits(type, ancestor);
  }

  /** Every declared supertype of a type, transitively. */
  public Set<String> ancestorsOf(String type) {
    return inheritance.ancestorsOf(type);
  }

  /** The declared supertypes of a type, resolved, in declaration order. */
  public List<String> supertypesOf(TypeDecl type) {
    return inheritance.supertypesOf(type);
  }

  /** What two types share (see {@link MemberSimilarity}). */
  public Similarity similarity(TypeDecl a, TypeDecl b) {
    return similarity.similarity(a, b);
  }

  /**
   * Whether two classes both derive from one concrete class (declared here and not a protocol or
   * ABC) or name the same base from outside the analysed code.
   */
  boolean polymorphicSiblings(TypeDecl a, TypeDecl b) {
    return inheritance.polymorphicSiblings(a, b);
  }

  /** Supertypes as written (simple names) that the analysed code does not declare. */
  Set<String> externalSupertypes(TypeDecl type) {
    return inheritance.externalSupertypes(type);
  }

  /** Deprecated itself, or nested in a deprecated type. */
  public boolean effectivelyDeprecated(TypeDecl type) {
    return inheritance.effectivelyDeprecated(type);
  }

  /** Non-private, non-constructor method names. */
  public static Set<String> methodNames(TypeDecl type) {
    return MemberSimilarity.methodNames(type);
  }

  /**
   * How often code outside a type reaches it (imports and references from other top-level types).
   */
  public int useCount(TypeDecl type) {
    return canonicals.useCount(type);
  }

  /** The canonical one of some definitions (see {@link CanonicalChoice#chooseCanonical}). */
  TypeDecl chooseCanonical(List<TypeDecl> definitions) {
    return canonicals.chooseCanonical(definitions);
  }

  boolean isTest(TypeDecl type) {
    return ConceptGrouping.isTest(graph, type);
  }

  String namespaceOf(TypeDecl type) {
    return graph.traits(type).namespace(type);
  }

  /** The innermost segment of a (possibly nested) simple name: {@code Outer.Inner} → Inner. */
  static String innermost(String simpleName) {
    return simpleName.substring(simpleName.lastIndexOf('.') + 1);
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
    return CanonicalChoice.inNonCanonicalPackage(type);
  }

  /** The code graph the concepts were built from. */
  public CodeGraph graph() {
    return graph;
  }
}
