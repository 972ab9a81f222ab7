package dev.ssot.core.parse;

import dev.ssot.core.model.AliasDecl;
import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.LoadStep;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.MockDecl;
import dev.ssot.core.model.ModuleFacts;
import dev.ssot.core.model.Suppression;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeRef;
import dev.ssot.core.similarity.TokenBag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Shares equal values between the facts of many files: one instance per distinct string (names,
 * qualified names, module names, type names as written) and per distinct list or set of strings
 * (modifiers, parameter types, annotations, supertypes), and per distinct body fingerprint (copied
 * files). Every file of a large tree repeats the same few hundred thousand names millions of times;
 * the facts of all files stay in memory for the whole run, so sharing them bounds the heap a tree
 * needs by what it declares rather than by how often it repeats it.
 *
 * <p>{@link #share(FileFacts)} returns facts equal to its argument ({@code equals}), so nothing
 * downstream can tell a shared copy from the original. A pool is safe for concurrent use; one pool
 * serves one run and is dropped with its parse stage.
 */
public final class FactsPool {

  private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>(1 << 16);
  private final ConcurrentHashMap<List<String>, List<String>> lists =
      new ConcurrentHashMap<>(1 << 12);
  private final ConcurrentHashMap<Set<String>, Set<String>> sets = new ConcurrentHashMap<>(64);
  private final ConcurrentHashMap<TokenBag, TokenBag> bags = new ConcurrentHashMap<>(1 << 12);

  /** An empty pool. */
  public FactsPool() {}

  /** The pool's instance of {@code value} (itself the first time), or null for null. */
  public String string(String value) {
    if (value == null) {
      return null;
    }
    String known = strings.get(value); // most names are known already: no lock on the way
    if (known != null) {
      return known;
    }
    known = strings.putIfAbsent(value, value);
    return known == null ? value : known;
  }

  /** The number of distinct strings the pool holds. */
  public int size() {
    return strings.size();
  }

  /** Facts equal to {@code facts} whose strings and string collections are the pool's. */
  public FileFacts share(FileFacts facts) {
    String path = string(facts.path());
    return new FileFacts(
        path,
        string(facts.language()),
        facts.test(),
        string(facts.packageName()),
        facts.lines(),
        map(facts.imports(), this::importRef),
        map(facts.types(), type -> type(type, path)),
        map(facts.references(), this::typeRef),
        map(facts.suppressions(), s -> suppression(s, path)),
        facts.module() == null ? null : module(facts.module()));
  }

  private ImportRef importRef(ImportRef ref) {
    return new ImportRef(
        string(ref.name()),
        ref.isStatic(),
        ref.onDemand(),
        ref.line(),
        ref.column(),
        ref.fromImport(),
        string(ref.member()),
        string(ref.alias()),
        ref.context());
  }

  private TypeRef typeRef(TypeRef ref) {
    return new TypeRef(
        string(ref.name()), string(ref.fromType()), ref.line(), ref.column(), ref.typeContext());
  }

  private Suppression suppression(Suppression suppression, String path) {
    return new Suppression(
        string(suppression.ruleId()),
        location(suppression.location(), path),
        suppression.fromLine(),
        suppression.toLine(),
        suppression.reason());
  }

  private Location location(Location location, String path) {
    String shared = location.path().equals(path) ? path : string(location.path());
    return shared == location.path()
        ? location
        : new Location(shared, location.line(), location.column());
  }

  private TypeDecl type(TypeDecl type, String path) {
    return new TypeDecl(
        string(type.qualifiedName()),
        string(type.simpleName()),
        type.kind(),
        set(type.modifiers()),
        list(type.annotations()),
        type.deprecated(),
        list(type.supertypes()),
        location(type.location(), path),
        type.endLine(),
        string(type.enclosingType()),
        map(type.fields(), this::field),
        map(type.methods(), this::method),
        bag(type.body()),
        list(type.successors()));
  }

  private FieldDecl field(FieldDecl field) {
    return new FieldDecl(
        string(field.name()), string(field.type()), set(field.modifiers()), field.line());
  }

  private MethodDecl method(MethodDecl method) {
    return new MethodDecl(
        string(method.name()),
        string(method.returnType()),
        list(method.parameterTypes()),
        list(method.parameterNames()),
        set(method.modifiers()),
        method.line(),
        method.body(),
        string(method.delegateTarget()),
        string(method.delegateMethod()),
        method.forwardsArguments(),
        method.overrides());
  }

  private ModuleFacts module(ModuleFacts module) {
    return new ModuleFacts(
        module.isPackage(),
        module.exports() == null ? null : list(module.exports()),
        module.deprecation(),
        module.dynamicAttributes(),
        map(module.aliases(), this::alias),
        map(module.functions(), this::method),
        map(module.mocks(), this::mock),
        module.summary(),
        list(module.names()),
        map(module.loadSteps(), this::loadStep));
  }

  private AliasDecl alias(AliasDecl alias) {
    return new AliasDecl(
        string(alias.name()), string(alias.target()), alias.line(), alias.column());
  }

  private MockDecl mock(MockDecl mock) {
    return new MockDecl(
        string(mock.name()),
        string(mock.factory()),
        string(mock.spec()),
        list(mock.attributes()),
        mock.line(),
        mock.column());
  }

  private LoadStep loadStep(LoadStep step) {
    return new LoadStep(
        step.kind(),
        step.line(),
        step.column(),
        string(step.module()),
        string(step.member()),
        string(step.name()),
        step.aliased(),
        step.catches(),
        step.conditional());
  }

  /** The pool's instance of a body fingerprint: copied files share their types' bags. */
  private TokenBag bag(TokenBag bag) {
    if (bag.size() == 0) {
      return bag;
    }
    TokenBag known = bags.putIfAbsent(bag, bag);
    return known == null ? bag : known;
  }

  /** The pool's instance of an immutable list of strings equal to {@code values}. */
  private List<String> list(List<String> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    List<String> known = lists.get(values);
    if (known != null) {
      return known;
    }
    List<String> shared = new ArrayList<>(values.size());
    for (String value : values) {
      shared.add(string(value));
    }
    List<String> copy = List.copyOf(shared);
    known = lists.putIfAbsent(copy, copy);
    return known == null ? copy : known;
  }

  /** The pool's instance of an immutable set of strings equal to {@code values}. */
  private Set<String> set(Set<String> values) {
    if (values.isEmpty()) {
      return Set.of();
    }
    Set<String> known = sets.get(values);
    if (known != null) {
      return known;
    }
    String[] shared = new String[values.size()];
    int i = 0;
    for (String value : values) {
      shared[i++] = string(value);
    }
    Set<String> copy = Set.of(shared);
    known = sets.putIfAbsent(copy, copy);
    return known == null ? copy : known;
  }

  private static <T> List<T> map(List<T> values, UnaryOperator<T> share) {
    if (values.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(values.size());
    for (T value : values) {
      out.add(share.apply(value));
    }
    return out;
  }
}
