package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.MethodDecl.Body;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives every declared type a {@link Role} from structural signals only, never from name similarity
 * (except the conventional test-double names in test sources):
 *
 * <ul>
 *   <li>{@code ALIAS}: a class that extends one declared type and has nothing but constructors that
 *       only call {@code super(...)} (optionally {@code serialVersionUID} and a static {@code
 *       INSTANCE} of its own type); an interface that extends exactly one declared interface and
 *       declares nothing.
 *   <li>{@code SHIM}: a class whose every non-private method is a single call forwarded to one
 *       declared type (through a field of that type, a static call, or {@code super}), and whose
 *       fields only hold that delegate or constants.
 *   <li>{@code TEST_DOUBLE}: a type in test sources named with Mock, Fake, Stub, Dummy or Spy, or
 *       extending/implementing a type of the main sources.
 *   <li>{@code DEFINITION}: everything else — including a deprecated class with logic of its own.
 * </ul>
 */
final class Classifier {

  private final CodeGraph graph;
  private final NameNormalizer normalizer;
  private final Set<String> nestedParents = new HashSet<>();

  private final Set<String> declaredImports;

  Classifier(CodeGraph graph, NameNormalizer normalizer, Set<String> declaredImports) {
    this.graph = graph;
    this.normalizer = normalizer;
    this.declaredImports = Set.copyOf(declaredImports);
    for (TypeDecl type : graph.types()) {
      if (type.enclosingType() != null) {
        nestedParents.add(type.enclosingType());
      }
    }
  }

  /** The declared supertypes of a type, resolved (external ones left out), in declaration order. */
  List<String> supertypesOf(TypeDecl type) {
    return graph.supertypesOf(type.qualifiedName());
  }

  private Set<String> ancestorsOf(TypeDecl type) {
    Set<String> result = new HashSet<>();
    List<String> work = new ArrayList<>(supertypesOf(type));
    while (!work.isEmpty()) {
      String next = work.remove(work.size() - 1);
      if (result.add(next)) {
        work.addAll(graph.supertypesOf(next));
      }
    }
    return result;
  }

  Map<String, TypeRole> classifyAll() {
    Map<String, TypeRole> roles = new HashMap<>();
    for (FileFacts file : graph.files()) {
      for (TypeDecl type : file.types()) {
        roles.putIfAbsent(type.qualifiedName(), classify(file, type));
      }
    }
    return roles;
  }

  private TypeRole classify(FileFacts file, TypeDecl type) {
    if (file.test()) {
      if (NameNormalizer.looksLikeTestDouble(type.simpleName())) {
        return new TypeRole(
            type,
            Role.TEST_DOUBLE,
            mainSupertype(type).orElse(null),
            "test source named like a test double (Mock, Fake, Stub, Dummy, Spy)");
      }
      Optional<String> stands = mainSupertype(type);
      if (stands.isPresent()) {
        return new TypeRole(
            type, Role.TEST_DOUBLE, stands.get(), "test source extending " + stands.get());
      }
    }
    // A private nested type re-exports nothing: nobody outside can import it.
    boolean importable = !(type.isNested() && type.modifiers().contains("private"));
    TypeRole alias = importable ? alias(type) : null;
    if (alias != null) {
      return alias;
    }
    TypeRole shim = importable ? shim(type) : null;
    if (shim != null) {
      return shim;
    }
    return new TypeRole(
        type,
        Role.DEFINITION,
        null,
        type.deprecated()
            ? "deprecated, but with members or logic of its own"
            : "declares members or logic of its own");
  }

  private Optional<String> mainSupertype(TypeDecl type) {
    for (String supertype : supertypesOf(type)) {
      Optional<TypeDecl> declared = graph.type(supertype);
      if (declared.isPresent()) {
        boolean inTest =
            graph.file(declared.get().location().path()).map(FileFacts::test).orElse(false);
        if (!inTest) {
          return Optional.of(supertype);
        }
      }
    }
    return Optional.empty();
  }

