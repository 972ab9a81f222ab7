package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.LanguageTraits;
import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What two types share, member by member: their non-private methods compared by signature (name,
 * parameter and return types by simple name), leaving out {@code Object}'s methods, the methods
 * both inherit from a common declared supertype (compared by name and arity, so renamed type
 * parameters do not hide them), and {@code @Override}s of a supertype outside the analysed code
 * that both name — all of that is a shared contract, not duplication. A deprecated side keeps its
 * inherited methods: a deprecated copy of a subclass is still a copy. When nothing is left,
 * constructors are compared, then non-private field names.
 */
public final class MemberSimilarity {

  /** Methods every class has: sharing them says nothing. */
  static final Set<String> OBJECT_METHODS =
      Set.of("equals/1", "hashCode/0", "toString/0", "clone/0", "finalize/0");

  private final CodeGraph graph;
  private final Inheritance inheritance;

  /** Compares the types of one graph, with the hierarchy queries over the same graph. */
  public MemberSimilarity(CodeGraph graph, Inheritance inheritance) {
    this.graph = graph;
    this.inheritance = inheritance;
  }

  /** How much two types have in common (see the class comment). */
  public Similarity similarity(TypeDecl a, TypeDecl b) {
    boolean deprecatedCopy =
        inheritance.effectivelyDeprecated(a) || inheritance.effectivelyDeprecated(b);
    if (!deprecatedCopy
        && !graph.traits(a).overridesMarked()
        && !graph.traits(b).overridesMarked()
        && inheritance.polymorphicSiblings(a, b)) {
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
    Set<String> contract = new HashSet<>();
    for (String ancestor : inheritance.commonAncestors(a, b)) {
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
    Set<String> external = inheritance.externalSupertypes(a);
    external.retainAll(inheritance.externalSupertypes(b));
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

  /** Non-private, non-constructor method names, sorted. */
  public static Set<String> methodNames(TypeDecl type) {
    Set<String> names = new TreeSet<>();
    for (MethodDecl method : type.methods()) {
      if (!method.isConstructor() && !method.modifiers().contains("private")) {
        names.add(method.name());
      }
    }
    return names;
  }

  /** Methods a type declares or inherits from declared supertypes. */
  private Set<String> apiKeys(TypeDecl type) {
    Set<String> keys = methodKeys(type);
    for (String ancestor : inheritance.ancestorsOf(type.qualifiedName())) {
      graph.type(ancestor).ifPresent(t -> keys.addAll(methodKeys(t)));
    }
    return keys;
  }

  /**
   * Methods by signature as written: name, parameter types and return type, each type by its simple
   * name (so an import and a qualified name compare equal), and where types are rarely written, the
   * parameter names too. Copies keep their signatures; generated look-alikes ({@code
   * marshal(String)} vs {@code marshal(CacheMode)}) do not.
   */
  Set<String> methodKeys(TypeDecl type) {
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
          // not execute(query, args))
          key.append(method.parameterNames().get(i)).append(':');
        }
        key.append(simpleType(method.parameterTypes().get(i))).append(',');
      }
      keys.add(key.append(')').append(simpleType(method.returnType())).toString());
    }
    return keys;
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

  private static Set<String> fieldNames(TypeDecl type) {
    Set<String> names = new TreeSet<>();
    for (FieldDecl field : type.fields()) {
      if (!field.modifiers().contains("private") || type.kind() == TypeKind.RECORD) {
        names.add(field.name());
      }
    }
    return names;
  }

  private static String arity(MethodDecl method) {
    return method.name() + "/" + method.parameterTypes().size();
  }

  /** {@code name(A,B,)R} → {@code name/2}. */
  static String arityOf(String key) {
    int open = key.indexOf('(');
    String params = key.substring(open + 1, key.indexOf(')'));
    int count = params.isEmpty() ? 0 : params.split(",", -1).length - 1;
    return key.substring(0, open) + "/" + count;
  }

  private static String simpleType(String written) {
    if (written == null) {
      return "";
    }
    return written.substring(
        written.lastIndexOf('.', written.endsWith("...") ? written.length() - 4 : written.length())
            + 1);
  }
}
