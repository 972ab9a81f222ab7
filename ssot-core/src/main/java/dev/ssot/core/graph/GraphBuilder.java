package dev.ssot.core.graph;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * Links facts into a {@link CodeGraph}: each language's {@link Linker} resolves its files' imports
 * and references (by that language's rules) into {@link Link}s with their evidence; this class
 * knows no language. It settles supertypes in rounds, then groups the links into one edge per
 * (from, to) pair and level, each with every place behind it.
 */
final class GraphBuilder {

  private GraphBuilder() {}

  static CodeGraph build(
      Collection<FileFacts> input,
      List<? extends LinkerFactory> languages,
      java.util.Set<String> opaqueModules) {
    List<FileFacts> files = new ArrayList<>(input);
    files.sort(Comparator.comparing(FileFacts::path));
    TypeIndex index = new TypeIndex(files);
    Map<String, LanguageTraits> traits = new TreeMap<>();
    Map<String, Linker> linkers = new TreeMap<>();
    Map<String, List<FileFacts>> filesByLanguage = new TreeMap<>();
    for (FileFacts file : files) {
      filesByLanguage.computeIfAbsent(file.language(), k -> new ArrayList<>()).add(file);
    }
    for (LinkerFactory language : languages) {
      traits.putIfAbsent(language.id(), language.traits());
      List<FileFacts> own = filesByLanguage.get(language.id());
      if (own != null && !linkers.containsKey(language.id())) {
        linkers.put(language.id(), language.linker(own, index, opaqueModules));
      }
    }
    // In rounds until nothing changes: each round sees member types inherited through the previous
    // round's supertypes (class Impl implements Handle, where Handle is a member type inherited
    // from an interface of the enclosing class). Real code settles in two or three rounds.
    Map<String, List<String>> supertypes = Map.of();
    for (int round = 0; round < 6; round++) {
      Map<String, List<String>> next = new java.util.HashMap<>();
      linkers.values().forEach(linker -> next.putAll(linker.supertypes()));
      if (next.equals(supertypes)) {
        break;
      }
      supertypes = next;
      index.supertypes(supertypes);
    }
    List<FileLinks> links = new ArrayList<>();
    for (Map.Entry<String, Linker> entry : linkers.entrySet()) {
      Linker linker = entry.getValue();
      List<FileFacts> own = filesByLanguage.get(entry.getKey());
      if (linker.parallel()) {
        links.addAll(own.parallelStream().map(linker::links).toList());
      } else {
        own.forEach(file -> links.add(linker.links(file)));
      }
    }
    List<Link> edges = new ArrayList<>();
    List<TypeUse> uses = new ArrayList<>();
    List<UnresolvedImport> unresolved = new ArrayList<>();
    for (FileLinks link : links) {
      edges.addAll(link.links());
      uses.addAll(link.uses());
      unresolved.addAll(link.unresolved());
    }

    Map<Level, java.util.function.Supplier<Graph<String, Dependency>>> graphs =
        new EnumMap<>(Level.class);
    Map<Level, TreeMap<String, TreeMap<String, TreeSet<Location>>>> grouped =
        new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      grouped.put(level, new TreeMap<>());
    }
    for (Link edge : edges) {
      grouped
          .get(edge.level())
          .computeIfAbsent(edge.from(), k -> new TreeMap<>())
          .computeIfAbsent(edge.to(), k -> new TreeSet<>())
          .add(edge.at());
    }
    TreeSet<String> packages = new TreeSet<>(index.packages());
    TreeSet<String> types = new TreeSet<>();
    for (FileFacts file : files) {
      for (TypeDecl type : file.types()) {
        if (!type.isNested()) {
          types.add(type.qualifiedName());
        }
      }
    }
    graphs.put(Level.PACKAGE, once(() -> graphOf(packages, grouped.get(Level.PACKAGE))));
    graphs.put(Level.TYPE, once(() -> graphOf(types, grouped.get(Level.TYPE))));
    graphs.put(
        Level.ALL,
        once(
            () -> {
              TreeMap<String, TreeMap<String, TreeSet<Location>>> all = new TreeMap<>();
              for (Level level : List.of(Level.PACKAGE, Level.ALL)) {
                grouped
                    .get(level)
                    .forEach(
                        (from, targets) ->
                            targets.forEach(
                                (to, evidence) ->
                                    all.computeIfAbsent(from, k -> new TreeMap<>())
                                        .computeIfAbsent(to, k -> new TreeSet<>())
                                        .addAll(evidence)));
              }
              return graphOf(packages, all);
            }));
    unresolved.sort(java.util.Comparator.comparing(UnresolvedImport::location));
    return new CodeGraph(files, index, graphs, uses, linkers, traits, unresolved);
  }

  /** A graph built on first use, then kept; thread-safe. */
  private static java.util.function.Supplier<Graph<String, Dependency>> once(
      java.util.function.Supplier<Graph<String, Dependency>> build) {
    return new java.util.function.Supplier<>() {
      private Graph<String, Dependency> built;

      @Override
      public synchronized Graph<String, Dependency> get() {
        if (built == null) {
          built = build.get();
        }
        return built;
      }
    };
  }

  private static Graph<String, Dependency> graphOf(
      TreeSet<String> nodes, TreeMap<String, TreeMap<String, TreeSet<Location>>> edges) {
    DefaultDirectedGraph<String, Dependency> graph = new DefaultDirectedGraph<>(Dependency.class);
    nodes.forEach(graph::addVertex);
    edges.forEach(
        (from, targets) ->
            targets.forEach(
                (to, evidence) -> {
                  graph.addVertex(from);
                  graph.addVertex(to);
                  graph.addEdge(from, to, new Dependency(from, to, new ArrayList<>(evidence)));
                }));
    return graph;
  }
}