  private TypeRole alias(TypeDecl type) {
    if (nestedParents.contains(type.qualifiedName()) || type.supertypes().size() != 1) {
      return null;
    }
    List<String> resolved = supertypesOf(type);
    if (resolved.size() != 1) {
      return null;
    }
    String target = resolved.get(0);
    // A member-less subclass is also how distinct types are made (exception hierarchies, marker
    // types): it is a re-export only when it says so (@Deprecated) or carries the target's name.
    String intent = aliasIntent(type, target);
    if (intent == null) {
      return null;
    }
    TypeKind targetKind = graph.type(target).map(TypeDecl::kind).orElse(null);
    if (type.kind() == TypeKind.INTERFACE) {
      if (targetKind == TypeKind.INTERFACE && type.methods().isEmpty() && type.fields().isEmpty()) {
        return new TypeRole(
            type,
            Role.ALIAS,
            target,
            "interface that extends " + target + " and declares nothing" + intent);
      }
      return null;
    }
    if (type.kind() != TypeKind.CLASS || targetKind != TypeKind.CLASS) {
      return null;
    }
    boolean abstractTarget =
        graph.type(target).map(t -> t.modifiers().contains("abstract")).orElse(false);
    if (abstractTarget) {
      return null; // the concrete class of an abstract base: how the base gets instantiated
    }
    if (isThrowable(target)) {
      return null; // an exception subclass is a type of its own: catch clauses tell them apart
    }
    for (MethodDecl method : type.methods()) {
      if (!method.isConstructor()
          || (method.body() != Body.SUPER_CALL_ONLY && method.body() != Body.EMPTY)) {
        return null;
      }
    }
    boolean instance = false;
    for (FieldDecl field : type.fields()) {
      if (field.name().equals("serialVersionUID")) {
        continue;
      }
      String simple = type.simpleName().substring(type.simpleName().lastIndexOf('.') + 1);
      if (field.modifiers().contains("static")
          && (field.type().equals(simple) || field.type().equals(type.simpleName()))) {
        instance = true;
        continue;
      }
      return null;
    }
    return new TypeRole(
        type,
        Role.ALIAS,
        target,
        "subclass of "
            + target
            + " with no members of its own"
            + (type.methods().isEmpty() ? "" : " (constructors only call super)")
            + (instance ? " besides a static instance of itself" : "")
            + intent);
  }

  /** Whether a package is an implementation detail: a segment named internal, internals or impl. */
  private static boolean internal(String packageName) {
    for (String segment : packageName.split("\\.")) {
      if (segment.equals("internal") || segment.equals("internals") || segment.equals("impl")) {
        return true;
      }
    }
    return false;
  }

  /** Why a member-less subtype re-exports its target, or null when nothing says it does. */
  private String aliasIntent(TypeDecl type, String target) {
    if (type.deprecated()) {
      return ", @Deprecated";
    }
    if (declaredImports.contains(type.qualifiedName())) {
      return ", declared as a concept's import path";
    }
    if (!graph.traits(type).emptySubtypeMayBeAlias()) {
      // where aliases are bindings (`Alias = Target`), an empty subclass is the concrete class of a
      // base (`class ModelForm(BaseModelForm, metaclass=…): pass`), unless it says otherwise.
      return null;
    }
    String own = lastSegment(type.simpleName());
    String theirs = lastSegment(graph.type(target).map(TypeDecl::simpleName).orElse(target));
    if (own.equals(theirs)) {
      return ", same name";
    }
    if (normalizer.normalize(own).equals(normalizer.normalize(theirs))) {
      return ", same name once normalised";
    }
    return null;
  }

  /** Exceptions and errors, by the naming convention their hierarchy follows. */
  private boolean isThrowable(String type) {
    return isThrowable(graph, type);
  }

  /** See {@link Concepts#isThrowable}. */
  static boolean isThrowable(CodeGraph graph, String type) {
    String name = lastSegment(type);
    if (name.endsWith("Exception") || name.endsWith("Error") || name.endsWith("Throwable")) {
      return true;
    }
    return graph
        .type(type)
        .map(
            t ->
                t.supertypes().stream()
                    .map(Classifier::lastSegment)
                    .anyMatch(
                        n ->
                            n.endsWith("Exception")
                                || n.endsWith("Error")
                                || n.equals("Throwable")))
        .orElse(false);
  }

