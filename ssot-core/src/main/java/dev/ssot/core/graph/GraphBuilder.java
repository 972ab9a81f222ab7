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
    Map<Level, List<Dependency>> grouped = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      grouped.put(level, new ArrayList<>());
    }
    Map<Level, List<Link>> byLevel = new EnumMap<>(Level.class);
    for (Link edge : edges) {
      byLevel.computeIfAbsent(edge.level(), k -> new ArrayList<>()).add(edge);
    }
    // the links are many: once grouped, only the dependencies are kept
    edges.clear();
    links.clear();
    byLevel.forEach((level, sameLevel) -> grouped.put(level, dependencies(sameLevel)));
    byLevel.clear();
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
        once(() -> graphOf(packages, merged(grouped.get(Level.PACKAGE), grouped.get(Level.ALL)))));
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

  private static final Comparator<Link> BY_ENDS_AND_PLACE =
      Comparator.comparing(Link::from).thenComparing(Link::to).thenComparing(Link::at);

  /**
   * One dependency per (from, to) pair of the links (all of one level), with every distinct place
   * behind it, sorted; the dependencies sorted by (from, to).
   */
  private static List<Dependency> dependencies(List<Link> links) {
    links.sort(BY_ENDS_AND_PLACE);
    List<Dependency> result = new ArrayList<>();
    List<Location> evidence = new ArrayList<>();
    int n = links.size();
    for (int i = 0; i < n; ) {
      Link first = links.get(i);
      evidence.clear();
      int j = i;
      for (; j < n; j++) {
        Link link = links.get(j);
        if (!link.from().equals(first.from()) || !link.to().equals(first.to())) {
          break;
        }
        if (evidence.isEmpty() || !evidence.get(evidence.size() - 1).equals(link.at())) {
          evidence.add(link.at());
        }
      }
      result.add(new Dependency(first.from(), first.to(), evidence));
      i = j;
    }
    return result;
  }

  /**
   * The union of two lists of dependencies sorted by (from, to): one dependency per pair, with the
   * places of both, sorted and distinct.
   */
  private static List<Dependency> merged(List<Dependency> left, List<Dependency> right) {
    List<Dependency> result = new ArrayList<>(left.size() + right.size());
    int i = 0;
    int j = 0;
    while (i < left.size() || j < right.size()) {
      int order;
      if (i == left.size()) {
        order = 1;
      } else if (j == right.size()) {
        order = -1;
      } else {
        Dependency a = left.get(i);
        Dependency b = right.get(j);
        order = a.from().compareTo(b.from());
        if (order == 0) {
          order = a.to().compareTo(b.to());
        }
      }
      if (order < 0) {
        result.add(left.get(i++));
      } else if (order > 0) {
        result.add(right.get(j++));
      } else {
        Dependency a = left.get(i++);
        Dependency b = right.get(j++);
        TreeSet<Location> evidence = new TreeSet<>(a.evidence());
        evidence.addAll(b.evidence());
        result.add(new Dependency(a.from(), a.to(), new ArrayList<>(evidence)));
      }
    }
    return result;
  }

  private static Graph<String, Dependency> graphOf(TreeSet<String> nodes, List<Dependency> edges) {
    DefaultDirectedGraph<String, Dependency> graph = new DefaultDirectedGraph<>(Dependency.class);
    nodes.forEach(graph::addVertex);
    for (Dependency edge : edges) {
      graph.addVertex(edge.from());
      graph.addVertex(edge.to());
      graph.addEdge(edge.from(), edge.to(), edge);
    }
    return graph;
  }
}
