package dev.ssot.core.graph;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;

/**
 * The analysed code as graphs: an immutable facade over JGraphT with one dependency graph per
 * {@link Level}. Every edge keeps the {@code file:line} of the imports and references behind it.
 * Queries are small verbs that answer one question each; results are sorted, so parallel parsing
 * never changes what comes out.
 */
public final class CodeGraph {

  private final List<FileFacts> files;
  private final TypeIndex index;
  private final Map<Level, java.util.function.Supplier<Graph<String, Dependency>>> graphs;
  private final Map<String, List<TypeUse>> usesByTarget;
  private final Map<String, FileFacts> filesByPath;
  private final Map<String, Linker> linkers;
  private final Map<String, LanguageTraits> traits;
  private final ModuleScope modules;
  private final List<UnresolvedImport> unresolvedImports;
  private final BuildModules buildModules;

  CodeGraph(
      List<FileFacts> files,
      TypeIndex index,
      Map<Level, java.util.function.Supplier<Graph<String, Dependency>>> graphs,
      List<TypeUse> uses,
      Map<String, Linker> linkers,
      Map<String, LanguageTraits> traits,
      List<UnresolvedImport> unresolvedImports) {
    this.linkers = Map.copyOf(linkers);
    this.traits = Map.copyOf(traits);
    this.modules =
        linkers.values().stream()
            .map(Linker::modules)
            .flatMap(Optional::stream)
            .findFirst()
            .orElse(null);
    this.unresolvedImports = List.copyOf(unresolvedImports);
    this.files = List.copyOf(files);
    this.index = index;
    this.graphs = new EnumMap<>(graphs);
    Map<String, List<TypeUse>> byTarget = new java.util.HashMap<>();
    for (TypeUse use : uses) {
      byTarget.computeIfAbsent(use.target(), k -> new ArrayList<>()).add(use);
    }
    byTarget.replaceAll(
        (k, v) -> {
          v.sort(Comparator.comparing(TypeUse::location));
          return List.copyOf(v);
        });
    this.usesByTarget = byTarget;
    Map<String, FileFacts> byPath = new java.util.HashMap<>();
    files.forEach(f -> byPath.put(f.path(), f));
    this.filesByPath = byPath;
    this.buildModules = BuildModules.NONE;
  }

  /** A graph like {@code other} with these build modules. */
  private CodeGraph(CodeGraph other, BuildModules buildModules) {
    this.files = other.files;
    this.index = other.index;
    this.graphs = other.graphs;
    this.usesByTarget = other.usesByTarget;
    this.filesByPath = other.filesByPath;
    this.linkers = other.linkers;
    this.traits = other.traits;
    this.modules = other.modules;
    this.unresolvedImports = other.unresolvedImports;
    this.buildModules = buildModules;
  }

  /**
   * This graph, knowing the modules of the analysed tree's build (which module each file belongs
   * to, and which modules depend on which).
   */
  public CodeGraph withBuildModules(BuildModules buildModules) {
    return new CodeGraph(this, java.util.Objects.requireNonNull(buildModules, "buildModules"));
  }

  /** The modules of the analysed tree's build ({@link BuildModules#NONE} when it has none). */
  public BuildModules buildModules() {
    return buildModules;
  }

  /**
   * Every import and reference that reaches the declared type {@code qualifiedName}, sorted by
   * location.
   */
  public List<TypeUse> usesOf(String qualifiedName) {
    return usesByTarget.getOrDefault(qualifiedName, List.of());
  }

  /** The declared types that some code reaches, sorted. */
  public SortedSet<String> usedTypes() {
    return new TreeSet<>(usesByTarget.keySet());
  }

  /** Every declared type, nested ones included, in file path order. */
  public List<TypeDecl> types() {
    List<TypeDecl> all = new ArrayList<>();
    files.forEach(f -> all.addAll(f.types()));
    return all;
  }

  /** The facts of the file at this root-relative path. */
  public Optional<FileFacts> file(String path) {
    return Optional.ofNullable(filesByPath.get(path));
  }

  /**
   * Resolves a type name written inside a declared type (a supertype, a field type, a receiver) to
   * a declared type, or empty when it is external or unknown.
   */
  public Optional<String> resolve(TypeDecl context, String written) {
    FileFacts file = filesByPath.get(context.location().path());
    if (file == null || written == null || written.isEmpty()) {
      return Optional.empty();
    }
    String plain = written.endsWith("...") ? written.substring(0, written.length() - 3) : written;
    while (plain.endsWith("[]")) {
      plain = plain.substring(0, plain.length() - 2);
    }
    Linker linker = linkers.get(file.language());
    return linker == null ? Optional.empty() : linker.resolve(file, context, plain);
  }

