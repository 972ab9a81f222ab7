package dev.ssot.core.graph;

import dev.ssot.core.graph.ImportResolver.Resolution;
import dev.ssot.core.graph.ImportResolver.Via;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeRef;
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
 * Links facts into a {@link CodeGraph}: resolves every import and type reference against the index
 * of declared types and records one edge per (from, to) pair with its evidence.
 *
 * <p>Evidence rules: a resolved single-type import that code uses, or a static import, is evidence
 * at its own line (the references it enables add nothing more); a reference resolved through the
 * file's package, an on-demand import or a fully qualified name is evidence at the reference.
 * Imports that no code uses (also those only Javadoc mentions) create no edge, as in bytecode. At
 * the type level, imports count for the file's primary top-level type (the one named like the
 * file), references for their enclosing top-level type.
 */
final class GraphBuilder {

  private GraphBuilder() {}

  private record Edge(Level level, String from, String to, Location at) {}

  private record FileLinks(List<Edge> edges, List<TypeUse> uses) {}

  static CodeGraph build(Collection<FileFacts> input, java.util.Set<String> extensionModules) {
    List<FileFacts> files = new ArrayList<>(input);
    files.sort(Comparator.comparing(FileFacts::path));
    TypeIndex index = new TypeIndex(files);
    List<FileFacts> javaFiles = files.stream().filter(f -> !"python".equals(f.language())).toList();
    List<FileFacts> pythonFiles =
        files.stream().filter(f -> "python".equals(f.language())).toList();
    PythonLinker python =
        pythonFiles.isEmpty() ? null : new PythonLinker(pythonFiles, index, extensionModules);
    Map<String, List<String>> pythonSupertypes =
        python == null ? Map.of() : pythonSupertypes(python, pythonFiles);
    // In rounds until nothing changes: each round sees member types inherited through the previous
    // round's supertypes (class Impl implements Handle, where Handle is a member type inherited
    // from an interface of the enclosing class). Real code settles in two or three rounds.
    Map<String, List<String>> supertypes = Map.of();
    for (int round = 0; round < 6; round++) {
      Map<String, List<String>> next = new java.util.HashMap<>(resolveSupertypes(index, javaFiles));
      next.putAll(pythonSupertypes);
      if (next.equals(supertypes)) {
        break;
      }
      supertypes = next;
      index.supertypes(supertypes);
    }
    List<FileLinks> links =
        new ArrayList<>(javaFiles.parallelStream().map(file -> linksOf(index, file)).toList());
    List<UnresolvedImport> unresolved = new ArrayList<>();
    if (python != null) {
      for (FileFacts file : pythonFiles) {
        links.add(pythonLinksOf(python, file, unresolved));
      }
    }
    List<Edge> edges = new ArrayList<>();
    List<TypeUse> uses = new ArrayList<>();
    for (FileLinks link : links) {
      edges.addAll(link.edges());
      uses.addAll(link.uses());
    }

    Map<Level, java.util.function.Supplier<Graph<String, Dependency>>> graphs =
        new EnumMap<>(Level.class);
    Map<Level, TreeMap<String, TreeMap<String, TreeSet<Location>>>> grouped =
        new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      grouped.put(level, new TreeMap<>());
    }
    for (Edge edge : edges) {
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
    return new CodeGraph(files, index, graphs, uses, python, unresolved);
  }