  private static String lastSegment(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private TypeRole shim(TypeDecl type) {
    if (type.kind() != TypeKind.CLASS || nestedParents.contains(type.qualifiedName())) {
      return null;
    }
    Map<String, FieldDecl> fields = new HashMap<>();
    type.fields().forEach(f -> fields.put(f.name(), f));
    String target = null;
    String via = null;
    int forwarded = 0;
    for (MethodDecl method : type.methods()) {
      if (method.isConstructor() || method.modifiers().contains("private")) {
        continue;
      }
      if (method.body() != Body.DELEGATION) {
        return null;
      }
      String receiver = method.delegateTarget();
      if (receiver.equals("this")) {
        continue; // an overload calling its sibling
      }
      if (!method.name().equals(method.delegateMethod()) || !method.forwardsArguments()) {
        return null; // a facade forwards each call to its namesake, arguments unchanged; else logic
      }
      Optional<String> reached;
      String how;
      if (receiver.equals("super")) {
        List<String> supers = supertypesOf(type);
        reached = supers.isEmpty() ? Optional.empty() : Optional.of(supers.get(0));
        how = "super";
      } else {
        String name = receiver.startsWith("this.") ? receiver.substring(5) : receiver;
        FieldDecl field = fields.get(name);
        if (field != null) {
          reached = graph.resolve(type, field.type());
          how = "field '" + name + "'";
        } else {
          reached = graph.resolve(type, receiver);
          how = "static calls";
        }
      }
      if (reached.isEmpty() || reached.get().equals(type.qualifiedName())) {
        return null;
      }
      if (target != null && !target.equals(reached.get())) {
        return null;
      }
      target = reached.get();
      via = via == null ? how : via;
      forwarded++;
    }
    if (target == null || forwarded == 0) {
      return null;
    }
    if (!via.equals("super") && ancestorsOf(type).contains(target)) {
      return null; // a decorator implements what it wraps: a definition of its own
    }
    if (!via.equals("super") && !supertypesOf(type).isEmpty()) {
      // it extends or implements something its target is not: an adapter with a role of its own
      Set<String> targetAncestors = graph.type(target).map(this::ancestorsOf).orElse(Set.of());
      for (String supertype : supertypesOf(type)) {
        if (!targetAncestors.contains(supertype)) {
          return null;
        }
      }
    }
    // A class that forwards a call or two to a collaborator is a client, not a facade: a shim
    // mirrors its target (at least half of the target's methods) or says it is one.
    Set<String> targetMethods = graph.type(target).map(Concepts::methodNames).orElse(Set.of());
    Set<String> mirrored = new HashSet<>(Concepts.methodNames(type));
    mirrored.retainAll(targetMethods);
    boolean mirrors = targetMethods.size() >= 2 && mirrored.size() * 2 >= targetMethods.size();
    String intent = aliasIntent(type, target);
    if (!mirrors && intent == null) {
      return null;
    }
    if (intent == null
        && internal(graph.type(target).map(TypeDecl::packageName).orElse(""))
        && !internal(type.packageName())) {
      return null; // a public facade over its internal implementation (KafkaConsumer ->
      // internals.ConsumerDelegate)
    }
    if (via.equals("super")
        && !type.deprecated()
        && !declaredImports.contains(type.qualifiedName())) {
      return null; // overriding its own superclass's methods to call them: only a shim if it says
      // so
    }
    for (FieldDecl field : type.fields()) {
      boolean constant =
          field.modifiers().contains("static") && field.modifiers().contains("final");
      boolean delegate = graph.resolve(type, field.type()).map(target::equals).orElse(false);
      if (!constant && !delegate) {
        return null;
      }
    }
    return new TypeRole(
        type,
        Role.SHIM,
        target,
        "every method forwards to its namesake in "
            + target
            + " ("
            + via
            + ")"
            + (mirrors
                ? ", mirroring " + mirrored.size() + " of its " + targetMethods.size() + " methods"
                : "")
            + (intent == null ? "" : intent));
  }
}