  /** The traits of the language a declared type is written in. */
  public LanguageTraits traits(TypeDecl type) {
    FileFacts file = filesByPath.get(type.location().path());
    return file == null ? LanguageTraits.DEFAULT : traits(file.language());
  }

  /** The traits of a language id (the defaults for a language without a front end). */
  public LanguageTraits traits(String language) {
    return traits.getOrDefault(language, LanguageTraits.DEFAULT);
  }

  /** The graph of a level, built on first use (most runs never ask for {@link Level#ALL}). */
  private Graph<String, Dependency> graph(Level level) {
    return graphs.get(level).get();
  }

  /**
   * The module-level bindings of the analysed code, when a language with module-level bindings was
   * analysed.
   */
  public Optional<ModuleScope> modules() {
    return Optional.ofNullable(modules);
  }

  /**
   * Imports that fail at run time ({@code from m import x} where module {@code m} of the codebase
   * has no {@code x}), by location.
   */
  public List<UnresolvedImport> unresolvedImports() {
    return unresolvedImports;
  }

  /**
   * Links the given facts (in any order) with the linkers of the given languages, knowing the
   * modules whose facts are unknown (compiled extensions, stubs, files that failed to parse):
   * importing from them is not an error, whatever the name. Files of a language without a linker
   * take part as declarations only.
   */
  public static CodeGraph of(
      Collection<FileFacts> files,
      List<? extends LinkerFactory> languages,
      java.util.Set<String> opaqueModules) {
    return GraphBuilder.build(files, languages, opaqueModules);
  }

  /** The facts of every analysed file, sorted by path. */
  public List<FileFacts> files() {
    return files;
  }

  /** The resolved declared supertypes of a type (external ones left out), in declaration order. */
  public List<String> supertypesOf(String qualifiedName) {
    return index.supertypesOf(qualifiedName);
  }

  /** The declared type with this qualified name, if any. */
  public Optional<TypeDecl> type(String qualifiedName) {
    return Optional.ofNullable(index.get(qualifiedName));
  }

  /** The index of declared types, for resolving names. */
  public TypeIndex index() {
    return index;
  }

  /** Every node of the level, sorted. */
  public SortedSet<String> nodes(Level level) {
    return new TreeSet<>(graph(level).vertexSet());
  }

  /** Every dependency of the level, sorted by (from, to). */
  public List<Dependency> dependencies(Level level) {
    return sorted(graph(level).edgeSet());
  }

  /** The dependency from one node to another, if there is one. */
  public Optional<Dependency> dependency(Level level, String from, String to) {
    Graph<String, Dependency> graph = graph(level);
    if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
      return Optional.empty();
    }
    return Optional.ofNullable(graph.getEdge(from, to));
  }

  /** What a node depends on, sorted by target. */
  public List<Dependency> dependenciesOf(Level level, String node) {
    Graph<String, Dependency> graph = graph(level);
    return graph.containsVertex(node) ? sorted(graph.outgoingEdgesOf(node)) : List.of();
  }

  /** What depends on a node, sorted by source. */
  public List<Dependency> importersOf(Level level, String node) {
    Graph<String, Dependency> graph = graph(level);
    return graph.containsVertex(node) ? sorted(graph.incomingEdgesOf(node)) : List.of();
  }

  /**
   * The strongly connected components with two or more nodes (the ones that contain cycles), each
   * sorted, ordered by their smallest node.
   */
  public List<SortedSet<String>> stronglyConnectedComponents(Level level) {
    List<SortedSet<String>> result = new ArrayList<>();
    for (Set<String> component :
        new KosarajuStrongConnectivityInspector<>(graph(level)).stronglyConnectedSets()) {
      if (component.size() > 1) {
        result.add(new TreeSet<>(component));
      }
    }
    result.sort(Comparator.comparing(SortedSet::first));
    return result;
  }

  /**
   * The shortest cycle inside a component, as a node list that starts at its smallest node and ends
   * with that node again ({@code a, b, c, a}). Ties go to the cycle found first when searching from
   * nodes in sorted order with successors in sorted order.
   */
  public List<String> shortestCycleIn(Level level, SortedSet<String> component) {
    return Cycles.shortestCycle(graph(level), component);
  }

  /**
   * A suggested cut: a small set of weak edges whose removal leaves the component acyclic. See
   * {@link Cycles#suggestedCut} for the heuristic.
   */
  public List<Dependency> suggestedCut(Level level, SortedSet<String> component) {
    return Cycles.suggestedCut(graph(level), component);
  }

  private static List<Dependency> sorted(Collection<Dependency> edges) {
    List<Dependency> list = new ArrayList<>(edges);
    list.sort(Comparator.comparing(Dependency::from).thenComparing(Dependency::to));
    return list;
  }
}