  /**
   * First pass: the declared supertypes of every type, resolved in the scope of its enclosing type
   * (external ones left out). The second pass needs them for member types inherited from
   * supertypes.
   */
  private static Map<String, List<String>> resolveSupertypes(
      TypeIndex index, List<FileFacts> files) {
    Map<String, List<String>> result = new java.util.concurrent.ConcurrentHashMap<>();
    files.parallelStream()
        .forEach(
            file -> {
              ImportResolver resolver = new ImportResolver(index, file);
              for (TypeDecl type : file.types()) {
                List<String> resolved = new ArrayList<>();
                for (String written : type.supertypes()) {
                  Resolution resolution = resolver.resolve(written, type.enclosingType(), true);
                  if (resolution != null && !resolution.type().equals(type.qualifiedName())) {
                    resolved.add(resolution.type());
                  }
                }
                if (!resolved.isEmpty()) {
                  result.putIfAbsent(type.qualifiedName(), List.copyOf(resolved));
                }
              }
            });
    return result;
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

  private static FileLinks linksOf(TypeIndex index, FileFacts file) {
    List<Edge> edges = new ArrayList<>();
    List<TypeUse> uses = new ArrayList<>();
    ImportResolver resolver = new ImportResolver(index, file);
    String primary = primaryType(file);
    String pkg = file.packageName();
    java.util.Set<String> usedImports = new java.util.HashSet<>();
    for (TypeRef ref : file.references()) {
      Resolution resolution = resolver.resolve(ref.name(), ref.fromType(), ref.typeContext());
      if (resolution == null) {
        continue;
      }
      TypeDecl target = index.get(resolution.type());
      Location at = new Location(file.path(), ref.line(), ref.column());
      String from = ref.fromType() == null ? null : topLevelOf(index, ref.fromType());
      if (resolution.via() == Via.SINGLE_IMPORT) {
        int dot = ref.name().indexOf('.');
        usedImports.add(dot < 0 ? ref.name() : ref.name().substring(0, dot));
      } else {
        uses.add(
            new TypeUse(
                at,
                file.path(),
                from,
                resolution.type(),
                resolution.via() == Via.QUALIFIED
                    ? TypeUse.Kind.QUALIFIED
                    : TypeUse.Kind.SIMPLE_NAME,
                ref.name()));
        add(edges, Level.PACKAGE, pkg, target.packageName(), at);
      }
      if (from != null && (resolution.via() != Via.SINGLE_IMPORT || !from.equals(primary))) {
        add(edges, Level.TYPE, from, target.topLevelName(), at);
      }
    }
    for (ImportRef imp : file.imports()) {
      String target = resolver.resolveImport(imp);
      if (target == null) {
        continue;
      }
      Location at = new Location(file.path(), imp.line(), imp.column());
      uses.add(
          new TypeUse(
              at,
              file.path(),
              primary,
              target,
              imp.isStatic() ? TypeUse.Kind.STATIC_IMPORT : TypeUse.Kind.IMPORT,
              imp.name()));
      // A type import that no code uses (or only Javadoc) is no dependency: javac drops it too.
      // Static imports count: uses of imported members are not tracked.
      String simple = imp.name().substring(imp.name().lastIndexOf('.') + 1);
      if (!imp.isStatic() && !usedImports.contains(simple)) {
        continue;
      }
      add(edges, Level.PACKAGE, pkg, index.get(target).packageName(), at);
      if (primary != null) {
        add(edges, Level.TYPE, primary, index.get(target).topLevelName(), at);
      }
    }
    return new FileLinks(edges, uses);
  }

  /**
   * The bases of every Python class, resolved through the module's bindings (external ones left
   * out).
   */
  private static Map<String, List<String>> pythonSupertypes(
      PythonLinker python, List<FileFacts> files) {
    Map<String, List<String>> result = new java.util.HashMap<>();
    for (FileFacts file : files) {
      for (TypeDecl type : file.types()) {
        List<String> resolved = new ArrayList<>();
        for (String written : type.supertypes()) {
          PythonLinker.Resolution resolution = python.resolveWritten(file.packageName(), written);
          if (resolution.kind() == PythonLinker.Kind.CLASS
              && !resolution.target().equals(type.qualifiedName())) {
            resolved.add(resolution.target());
          }
        }
        if (!resolved.isEmpty()) {
          result.put(type.qualifiedName(), List.copyOf(resolved));
        }
      }
    }
    return result;
  }

  /**
   * A Python file's module dependencies (import-time ones at {@link Level#PACKAGE}, the others at
   * {@link Level#ALL} only), the classes its imports reach with their re-export chains, and the
   * {@code from m import x} statements whose {@code x} module {@code m} does not have.
   */
  private static FileLinks pythonLinksOf(
      PythonLinker python, FileFacts file, List<UnresolvedImport> unresolved) {
    List<Edge> edges = new ArrayList<>();
    List<TypeUse> uses = new ArrayList<>();
    String module = file.packageName();
    // `from m import a, b` is one dependency at one line, not two
    java.util.Set<String> statements = new java.util.HashSet<>();
    for (ImportRef imp : file.imports()) {
      Location at = new Location(file.path(), imp.line(), imp.column());
      Level level = imp.context().atImportTime() ? Level.PACKAGE : Level.ALL;
      if (!imp.fromImport()) {
        String target = python.importedModule(imp.name());
        if (target != null) {
          addOnce(edges, statements, level, module, target, at);
        }
        missingModule(python, module, imp, at, unresolved);
        continue;
      }
      if (!python.hasModule(imp.name())) {
        missingModule(python, module, imp, at, unresolved);
        continue;
      }
      if (imp.onDemand()) {
        addOnce(edges, statements, level, module, imp.name(), at);
        continue;
      }
      PythonLinker.Resolution resolution = python.lookupFrom(imp.name(), imp.member());
      String target =
          resolution.kind() == PythonLinker.Kind.MODULE
                  && resolution.chain().isEmpty()
                  && resolution.target().equals(imp.name() + "." + imp.member())
              ? resolution.target()
              : imp.name();
      addOnce(edges, statements, level, module, target, at);
      switch (resolution.kind()) {
        case CLASS ->
            uses.add(
                new TypeUse(
                    at,
                    file.path(),
                    null,
                    resolution.target(),
                    TypeUse.Kind.IMPORT,
                    imp.name() + "." + imp.member(),
                    resolution.chain()));
        case MISSING -> {
          String twin = python.vendoredTwin(module, imp.name());
          if (twin == null
              || python.lookupFrom(twin, imp.member()).kind() == PythonLinker.Kind.MISSING) {
            unresolved.add(new UnresolvedImport(at, imp, resolution.target(), null));
          }
        }
        default -> {}
      }
      if (resolution.typingOnly() && imp.context() != ImportContext.TYPE_CHECKING) {
        Location bound = resolution.chain().isEmpty() ? null : resolution.chain().get(0).location();
        unresolved.add(
            new UnresolvedImport(
                at,
                imp,
                imp.name() + "." + imp.member(),
                "binds "
                    + imp.member()
                    + " only under if TYPE_CHECKING"
                    + (bound == null ? "" : " (" + bound.path() + ":" + bound.line() + ")")
                    + ", which never runs"));
      }
    }
    return new FileLinks(edges, uses);
  }

  private static void addOnce(
      List<Edge> edges,
      java.util.Set<String> seen,
      Level level,
      String from,
      String to,
      Location at) {
    if (seen.add(level + "\u0000" + to + "\u0000" + at.line())) {
      add(edges, level, from, to, at);
    }
  }

  /** An import of a module that does not exist inside a package of the codebase. */
  private static void missingModule(
      PythonLinker python,
      String importer,
      ImportRef imp,
      Location at,
      List<UnresolvedImport> unresolved) {
    ImportContext context = imp.context();
    if (context.guarded() || context == ImportContext.CONDITIONAL) {
      return; // an optional module (a C extension built on install, a platform module) is expected
      // to be missing
    }
    String missing = python.missingModule(imp.name());
    if (missing != null
        && PythonLinker.topLevelPackage(missing).equals(PythonLinker.topLevelPackage(importer))) {
      // only a package's own modules: tests that put fixture packages on sys.path import others
      unresolved.add(
          new UnresolvedImport(
              at,
              imp,
              missing,
              "no module "
                  + missing
                  + " exists in package "
                  + missing.substring(0, missing.lastIndexOf('.'))));
    }
  }

  private static void add(List<Edge> edges, Level level, String from, String to, Location at) {
    if (!from.equals(to)) {
      edges.add(new Edge(level, from, to, at));
    }
  }

  private static String topLevelOf(TypeIndex index, String qualified) {
    TypeDecl type = index.get(qualified);
    return type == null ? null : type.topLevelName();
  }

  /** The top-level type named like the file, else the first top-level type, else null. */
  private static String primaryType(FileFacts file) {
    String fileName = file.path().substring(file.path().lastIndexOf('/') + 1);
    int dot = fileName.lastIndexOf('.');
    String stem = dot < 0 ? fileName : fileName.substring(0, dot);
    String first = null;
    for (TypeDecl type : file.types()) {
      if (type.isNested()) {
        continue;
      }
      if (type.simpleName().equals(stem)) {
        return type.qualifiedName();
      }
      if (first == null) {
        first = type.qualifiedName();
      }
    }
    return first;
  }
}
