package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds every group of definitions that copy one concept, through independent channels, and ties
 * them together: every pair within a channel's candidates is compared (not only each against one
 * canonical), and the groups are the connected components of the strong pairs.
 *
 * <ul>
 *   <li><b>identity</b>: the same qualified name defined twice; identical bodies.
 *   <li><b>names</b>: names equal once affixes are stripped, with members shared by name and arity.
 *   <li><b>bodies</b>: similar token bags of the bodies, found through a {@link BodyIndex}.
 * </ul>
 *
 * Definitions only take part: aliases, shims and test doubles never do, nor test sources or
 * generated code. A pair is never a copy when one type inherits from the other, when both are parts
 * of one outer type, or when a class meets an interface; siblings under one base (polymorphism)
 * need identity or nearly identical bodies.
 */
public final class DuplicateFinder {

  /** Pairs below this share of their smaller member set are not copies by name. */
  static final double NAME_SHARE = 0.5;

  private final CodeGraph graph;
  private final Concepts concepts;
  private final LooseMembers members;
  private final BodyIndex bodies;
  private final Bindings bindings;

  /**
   * Pairs that hold only if both definitions are bound to the same things ({@link #bound}): one
   * name under one base with alike bodies, by their qualified names.
   */
  private final Set<String> tentative = new java.util.HashSet<>();

  /** The pairs {@link #bound} set aside. */
  private final List<SetAside> setAside = new ArrayList<>();

  private DuplicateFinder(CodeGraph graph, Concepts concepts, BodyIndex bodies) {
    this.graph = graph;
    this.bindings = new Bindings(graph);
    this.concepts = concepts;
    this.members = new LooseMembers(graph, concepts);
    this.bodies = bodies;
  }

  /** Every group of copies in the analysed code, sorted by canonical name. */
  public static List<DuplicateGroup> find(CodeGraph graph, Concepts concepts) {
    List<TypeDecl> candidates = candidates(graph, concepts);
    return new DuplicateFinder(graph, concepts, BodyIndex.of(candidates, TypeDecl::body))
        .groups(candidates);
  }

  /**
   * A pair of look-alikes that passed the channels but was set aside because of what the two are
   * bound to, for {@code explain}.
   *
   * @param a one definition
   * @param b the other
   * @param reason why the pair is not a copy
   * @param onlyA what {@code a}'s code names that {@code b}'s does not (qualified; {@code ~} marks
   *     a name outside the analysed code)
   * @param onlyB what {@code b}'s code names that {@code a}'s does not
   */
  public record SetAside(
      TypeDecl a, TypeDecl b, String reason, Set<String> onlyA, Set<String> onlyB) {
    public SetAside {
      onlyA = Set.copyOf(onlyA);
      onlyB = Set.copyOf(onlyB);
    }
  }

  /** The look-alike pairs with {@code type} that were set aside, in the order they were found. */
  public static List<SetAside> setAside(CodeGraph graph, Concepts concepts, TypeDecl type) {
    List<TypeDecl> candidates = candidates(graph, concepts);
    DuplicateFinder finder =
        new DuplicateFinder(graph, concepts, BodyIndex.of(candidates, TypeDecl::body));
    finder.groups(candidates);
    return finder.setAside.stream().filter(p -> p.a() == type || p.b() == type).toList();
  }

  private static List<TypeDecl> candidates(CodeGraph graph, Concepts concepts) {
    List<TypeDecl> result = new ArrayList<>();
    for (TypeDecl type : graph.types()) {
      TypeRole role = concepts.roleOf(type.qualifiedName()).orElse(null);
      if (role == null || role.role() != Role.DEFINITION || concepts.isTest(type)) {
        continue;
      }
      if (role.type() != type
          && role.type().location().path().equals(type.location().path())
          && role.type().location().line() == type.location().line()) {
        continue;
      }
      if (generated(type)) {
        continue;
      }
      result.add(type);
    }
    return result;
  }

  /**
   * Code the project does not write by hand: generated sources, and copies of other projects it
   * vendors or shades (their duplication is theirs to fix) and database migrations.
   */
  static boolean generated(TypeDecl type) {
    String path = "/" + type.location().path();
    return path.contains("/generated/")
        || path.contains("/generated-sources/")
        || path.contains("/_vendor/")
        || path.contains("/vendor/")
        || path.contains("/vendored/")
        || path.contains("/shaded/")
        || path.contains("/third_party/")
        || path.contains("/thirdparty/")
        || path.contains("/migrations/")
        || type.modifiers().contains(TypeDecl.GENERATED)
        || type.annotations().stream().anyMatch(a -> a.endsWith("Generated"))
        || type.isNested() && parserGenerated(type);
  }

