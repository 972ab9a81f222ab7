package dev.ssot.lang.python;

import dev.ssot.core.graph.FileLinks;
import dev.ssot.core.graph.Level;
import dev.ssot.core.graph.Link;
import dev.ssot.core.graph.Linker;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.graph.ModuleScope.Kind;
import dev.ssot.core.graph.ModuleScope.Resolution;
import dev.ssot.core.graph.TypeIndex;
import dev.ssot.core.graph.TypeUse;
import dev.ssot.core.graph.UnresolvedImport;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links Python files by Python's import semantics: module dependencies (import-time ones at {@link
 * Level#PACKAGE}, the others at {@link Level#ALL} only), the classes imports reach with their
 * re-export chains, and the imports that fail at run time. The bindings themselves are resolved by
 * {@link PythonLinker}, which is also the {@link ModuleScope} the rules read.
 *
 * <p>Files are linked in parallel ({@link #parallel}), and the supertypes of their classes resolved
 * in parallel: {@link PythonLinker} is thread-safe and answers the same whatever the order, so the
 * graph, and the report, are the same with one thread or many.
 */
final class PythonGraphLinker implements Linker {

  private final List<FileFacts> files;
  private final PythonLinker python;

  PythonGraphLinker(List<FileFacts> files, TypeIndex index, Set<String> opaqueModules) {
    this.files = List.copyOf(files);
    this.python = new PythonLinker(files, index, opaqueModules);
    python.prepare();
  }

  @Override
  public boolean parallel() {
    return true;
  }

  @Override
  public Map<String, List<String>> supertypes() {
    return pythonSupertypes(files);
  }

  @Override
  public FileLinks links(FileFacts file) {
    List<UnresolvedImport> unresolved = new ArrayList<>();
    FileLinks links = pythonLinksOf(file, unresolved);
    return new FileLinks(links.links(), links.uses(), unresolved);
  }

  @Override
  public Optional<String> resolve(FileFacts file, TypeDecl context, String written) {
    String name =
        written.startsWith("\"") || written.startsWith("'")
            ? written.substring(1, written.length() - 1)
            : written;
    Resolution resolution = python.resolveWritten(file.packageName(), name);
    return resolution.kind() == Kind.CLASS ? Optional.of(resolution.target()) : Optional.empty();
  }

  @Override
  public Optional<ModuleScope> modules() {
    return Optional.of(python);
  }

  /**
   * The bases of every Python class, resolved through the module's bindings (external ones left
   * out).
   */
  private Map<String, List<String>> pythonSupertypes(List<FileFacts> files) {
    Map<String, List<String>> result = new java.util.HashMap<>();
    // in file order, as one thread would: a later class of the same name wins
    files.parallelStream().map(this::supertypesOf).toList().forEach(result::putAll);
    return result;
  }

  /** The resolved bases of one file's classes, by class, in declaration order. */
  private Map<String, List<String>> supertypesOf(FileFacts file) {
    Map<String, List<String>> result = new java.util.LinkedHashMap<>();
    for (TypeDecl type : file.types()) {
      List<String> resolved = new ArrayList<>();
      for (String written : type.supertypes()) {
        Resolution resolution = python.resolveWritten(file.packageName(), written);
        if (resolution.kind() == Kind.CLASS && !resolution.target().equals(type.qualifiedName())) {
          resolved.add(resolution.target());
        }
      }
      if (!resolved.isEmpty()) {
        result.put(type.qualifiedName(), List.copyOf(resolved));
      }
    }
    return result;
  }

  /**
   * A Python file's module dependencies (import-time ones at {@link Level#PACKAGE}, the others at
   * {@link Level#ALL} only), the classes its imports reach with their re-export chains, and the
   * {@code from m import x} statements whose {@code x} module {@code m} does not have.
   */
  private FileLinks pythonLinksOf(FileFacts file, List<UnresolvedImport> unresolved) {
    List<Link> edges = new ArrayList<>();
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
        missingModule(module, imp, at, unresolved);
        continue;
      }
      if (!python.hasModule(imp.name())) {
        missingModule(module, imp, at, unresolved);
        continue;
      }
      if (imp.onDemand()) {
        addOnce(edges, statements, level, module, imp.name(), at);
        continue;
      }
      Resolution resolution = python.lookupFrom(imp.name(), imp.member());
      String target =
          resolution.kind() == Kind.MODULE
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
          if (twin == null || python.lookupFrom(twin, imp.member()).kind() == Kind.MISSING) {
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
    return new FileLinks(edges, uses, List.of());
  }

  private void addOnce(
      List<Link> edges,
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
  private void missingModule(
      String importer, ImportRef imp, Location at, List<UnresolvedImport> unresolved) {
    ImportContext context = imp.context();
    if (context.guarded() || context == ImportContext.CONDITIONAL) {
      return; // an optional module (a C extension built on install, a platform module) is expected
      // to be missing
    }
    String missing = python.missingModule(imp.name());
    if (missing != null && ModuleScope.topLevel(missing).equals(ModuleScope.topLevel(importer))) {
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

  private void add(List<Link> edges, Level level, String from, String to, Location at) {
    if (!from.equals(to)) {
      edges.add(new Link(level, from, to, at));
    }
  }
}