  /** Rule contexts nested in a generated parser or lexer (ANTLR's {@code XContext} classes). */
  private static boolean parserGenerated(TypeDecl type) {
    return type.simpleName().endsWith("Context")
        && type.supertypes().stream()
            .map(Concepts::innermost)
            .anyMatch(s -> s.equals("ParserRuleContext") || s.endsWith("Context"));
  }

  private List<DuplicateGroup> groups(List<TypeDecl> candidates) {
    Map<TypeDecl, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      index.put(candidates.get(i), i);
    }
    Map<Long, DuplicatePair> pairs = new LinkedHashMap<>();
    // identity: one qualified name, several definitions
    Map<String, List<TypeDecl>> byName = new TreeMap<>();
    candidates.forEach(
        t -> byName.computeIfAbsent(t.qualifiedName(), k -> new ArrayList<>()).add(t));
    for (List<TypeDecl> same : byName.values()) {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          consider(pairs, index, same.get(i), same.get(j), DuplicateChannel.SAME_QUALIFIED_NAME);
        }
      }
    }
    // names: every pair of one normalised name
    Map<String, List<TypeDecl>> byKey = new TreeMap<>();
    for (TypeDecl type : candidates) {
      String key = concepts.normalizer().normalize(Concepts.innermost(type.simpleName()));
      if (!key.isEmpty()) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(type);
      }
    }
    for (List<TypeDecl> same : byKey.values()) {
      if (same.size() > 64) {
        continue; // a word every package uses (Builder, Handler) names no concept
      }
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          consider(pairs, index, same.get(i), same.get(j), DuplicateChannel.NAMES);
        }
      }
    }
    // bodies: similar token bags, names aside
    for (int[] pair : bodies.similarPairs()) {
      consider(
          pairs, index, candidates.get(pair[0]), candidates.get(pair[1]), DuplicateChannel.BODIES);
    }
    // successors: a deprecated definition and the replacement its deprecation note names
    Map<String, List<TypeDecl>> bySimpleName = new HashMap<>();
    candidates.forEach(
        t ->
            bySimpleName
                .computeIfAbsent(Concepts.innermost(t.simpleName()), k -> new ArrayList<>())
                .add(t));
    for (TypeDecl type : candidates) {
      if (type.successors().isEmpty() || !concepts.effectivelyDeprecated(type)) {
        continue;
      }
      for (TypeDecl successor : successorsOf(type, index, bySimpleName)) {
        considerSuccessor(pairs, index, type, successor);
      }
    }
    return components(candidates, index, bound(candidates, index, pairs.values()));
  }

  /**
   * The pairs that stand once bindings are compared ({@link Bindings}): a pair of one name under
   * one base needs both to be bound to the same things (a back end binds to its own driver, a
   * dialect to its own module's types); two declarations without code (interfaces) are not copies
   * when their signatures name different things ({@code build()} returning each one's own outer
   * type, a servlet request beside a reactive exchange). Names bound to two definitions that are
   * themselves copies (paired here) count as the same.
   */
  private List<DuplicatePair> bound(
      List<TypeDecl> candidates,
      Map<TypeDecl, Integer> index,
      java.util.Collection<DuplicatePair> pairs) {
    // first the pairs that hold only if bound alike; then the small templates, whose owners may
    // be copies themselves (a forked map and its one-line iterators: the owners are the copy to
    // report, the template applied to each is not) once the first step has decided the owners
    int[] parent = components(candidates.size(), index, pairs);
    List<DuplicatePair> bound = new ArrayList<>();
    for (DuplicatePair pair : pairs) {
      boolean isTentative =
          tentative.contains(pair.a().qualifiedName() + "\u0000" + pair.b().qualifiedName());
      boolean declarations =
          !pair.identity() && declarationsOnly(pair.a()) && declarationsOnly(pair.b());
      List<Set<String>> apart =
          isTentative || declarations ? divergence(pair.a(), pair.b(), parent, index) : null;
      if (apart == null) {
        bound.add(pair);
        continue;
      }
      String why =
          declarations
              ? "both only declare methods, and their signatures name different things"
              : "each is bound to things the other is not (one variant per back end)";
      setAside.add(new SetAside(pair.a(), pair.b(), why, apart.get(0), apart.get(1)));
    }
    int[] owners = components(candidates.size(), index, bound);
    List<DuplicatePair> kept = new ArrayList<>();
    for (DuplicatePair pair : bound) {
      // a few lines of alike text (a factory, a lookup, a one-method adapter) over different
      // things: one template applied to two owners
      boolean template =
          !pair.identity()
              && !pair.channels().contains(DuplicateChannel.SUCCESSOR)
              && Math.max(pair.a().body().size(), pair.b().body().size()) < BodyIndex.MIN_TOKENS
              && !outersPaired(pair.a(), pair.b(), owners, index);
      List<Set<String>> apart = template ? divergence(pair.a(), pair.b(), null, index) : null;
      if (apart == null) {
        kept.add(pair);
        continue;
      }
      setAside.add(
          new SetAside(
              pair.a(),
              pair.b(),
              "the few lines they share are bound to different owners (one template applied"
                  + " twice)",
              apart.get(0),
              apart.get(1)));
    }
    return kept;
  }

  /** The union-find forest of the candidates that {@code pairs} tie together. */
  private static int[] components(
      int size, Map<TypeDecl, Integer> index, java.util.Collection<DuplicatePair> pairs) {
    int[] parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
    for (DuplicatePair pair : pairs) {
      int x = find(parent, index.get(pair.a()));
      int y = find(parent, index.get(pair.b()));
      if (x != y) {
        parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
    return parent;
  }

  /**
   * Whether two nested types sit in top-level types that are copies of each other: they go with
   * their outer copies (and are folded into that finding).
   */
  private boolean outersPaired(TypeDecl a, TypeDecl b, int[] parent, Map<TypeDecl, Integer> index) {
    if (!a.isNested() || !b.isNested()) {
      return false;
    }
    int left = rootOf(a.topLevelName(), parent, index);
    return left >= 0 && left == rootOf(b.topLevelName(), parent, index);
  }

  /** Whether a type declares methods and none of them has a body: a contract, not code. */
  private static boolean declarationsOnly(TypeDecl type) {
    return !type.methods().isEmpty()
        && type.methods().stream()
            .allMatch(m -> m.body() == dev.ssot.core.model.MethodDecl.Body.NONE);
  }

  /**
   * Whether each of the two is bound to something the other is not (and that is not a copy of
   * something the other is bound to): one template applied to two different things. One being bound
   * to more than the other (a copy that grew) is not divergence.
   */
  private List<Set<String>> divergence(
      TypeDecl a, TypeDecl b, int[] parent, Map<TypeDecl, Integer> index) {
    Set<String> onlyA = new java.util.TreeSet<>(bindings.of(a));
    Set<String> onlyB = new java.util.TreeSet<>(bindings.of(b));
    Set<String> common = new java.util.HashSet<>(onlyA);
    common.retainAll(onlyB);
    onlyA.removeAll(common);
    onlyB.removeAll(common);
    if (parent != null) {
      Set<Integer> rootsA = roots(onlyA, parent, index);
      Set<Integer> rootsB = roots(onlyB, parent, index);
      onlyA.removeIf(x -> rootsB.contains(rootOf(x, parent, index)));
      onlyB.removeIf(y -> rootsA.contains(rootOf(y, parent, index)));
    }
    return onlyA.isEmpty() || onlyB.isEmpty() ? null : List.of(onlyA, onlyB);
  }

  private Set<Integer> roots(Set<String> names, int[] parent, Map<TypeDecl, Integer> index) {
    Set<Integer> roots = new java.util.HashSet<>();
    for (String name : names) {
      int root = rootOf(name, parent, index);
      if (root >= 0) {
        roots.add(root);
      }
    }
    return roots;
  }

  /** The component of the candidate a bound name denotes, or -1 if it denotes none. */
  private int rootOf(String name, int[] parent, Map<TypeDecl, Integer> index) {
    Integer at = graph.type(name).map(index::get).orElse(null);
    return at == null ? -1 : find(parent, at);
  }

  private void consider(
      Map<Long, DuplicatePair> pairs,
      Map<TypeDecl, Integer> index,
      TypeDecl a,
      TypeDecl b,
      DuplicateChannel channel) {
    int ia = index.get(a);
    int ib = index.get(b);
    long key = ia < ib ? ((long) ia << 32) | ib : ((long) ib << 32) | ia;
    if (pairs.containsKey(key)) {
      return;
    }
    DuplicatePair pair = judge(a, b, ia, ib, index);
    if (pair != null) {
      pairs.put(key, pair);
    }
  }

  /**
   * The definitions a deprecated type's note names as its replacement: resolved like a name written
   * in the type's file, then as a qualified name, then as a module that holds a type of the same
   * name ({@code packaging.version} for {@code Version}), then as the one definition of that simple
   * name.
   */
  private List<TypeDecl> successorsOf(
      TypeDecl type, Map<TypeDecl, Integer> index, Map<String, List<TypeDecl>> bySimpleName) {
    List<TypeDecl> found = new ArrayList<>();
    for (String written : type.successors()) {
      String name = written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
      java.util.Optional<TypeDecl> resolved =
          graph.resolve(type, name).flatMap(graph::type).filter(index::containsKey);
      if (resolved.isEmpty()) {
        resolved = graph.type(name).filter(index::containsKey);
      }
      if (resolved.isEmpty()) {
        resolved =
            graph
                .type(name + "." + Concepts.innermost(type.simpleName()))
                .filter(index::containsKey);
      }
      if (resolved.isEmpty()) {
        List<TypeDecl> named = bySimpleName.getOrDefault(Concepts.innermost(name), List.of());
        if (named.size() == 1) {
          resolved = java.util.Optional.of(named.get(0));
        }
      }
      resolved.filter(r -> r != type && !found.contains(r)).ifPresent(found::add);
    }
    return found;
  }

  /**
   * A deprecated type and the successor it names are copies when the old one still does its own
   * work (it neither inherits from the successor nor hands its calls on), both are the same sort of
   * type, and they have members or statements in common.
   */
  private void considerSuccessor(
      Map<Long, DuplicatePair> pairs, Map<TypeDecl, Integer> index, TypeDecl old, TypeDecl next) {
    int ia = index.get(old);
    int ib = index.get(next);
    long key = ia < ib ? ((long) ia << 32) | ib : ((long) ib << 32) | ia;
    DuplicatePair known = pairs.get(key);
    if (known != null) {
      Set<DuplicateChannel> channels = EnumSet.copyOf(known.channels());
      channels.add(DuplicateChannel.SUCCESSOR);
      pairs.put(
          key,
          new DuplicatePair(
              known.a(),
              known.b(),
              channels,
              known.shared(),
              known.smaller(),
              known.bodySimilarity()));
      return;
    }
    if (partsOfOne(old, next)
        || concepts.effectivelyDeprecated(next)
        || concepts.inherits(old.qualifiedName(), next.qualifiedName())
        || concepts.inherits(next.qualifiedName(), old.qualifiedName())
        || (old.kind() == TypeKind.INTERFACE) != (next.kind() == TypeKind.INTERFACE)
        || forwards(old)
        || !doesOwnWork(old)) {
      return;
    }
    int[] shared = members.compare(old, next);
    double body = bodies.similarity(ia, ib, true);
    boolean sharesHalf = shared[0] >= 1 && shared[0] * 2 >= shared[1];
    if (!sharesHalf && body < BodyIndex.LOWEST_FOR_NAMES && !rewritten(old, next)) {
      return; // the note names something else: another kind of help, not a second copy
    }
    if (bridged(old, next)) {
      return; // a type implements both: the old one is kept as a compatibility contract
    }
    Set<DuplicateChannel> channels = EnumSet.of(DuplicateChannel.SUCCESSOR);
    if (body >= bodies.threshold()) {
      channels.add(DuplicateChannel.BODIES);
    }
    pairs.put(key, new DuplicatePair(old, next, channels, shared[0], shared[1], body));
  }

  /**
   * Whether a deprecated top-level type was rewritten as the top-level type of the same kind its
   * note offers as the replacement, and still carries an implementation of its own (two methods
   * with logic or more): the concept then has two implementations, whatever their members are
   * called now.
   */
  private static boolean rewritten(TypeDecl old, TypeDecl next) {
    if (old.isNested() || next.isNested() || old.kind() != next.kind()) {
      return false;
    }
    long logic =
        old.methods().stream()
            .filter(
                m -> !m.isConstructor() && m.body() == dev.ssot.core.model.MethodDecl.Body.LOGIC)
            .count();
    return logic >= 2;
  }

  /** Whether some type of the analysed code inherits from both. */
  private boolean bridged(TypeDecl old, TypeDecl next) {
    for (TypeDecl type : graph.types()) {
      if (type != old
          && type != next
          && concepts.inherits(type.qualifiedName(), old.qualifiedName())
          && concepts.inherits(type.qualifiedName(), next.qualifiedName())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a type declares behaviour of its own: a method with logic, or an abstract contract. */
  private static boolean doesOwnWork(TypeDecl type) {
    if (type.kind() == TypeKind.INTERFACE || type.kind() == TypeKind.ENUM) {
      return !type.methods().isEmpty() || !type.fields().isEmpty();
    }
    // constructors that only configure a base are how a deprecated alias keeps its old name
    return type.methods().stream()
        .anyMatch(m -> !m.isConstructor() && m.body() == dev.ssot.core.model.MethodDecl.Body.LOGIC);
  }

  /** The pair with all its evidence when it is a strong pair of copies, else null. */
  private DuplicatePair judge(
      TypeDecl a, TypeDecl b, int ia, int ib, Map<TypeDecl, Integer> index) {
    Set<DuplicateChannel> channels = EnumSet.noneOf(DuplicateChannel.class);
    boolean sameName = a.qualifiedName().equals(b.qualifiedName());
    if (sameName) {
      channels.add(DuplicateChannel.SAME_QUALIFIED_NAME);
    }
    String innermostA = Concepts.innermost(a.simpleName());
    boolean sameInnermost = innermostA.equals(Concepts.innermost(b.simpleName()));
    // a name of two words or more, or a top-level type, says enough to compare small bodies
    String key = concepts.normalizer().normalize(innermostA);
    boolean namesakes =
        key.equals(concepts.normalizer().normalize(Concepts.innermost(b.simpleName())));
    boolean telling = namesakes && (words(key) >= 2 || !a.isNested() || !b.isNested());
    double body = bodies.similarity(ia, ib, telling);
    boolean enums = a.kind() == TypeKind.ENUM && b.kind() == TypeKind.ENUM;
    boolean sameTokens =
        sameInnermost && (bodies.identical(ia, ib) || bodies.identicalSmall(ia, ib));
    if (sameTokens
        || sameInnermost && enums && bodies.alikeSmall(ia, ib) >= BodyIndex.NEAR_IDENTICAL - 0.05) {
      channels.add(DuplicateChannel.IDENTICAL_BODY);
    }
    if (!sameTokens && !a.simpleName().equals(b.simpleName()) && primitiveSpecialisations(a, b)) {
      return null; // Ints.LexicographicalComparator, Longs.LexicographicalComparator: alike enums
      // over each primitive type are one pattern per primitive type, as the language needs
    }
    boolean identity = !channels.isEmpty();
    if (partsOfOne(a, b)) {
      return null;
    }
    if (sameName && alternatives(a, b)) {
      return null; // `if`/`else` or `try`/`except` branches: only one of them ever runs
    }
    if (!sameName && templatePerFamily(a, b, index)) {
      return null; // one template per family: each extends its own family's base of that name
    }
    // across other owners' namespaces (com.google, org.springframework) only the same qualified
    // name or nearly identical text says copy
    if (!identity
        && body < BodyIndex.NEAR_IDENTICAL
        && graph.traits(a).namespacesAreOwners()
        && graph.traits(b).namespacesAreOwners()
        && !concepts.namespaceOf(a).equals(concepts.namespaceOf(b))) {
      return null;
    }
    if (!identity
        && (concepts.inherits(a.qualifiedName(), b.qualifiedName())
            || concepts.inherits(b.qualifiedName(), a.qualifiedName()))) {
      return null;
    }
    if (!identity && (a.kind() == TypeKind.INTERFACE) != (b.kind() == TypeKind.INTERFACE)) {
      return null;
    }
    if (!identity && forwards(a) != forwards(b)) {
      return null; // an adapter that hands its work to another type is a wrapper, not a copy
    }
    if (!identity && forwards(a) && body < bodies.threshold()) {
      return null; // two wrappers of different things
    }
    if (!identity && !a.simpleName().equals(b.simpleName()) && primitiveSpecialisations(a, b)) {
      return null; // IntRange and LongRange: one pattern per primitive type, as the language needs
    }
    if (!identity && differentBases(a, b) && body < BodyIndex.SAME_BASE_EXEMPT) {
      return null; // a form field and a model field of one name extend different things
    }
    int[] shared = members.compare(a, b);
    boolean siblings = !identity && concepts.polymorphicSiblings(a, b);
    boolean namesakeSiblings = false;
    if (siblings && !siblingCopies(sameInnermost && words(innermostA) >= 2, body, shared)) {
      if (!(sameInnermost
          && (words(innermostA) >= 2 || innermostA.startsWith("_"))
          && (body >= BodyIndex.THRESHOLD
              || body >= BodyIndex.LOWEST_FOR_NAMES && shared[0] >= 1 && shared[0] == shared[1])
          && doesOwnWork(a)
          && doesOwnWork(b))) {
        return null; // subclasses of one base differ where the base asks them to
      }
      // one telling name (of two words or more, or private to its module: a one-word public name
      // such as Command or Options is what a framework looks up), one base, and bodies 80% alike,
      // or 60% with every member of their own the same (state or methods beyond the base's
      // hooks: a subclass that only overrides the hooks is the variation the base asks for): a
      // copy if both are bound to the same things (decided once every pair is known), else one
      // variant per back end
      namesakeSiblings = true;
    }
    boolean comparable = bodies.comparable(ia, ib, telling);
    if (deprecatedNamesake(a, b, sameInnermost, shared)
        || byNames(a, b, shared) && comparable && body >= BodyIndex.LOWEST_FOR_NAMES) {
      // a namesake whose body is mostly different is another thing with the same words
      channels.add(DuplicateChannel.NAMES);
    }
    boolean sharesMembers = shared[1] == 0 || shared[0] >= 2 && shared[0] * 2 >= shared[1];
    boolean renamedPredecessor =
        !sameInnermost && (concepts.effectivelyDeprecated(a) || concepts.effectivelyDeprecated(b));
    // a copy renamed by adding words (DataHelper, LobStreamDataHelper): nearly the same statements
    // and nearly every member the same; names that differ in a word of their own (ManagedList and
    // ManagedSet, TypeB and TypeC) are the variants of one template
    boolean nearlyAllMembers =
        body >= BodyIndex.NEAR_IDENTICAL && shared[0] >= 3 && shared[0] >= 0.8 * shared[1];
    boolean renamedCopy =
        nearlyAllMembers && nameExtends(innermostA, Concepts.innermost(b.simpleName()));
    // names with words of their own (MappingEventReader, JpaOrmXmlEventReader): a copy only if
    // both are bound to the same things (decided once every pair is known); variants of one
    // template (ManagedList, ManagedSet) are bound to different ones, and subclasses of one base
    // whose names differ (TypeB, TypeC) are the variants the base asks for
    boolean renamedBound =
        nearlyAllMembers && !siblings && !sameInnermost && !renamedCopy && !renamedPredecessor;
    if (body >= bodies.threshold()
        && !channels.contains(DuplicateChannel.IDENTICAL_BODY)
        && (sameInnermost
            || renamedPredecessor
            || renamedCopy
            || renamedBound
            || channels.contains(DuplicateChannel.NAMES))
        && (sharesMembers || body >= BodyIndex.NEAR_IDENTICAL)) {
      // similar statements alone (accessors, small delegations) are a style, not a copy: the
      // methods must be the same ones too
      channels.add(DuplicateChannel.BODIES);
    }
    if (namesakeSiblings) {
      channels.add(DuplicateChannel.NAMES);
      tentative.add(a.qualifiedName() + "\u0000" + b.qualifiedName());
    }
    // a deprecated type alike a differently named one it does not name as its successor: a copy
    // left behind if both are bound to the same things, else a retired back end beside the others
    if ((renamedBound || renamedPredecessor)
        && channels.equals(EnumSet.of(DuplicateChannel.BODIES))) {
      tentative.add(a.qualifiedName() + "\u0000" + b.qualifiedName());
    }
    if (channels.isEmpty()) {
      return null;
    }
    return new DuplicatePair(a, b, channels, shared[0], shared[1], body);
  }

  /**
   * Definitions of one name in one file where one of them is conditional (under {@code if}, {@code
   * try}: the front end marks it with the {@code conditional} modifier): alternatives, not a
   * redefinition.
   */
  private static boolean alternatives(TypeDecl a, TypeDecl b) {
    return a.location().path().equals(b.location().path())
        && (a.modifiers().contains(CONDITIONAL) || b.modifiers().contains(CONDITIONAL));
  }

  /** The modifier a front end gives a definition that only runs under a condition. */
  static final String CONDITIONAL = "conditional";

  /**
   * Whether the two extend different types of the analysed code that have the same name: each is
   * its family's specialisation of its own base ({@code firebird.VARCHAR(firebird._StringType)}
   * beside {@code mysql.VARCHAR(mysql._StringType)}, {@code LocalCache.ValueIterator} over its own
   * {@code HashIterator}), whatever the text they share.
   */
  static boolean parallelFamilies(CodeGraph graph, TypeDecl a, TypeDecl b) {
    return !familyBases(graph, a, b).isEmpty();
  }

  /**
   * The pairs of different types of the analysed code that {@code a} and {@code b} extend under one
   * (innermost) name: each its own family's base of that name.
   */
  private static List<TypeDecl[]> familyBases(CodeGraph graph, TypeDecl a, TypeDecl b) {
    List<TypeDecl[]> pairs = new ArrayList<>();
    for (String left : a.supertypes()) {
      String leftName = Concepts.innermost(left);
      for (String right : b.supertypes()) {
        if (!leftName.equals(Concepts.innermost(right))) {
          continue;
        }
        TypeDecl baseA = graph.resolve(a, left).flatMap(graph::type).orElse(null);
        TypeDecl baseB = graph.resolve(b, right).flatMap(graph::type).orElse(null);
        if (baseA != null
            && baseB != null
            && !baseA.qualifiedName().equals(baseB.qualifiedName())) {
          pairs.add(new TypeDecl[] {baseA, baseB});
        }
      }
    }
    return pairs;
  }

  /**
   * Whether {@code a} and {@code b} are one template per family: they extend different local bases
   * of one name, and those bases are not themselves alike (a family copied with its base, as a
   * dialect copied from another, keeps its copies).
   */
  private boolean templatePerFamily(TypeDecl a, TypeDecl b, Map<TypeDecl, Integer> index) {
    List<TypeDecl[]> bases = familyBases(graph, a, b);
    if (bases.isEmpty()) {
      return false;
    }
    for (TypeDecl[] pair : bases) {
      Integer ia = index.get(pair[0]);
      Integer ib = index.get(pair[1]);
      if (ia != null
          && ib != null
          && !ia.equals(ib)
          && bodies.similarity(ia, ib, true) >= BodyIndex.LOWEST_FOR_NAMES) {
        return false;
      }
    }
    return true;
  }

  /**
   * A deprecated definition declared again under the same name beside its live namesake, with every
   * member of the smaller one in common and work of its own (the old one may be smaller, the new
   * one may have grown: their bodies need not be alike).
   */
  private boolean deprecatedNamesake(TypeDecl a, TypeDecl b, boolean sameInnermost, int[] shared) {
    if (!sameInnermost || shared[1] == 0 || shared[0] < shared[1]) {
      return false;
    }
    boolean oldA = concepts.effectivelyDeprecated(a);
    if (oldA == concepts.effectivelyDeprecated(b)) {
      return false;
    }
    TypeDecl old = oldA ? a : b;
    return doesOwnWork(old) && !forwards(old);
  }

  /**
   * Whether subclasses of one base are copies rather than variations: nearly identical bodies, or,
   * with one telling name (of two words or more: a one-word name such as {@code Command} or {@code
   * Migration} is the convention of a framework), alike bodies or every member the same.
   */
  private static boolean siblingCopies(boolean sameInnermost, double body, int[] shared) {
    if (body >= BodyIndex.NEAR_IDENTICAL) {
      return true;
    }
    if (!sameInnermost) {
      return false;
    }
    return body >= BodyIndex.THRESHOLD
        || shared[1] >= 3 && shared[0] == shared[1] && body >= BodyIndex.SIBLING_NAMESAKES;
  }

  /**
   * Whether both types name direct supertypes and none in common (by simple name): they are built
   * on different things.
   */
  private static boolean differentBases(TypeDecl a, TypeDecl b) {
    Set<String> left = new java.util.HashSet<>();
    a.supertypes().forEach(t -> left.add(Concepts.innermost(t)));
    Set<String> right = new java.util.HashSet<>();
    b.supertypes().forEach(t -> right.add(Concepts.innermost(t)));
    left.remove("object");
    right.remove("object");
    if (left.isEmpty() || right.isEmpty()) {
      return false;
    }
    left.retainAll(right);
    return left.isEmpty();
  }

  /** The words that name a primitive type in a specialised name ({@code IntPredicate}). */
  private static final java.util.regex.Pattern PRIMITIVE =
      java.util.regex.Pattern.compile(
          "Int|Integer|Long|Double|Float|Short|Byte|Char|Character|Boolean|Bool|Obj|Object");

  private static final java.util.regex.Pattern SIGNEDNESS =
      java.util.regex.Pattern.compile("Unsigned|Signed");

  /** Whether two names differ only by the primitive type they are specialised for. */
  static boolean primitiveSpecialisations(TypeDecl a, TypeDecl b) {
    // the whole name: ByteCollections.UnmodifiableMap and CharCollections.UnmodifiableMap too
    // signedness is part of the specialisation too: SignedBytes, UnsignedInts
    String left =
        PRIMITIVE.matcher(SIGNEDNESS.matcher(a.simpleName()).replaceAll("")).replaceAll("#");
    String right =
        PRIMITIVE.matcher(SIGNEDNESS.matcher(b.simpleName()).replaceAll("")).replaceAll("#");
    return left.contains("#")
        && (left.equals(right) || left.replace("#", "").equals(right.replace("#", "")));
  }

  /** Whether most of a type's methods only hand the call to another object. */
  private static boolean forwards(TypeDecl type) {
    int methods = 0;
    int forwarding = 0;
    for (dev.ssot.core.model.MethodDecl method : type.methods()) {
      if (method.isConstructor() || method.body() == dev.ssot.core.model.MethodDecl.Body.NONE) {
        continue;
      }
      methods++;
      if (method.body() == dev.ssot.core.model.MethodDecl.Body.DELEGATION) {
        forwarding++;
      }
    }
    return methods >= 2 && forwarding * 2 >= methods;
  }

  /** Parts of one declaration: nested in one outer type, or one nested in the other. */
  private static boolean partsOfOne(TypeDecl a, TypeDecl b) {
    if (!a.location().path().equals(b.location().path())) {
      return false;
    }
    if (a.qualifiedName().startsWith(b.qualifiedName() + ".")
        || b.qualifiedName().startsWith(a.qualifiedName() + ".")) {
      return true;
    }
    return a.isNested() && b.isNested() && a.topLevelName().equals(b.topLevelName());
  }

  /**
   * Whether the names and members make a copy: names equal once affixes are stripped and half the
   * smaller member set shared (at least two, or the language's minimum); across namespaces the very
   * same name and most members.
   */
  private boolean byNames(TypeDecl a, TypeDecl b, int[] shared) {
    String keyA = concepts.normalizer().normalize(Concepts.innermost(a.simpleName()));
    String keyB = concepts.normalizer().normalize(Concepts.innermost(b.simpleName()));
    if (!keyA.equals(keyB) || shared[1] == 0) {
      return false;
    }
    boolean sameInnermost =
        Concepts.innermost(a.simpleName()).equals(Concepts.innermost(b.simpleName()));
    int minimum = Math.max(2, graph.traits(a).minSharedMethodsForSameName());
    if (shared[1] == 1 && !(a.isNested() && b.isNested()) && sameInnermost && words(keyA) >= 2
        || shared[1] == 1 && !a.isNested() && !b.isNested() && words(keyA) >= 2) {
      // single-method types (factories, handlers) named for one concept: the one method is all
      minimum = 1;
    }
    if (shared[0] < minimum || shared[0] < NAME_SHARE * shared[1]) {
      return false;
    }
    if (!concepts.namespaceOf(a).equals(concepts.namespaceOf(b))) {
      return sameInnermost && shared[0] >= 3 && shared[0] >= 0.8 * shared[1];
    }
    return true;
  }

  /**
   * Whether one name is the other with words added ({@code LobStreamDataHelper} and {@code
   * DataHelper}, {@code IndexBackref} and {@code Backref}), compared word by word, case aside.
   */
  static boolean nameExtends(String a, String b) {
    List<String> left = wordList(a);
    List<String> right = wordList(b);
    List<String> longer = left.size() >= right.size() ? left : right;
    List<String> shorter = longer == left ? right : left;
    if (shorter.isEmpty() || shorter.size() == longer.size()) {
      return false;
    }
    List<String> rest = new ArrayList<>(longer);
    for (String word : shorter) {
      if (!rest.remove(word)) {
        return false;
      }
    }
    return true;
  }

  /** The words of a CamelCase or snake_case name, lower case. */
  private static List<String> wordList(String name) {
    List<String> words = new ArrayList<>();
    for (String part : name.split("[_$.]+")) {
      for (String word : part.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
        if (!word.isEmpty()) {
          words.add(word.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return words;
  }

  /** How many words a CamelCase name has ({@code WebSocketManager}: 3). */
  static int words(String name) {
    int words = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean startsWord =
          i == 0
              || !Character.isUpperCase(name.charAt(i - 1))
              || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
      if (Character.isUpperCase(c) && startsWord) { // PLAINAuthenticator: PLAIN, Authenticator
        words++;
      }
    }
    return Math.max(words, name.isEmpty() ? 0 : 1);
  }

  private List<DuplicateGroup> components(
      List<TypeDecl> candidates, Map<TypeDecl, Integer> index, List<DuplicatePair> pairs) {
    int[] parent = components(candidates.size(), index, pairs);
    Map<Integer, List<TypeDecl>> members = new TreeMap<>();
    Map<Integer, List<DuplicatePair>> pairsOf = new HashMap<>();
    for (DuplicatePair pair : pairs) {
      int root = find(parent, index.get(pair.a()));
      pairsOf.computeIfAbsent(root, k -> new ArrayList<>()).add(pair);
      members.computeIfAbsent(root, k -> new ArrayList<>());
    }
    for (int i = 0; i < candidates.size(); i++) {
      List<TypeDecl> group = members.get(find(parent, i));
      if (group != null) {
        group.add(candidates.get(i));
      }
    }
    Comparator<TypeDecl> order =
        Comparator.comparing(TypeDecl::qualifiedName)
            .thenComparing(t -> t.location().path())
            .thenComparingInt(t -> t.location().line());
    List<DuplicateGroup> groups = new ArrayList<>();
    for (Map.Entry<Integer, List<TypeDecl>> entry : members.entrySet()) {
      List<TypeDecl> group = entry.getValue();
      group.sort(order);
      List<DuplicatePair> tied = pairsOf.get(entry.getKey());
      boolean high =
          tied.stream()
              .anyMatch(
                  p ->
                      p.identity()
                          || p.channels().size() > 1
                          || p.bodySimilarity() >= BodyIndex.NEAR_IDENTICAL
                          || (p.shared() >= 3 && p.shared() >= 0.8 * p.smaller()));
      groups.add(
          new DuplicateGroup(
              canonicalOf(group),
              group,
              tied,
              high ? DuplicateGroup.Confidence.HIGH : DuplicateGroup.Confidence.MEDIUM));
    }
    groups.sort(
        Comparator.comparing((DuplicateGroup g) -> g.canonical().qualifiedName())
            .thenComparing(g -> g.members().get(0).location().path()));
    return groups;
  }

  /** The concept's canonical type when the group holds it, else the preferred definition. */
  private TypeDecl canonicalOf(List<TypeDecl> group) {
    for (TypeDecl member : group) {
      boolean canonical =
          concepts
              .conceptOf(member.qualifiedName())
              .map(c -> c.canonical().equals(member.qualifiedName()))
              .orElse(false);
      if (canonical
          && concepts.roleOf(member.qualifiedName()).map(r -> r.type() == member).orElse(false)) {
        return member;
      }
    }
    return concepts.chooseCanonical(group);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
