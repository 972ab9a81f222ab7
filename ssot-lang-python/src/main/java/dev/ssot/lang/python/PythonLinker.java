package dev.ssot.lang.python;

import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.graph.TypeIndex;
import dev.ssot.core.model.AliasDecl;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ModuleFacts;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Links Python modules: which module a dotted name is, and what a name a module makes available (a
 * <em>binding</em>: class, function, variable, import, alias, star import) denotes, following
 * re-export chains to the definition and keeping every hop as evidence.
 *
 * <p>Lookup follows Python: a module attribute is what the module binds at import time (imports
 * inside functions bind nothing at module level), a {@code from m import *} brings {@code m}'s
 * {@code __all__} (or its public names), and {@code from m import x} falls back to the submodule
 * {@code m.x}. When {@code x.py} and {@code x/__init__.py} both exist, the package is the module.
 * Results are memoised; a re-export cycle resolves to {@link Kind#UNKNOWN}, never to a guess.
 *
 * <p>Thread-safe, and the same whatever order the questions come in, so files can be linked in
 * parallel: {@link #prepare} settles what star imports bring, module by module in name order, and a
 * lookup is shared only when no re-export cycle cut it short (such a result depends on where the
 * cycle was entered; it is recomputed from each question, so every question gets the answer it
 * would get first).
 */
final class PythonLinker implements ModuleScope {

  private static final Resolution UNKNOWN = Resolution.of(Kind.UNKNOWN, null);

  private final Map<String, FileFacts> modules = new TreeMap<>();
  private final Map<String, Map<String, Resolution>> memo = new ConcurrentHashMap<>();

  /** One thread's lookups in progress, from a question down to the current one. */
  private static final class Walk {
    final Set<String> visiting = new HashSet<>();

    /** Results a cycle cut short, for the rest of this question only. */
    final Map<String, Resolution> cut = new HashMap<>();

    /** How many times a cycle cut a lookup short (or such a result was reused). */
    int cuts;
  }

  private final ThreadLocal<Walk> walks = ThreadLocal.withInitial(Walk::new);

  private final TypeIndex index;

  private final Set<String> extensionModules;

  PythonLinker(List<FileFacts> files, TypeIndex index, Set<String> extensionModules) {
    this.index = index;
    this.extensionModules = Set.copyOf(extensionModules);
    ModuleClaims claims = new ModuleClaims(files);
    modules.putAll(claims.modules);
    this.collisions = List.copyOf(claims.collisions);
  }

  private final List<dev.ssot.core.graph.ModuleCollision> collisions;

  /** Files that claim one module name, with the one imports reach ({@link ModuleClaims}). */
  @Override
  public List<dev.ssot.core.graph.ModuleCollision> collisions() {
    return collisions;
  }

  /** The top-level package of a dotted module name; "" for null. */
  static String topLevelPackage(String module) {
    return ModuleScope.topLevel(module);
  }

  private LoadReplay replay;

  /** Replays the loading of the cycle's modules from each member ({@link LoadReplay}). */
  @Override
  public synchronized Optional<dev.ssot.core.graph.LoadVerdict> loadVerdict(
      java.util.SortedSet<String> cycle) {
    if (replay == null) {
      replay = new LoadReplay(this);
    }
    return Optional.of(replay.verdict(cycle));
  }

  /** Whether the codebase has this module. */
  @Override
  public boolean hasModule(String name) {
    return modules.containsKey(name);
  }

  /** The facts of a module of the codebase. */
  @Override
  public Optional<FileFacts> module(String name) {
    return Optional.ofNullable(modules.get(name));
  }

  /** The modules of the codebase, sorted. */
  @Override
  public Set<String> moduleNames() {
    return Collections.unmodifiableSet(modules.keySet());
  }

  /** What {@code module.name} denotes, as {@code from module import name} would get it. */
  @Override
  public Resolution lookup(String module, String name) {
    FileFacts facts = modules.get(module);
    if (facts == null) {
      return UNKNOWN;
    }
    Map<String, Resolution> known = memo.computeIfAbsent(module, k -> new ConcurrentHashMap<>());
    Resolution cached = known.get(name);
    if (cached != null) {
      return cached;
    }
    Walk walk = walks.get();
    String key = module + "\u0000" + name;
    Resolution cut = walk.cut.get(key);
    if (cut != null) {
      walk.cuts++;
      return cut;
    }
    if (!walk.visiting.add(key)) {
      walk.cuts++;
      return UNKNOWN;
    }
    int cutsBefore = walk.cuts;
    try {
      Resolution result = compute(facts, module, name);
      if (walk.cuts == cutsBefore) {
        known.putIfAbsent(name, result);
      } else {
        walk.cut.put(key, result);
      }
      return result;
    } finally {
      walk.visiting.remove(key);
      if (walk.visiting.isEmpty()) {
        walk.cut.clear();
        walk.cuts = 0;
      }
    }
  }

  /**
   * Settles what {@code from m import *} brings and whether that is open, for every module in name
   * order, before files are linked in parallel: a star-import cycle is cut where it is entered, so
   * the answers must not depend on which file asks first.
   */
  void prepare() {
    for (String module : modules.keySet()) {
      exports(module);
      openExports(module);
    }
  }

  /** What a {@code from module import name} statement binds: an attribute, else the submodule. */
  @Override
  public Resolution lookupFrom(String module, String name) {
    Resolution attribute = lookup(module, name);
    if (attribute.kind() == Kind.MISSING && hasModule(module + "." + name)) {
      return Resolution.of(Kind.MODULE, module + "." + name);
    }
    if (attribute.kind() == Kind.MISSING && extensionModules.contains(module + "." + name)) {
      return Resolution.of(Kind.UNKNOWN, module + "." + name); // a compiled extension module
    }
    return attribute;
  }

  /**
   * Resolves a dotted name as written in {@code module} (an alias's right-hand side, a base class,
   * a delegation receiver): the first segment is looked up in the module, the rest as attributes.
   */
  @Override
  public Resolution resolveWritten(String module, String written) {
    if (written == null || written.isEmpty()) {
      return UNKNOWN;
    }
    String[] segments = written.split("\\.");
    Resolution current = lookup(module, segments[0]);
    for (int i = 1; i < segments.length && current.kind() != Kind.UNKNOWN; i++) {
      current = attribute(current, segments[i]);
    }
    return current.kind() == Kind.MISSING && segments.length == 1 ? UNKNOWN : current;
  }

  private Resolution attribute(Resolution owner, String name) {
    return switch (owner.kind()) {
      case MODULE -> {
        Resolution inner = lookupFrom(owner.target(), name);
        List<Hop> hops = new ArrayList<>(owner.chain());
        hops.addAll(inner.chain());
        yield new Resolution(inner.kind(), inner.target(), hops, inner.typingOnly());
      }
      case CLASS -> {
        String nested = owner.target() + "." + name;
        yield index.contains(nested)
            ? Resolution.of(Kind.CLASS, nested)
            : new Resolution(Kind.UNKNOWN, null, owner.chain(), false);
      }
      default -> UNKNOWN;
    };
  }

  /**
   * A module's bindings by name, built once: the first of each kind wins, as in {@link #compute}.
   */
  private record Names(
      Map<String, TypeDecl> classes,
      Map<String, ImportRef> imports,
      Map<String, ImportRef> typingImports,
      Map<String, AliasDecl> aliases,
      Set<String> values,
      List<ImportRef> stars) {}

  private final Map<String, Names> namesMemo = new ConcurrentHashMap<>();

  private Names namesOf(String module, FileFacts facts) {
    Names cached = namesMemo.get(module);
    if (cached != null) {
      return cached;
    }
    Map<String, TypeDecl> classes = new HashMap<>();
    for (TypeDecl type : facts.types()) {
      if (!type.isNested()) {
        classes.putIfAbsent(type.simpleName(), type);
      }
    }
    Map<String, ImportRef> imports = new HashMap<>();
    Map<String, ImportRef> typingImports = new HashMap<>();
    List<ImportRef> stars = new ArrayList<>();
    for (ImportRef imp : facts.imports()) {
      if (imp.onDemand()) {
        if (imp.context().atImportTime()) {
          stars.add(imp);
        }
      } else if (imp.context().atImportTime()) {
        imports.putIfAbsent(imp.boundName(), imp);
      } else if (imp.context() == ImportContext.TYPE_CHECKING) {
        typingImports.putIfAbsent(imp.boundName(), imp);
      }
    }
    Map<String, AliasDecl> aliases = new HashMap<>();
    facts.module().aliases().forEach(a -> aliases.putIfAbsent(a.name(), a));
    Set<String> values = new HashSet<>(facts.module().names());
    facts.module().functions().forEach(f -> values.add(f.name()));
    Names names = new Names(classes, imports, typingImports, aliases, values, stars);
    Names raced = namesMemo.putIfAbsent(module, names);
    return raced != null ? raced : names;
  }

  private Resolution compute(FileFacts facts, String module, String name) {
    ModuleFacts info = facts.module();
    Names names = namesOf(module, facts);
    TypeDecl type = names.classes().get(name);
    if (type != null) {
      return Resolution.of(Kind.CLASS, type.qualifiedName());
    }
    ImportRef imp = names.imports().get(name);
    if (imp != null) {
      Resolution target = followImport(module, name, facts, imp);
      // A broken import, or one of a name its module binds only for type checkers, fails at run
      // time: unresolved-import reports it there; nothing beyond it resolves.
      return target.kind() == Kind.MISSING || target.typingOnly() ? UNKNOWN : target;
    }
    AliasDecl alias = names.aliases().get(name);
    if (alias != null) {
      Resolution target = resolveWritten(module, alias.target());
      if (target.kind() == Kind.MISSING || target.kind() == Kind.DYNAMIC) {
        return Resolution.of(Kind.VALUE, module + "." + name);
      }
      // the alias statement binds the name at run time, whatever its right-hand side needs for
      // typing
      return target
          .typingOnly(false)
          .via(
              new Hop(
                  module,
                  name,
                  "aliases " + alias.target(),
                  new Location(facts.path(), alias.line(), alias.column())));
    }
    if (names.values().contains(name)) {
      return Resolution.of(Kind.VALUE, module + "." + name);
    }
    // A submodule is the package's attribute once imported — before a star import that may bring
    // anything (`from . import transports` in asyncio, whose __init__ star-imports open modules).
    if (hasModule(module + "." + name)) {
      return Resolution.of(Kind.MODULE, module + "." + name);
    }
    boolean open = false;
    for (ImportRef star : names.stars()) {
      if (!hasModule(star.name()) || openExports(star.name())) {
        open = true; // a star import from outside the codebase (or through one) may bring any name
      } else if (exports(star.name()).contains(name)) {
        Resolution target = lookup(star.name(), name);
        return target.via(
            new Hop(
                module,
                name,
                "re-exports " + star.name() + "." + name + " (import *)",
                new Location(facts.path(), star.line(), star.column())));
      }
    }
    if (open) {
      return UNKNOWN;
    }
    if (info.dynamicAttributes()) {
      return Resolution.of(
          Kind.DYNAMIC, module + "." + name); // e.g. a module __getattr__ serving typing-only names
    }
    ImportRef typing = names.typingImports().get(name);
    if (typing != null) {
      Resolution target = followImport(module, name, facts, typing);
      return target.kind() == Kind.MISSING ? UNKNOWN : target.typingOnly(true);
    }
    if (name.startsWith("__") && name.endsWith("__")) {
      return Resolution.of(Kind.VALUE, module + "." + name); // __version__, __doc__, __path__, …
    }
    return Resolution.of(Kind.MISSING, module + "." + name);
  }

  /** What an import binding of {@code name} in {@code module} denotes, with its hop. */
  private Resolution followImport(String module, String name, FileFacts facts, ImportRef imp) {
    Location at = new Location(facts.path(), imp.line(), imp.column());
    if (imp.fromImport()) {
      Resolution target =
          hasModule(imp.name())
              ? lookupFrom(imp.name(), imp.member())
              : Resolution.of(Kind.UNKNOWN, imp.name() + "." + imp.member());
      if (target.kind() == Kind.MISSING) {
        return target;
      }
      return target
          .typingOnly(false)
          .via(new Hop(module, name, "re-exports " + imp.name() + "." + imp.member(), at));
    }
    String imported = imp.alias() != null ? imp.name() : imp.boundName();
    return hasModule(imported)
        ? Resolution.of(Kind.MODULE, imported)
        : Resolution.of(Kind.UNKNOWN, imported);
  }

  private final Map<String, Set<String>> exportsMemo = new HashMap<>();

  /** The names {@code from module import *} brings: {@code __all__}, else the public names. */
  @Override
  public synchronized Set<String> exports(String module) {
    Set<String> cached = exportsMemo.get(module);
    if (cached != null) {
      return cached;
    }
    exportsMemo.put(module, Set.of()); // a star-import cycle contributes nothing more
    FileFacts facts = modules.get(module);
    Set<String> names = new LinkedHashSet<>();
    if (facts != null) {
      ModuleFacts info = facts.module();
      if (info.exports() != null) {
        names.addAll(info.exports());
      } else {
        for (TypeDecl type : facts.types()) {
          if (!type.isNested()) {
            names.add(type.simpleName());
          }
        }
        info.functions().forEach(f -> names.add(f.name()));
        info.aliases().forEach(a -> names.add(a.name()));
        names.addAll(info.names());
        for (ImportRef imp : facts.imports()) {
          if (!imp.context().atImportTime()) {
            continue;
          }
          if (imp.onDemand()) {
            names.addAll(exports(imp.name()));
          } else {
            names.add(imp.boundName());
          }
        }
        names.removeIf(n -> n.startsWith("_"));
      }
    }
    Set<String> result = Set.copyOf(names);
    exportsMemo.put(module, result);
    return result;
  }

  private Map<String, List<Binding>> bindingsByClass;

  /**
   * Every public module-level name that denotes this class (its definition, aliases, re-exports),
   * sorted by number of hops, then path.
   */
  @Override
  public synchronized List<Binding> bindingsOf(String classQualifiedName) {
    if (bindingsByClass == null) {
      Map<String, List<Binding>> all = new HashMap<>();
      for (Map.Entry<String, FileFacts> entry : modules.entrySet()) {
        String module = entry.getKey();
        FileFacts facts = entry.getValue();
        Set<String> names = new LinkedHashSet<>();
        facts.types().stream().filter(t -> !t.isNested()).forEach(t -> names.add(t.simpleName()));
        facts.module().aliases().forEach(a -> names.add(a.name()));
        // An import binds a name for others only when the module says so: a package's __init__,
        // __all__, or the explicit `import X as X` / `from m import X as X` re-export form.
        List<String> exports = facts.module().exports();
        for (ImportRef imp : facts.imports()) {
          if (imp.fromImport()
              && !imp.onDemand()
              && imp.context().atImportTime()
              && (facts.module().isPackage()
                  || (exports != null && exports.contains(imp.boundName()))
                  || imp.member().equals(imp.alias()))) {
            names.add(imp.boundName());
          }
        }
        for (String name : names) {
          if (name.startsWith("_") && facts.module().exports() == null) {
            continue;
          }
          if (facts.module().exports() != null
              && name.startsWith("_")
              && !facts.module().exports().contains(name)) {
            continue;
          }
          Resolution resolution = lookup(module, name);
          if (resolution.kind() == Kind.CLASS) {
            all.computeIfAbsent(resolution.target(), k -> new ArrayList<>())
                .add(new Binding(module, name, resolution));
          }
        }
      }
      all.values()
          .forEach(
              list ->
                  list.sort(
                      java.util.Comparator.comparingInt(
                              (Binding b) -> b.resolution().chain().size())
                          .thenComparing(Binding::path)));
      bindingsByClass = all;
    }
    return bindingsByClass.getOrDefault(classQualifiedName, List.of());
  }

  /**
   * Whether a module has facts no reader took in: a compiled extension, a {@code .pyi} stub beside
   * its source, a namespace-package directory, or a file that failed to parse.
   */
  @Override
  public boolean opaque(String module) {
    return extensionModules.contains(module);
  }

  /** Why a module is deprecated, or null. */
  @Override
  public String deprecation(String module) {
    FileFacts facts = modules.get(module);
    return facts == null ? null : facts.module().deprecation();
  }

  /**
   * Whether a module is a compatibility shim: not a package, it defines no class and no function,
   * binds nothing but imports and aliases, and says what it is (its name or docstring speaks of
   * compatibility, legacy, shims or deprecation, or it warns on import). Re-export modules that are
   * a library's public face ({@code sqlalchemy/schema.py}) say no such thing.
   */
  @Override
  public boolean isShimModule(String module) {
    FileFacts facts = modules.get(module);
    if (facts == null
        || facts.module().isPackage()
        || !facts.types().isEmpty()
        || !facts.module().functions().isEmpty()) {
      return false;
    }
    boolean reExports =
        facts.imports().stream().anyMatch(i -> i.fromImport() && i.context().atImportTime());
    if (!reExports) {
      return false;
    }
    Set<String> aliases = new HashSet<>();
    facts.module().aliases().forEach(a -> aliases.add(a.name()));
    for (String name : facts.module().names()) {
      if (!aliases.contains(name) && !(name.startsWith("__") && name.endsWith("__"))) {
        return false;
      }
    }
    String last = module.substring(module.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    return facts.module().deprecated()
        || facts.module().shimIntent()
        || last.contains("compat")
        || last.contains("legacy")
        || last.contains("shim")
        || last.contains("deprecated");
  }

  private final Map<String, Boolean> openMemo = new HashMap<>();

  /**
   * Whether {@code from module import *} may bring names no reader can list: the module has no
   * literal {@code __all__} and star-imports (directly or further down) from a module outside the
   * codebase, or binds names dynamically.
   */
  public synchronized boolean openExports(String module) {
    Boolean cached = openMemo.get(module);
    if (cached != null) {
      return cached;
    }
    openMemo.put(module, Boolean.FALSE); // a star-import cycle adds nothing
    FileFacts facts = modules.get(module);
    boolean open = facts == null || facts.module().dynamicAttributes();
    if (!open && facts.module().exports() == null) {
      for (ImportRef imp : facts.imports()) {
        if (imp.onDemand()
            && imp.context().atImportTime()
            && (!hasModule(imp.name()) || openExports(imp.name()))) {
          open = true;
          break;
        }
      }
    }
    openMemo.put(module, open);
    return open;
  }

  /**
   * The first module of a dotted name that does not exist although its parent is a regular package
   * of the codebase — {@code app.websocket_core.websocket_manager_factory} after the file was
   * deleted — or null when the name exists, lies outside the codebase, or the parent can provide
   * modules no reader can list (a dynamic namespace, its own {@code __path__}, a compiled
   * extension, a namespace-package directory, a file that failed to parse).
   */
  public String missingModule(String dotted) {
    String parent = importedModule(dotted);
    if (parent == null || parent.equals(dotted)) {
      return null;
    }
    String rest = dotted.substring(parent.length() + 1);
    int dot = rest.indexOf('.');
    String missing = parent + "." + (dot < 0 ? rest : rest.substring(0, dot));
    if (missing.endsWith(".__init__")) {
      return null; // `from pkg.__init__ import x` imports the package's own file
    }
    FileFacts facts = modules.get(parent);
    if (facts == null
        || !facts.module().isPackage()
        || facts.module().dynamicAttributes()
        || facts.module().names().contains("__path__")
        || extensionModules.contains(missing)) {
      return null;
    }
    return missing;
  }

  /**
   * The vendored copy of {@code module} inside the importer's own package, or null: a package
   * vendored as {@code setuptools._distutils} imports itself by its original name ({@code from
   * distutils.util import x}), and an import hook makes that name resolve to the copy at run time.
   * The copy is the importer's enclosing package whose last segment is the imported top-level name,
   * with or without a leading underscore.
   */
  public String vendoredTwin(String importer, String module) {
    String top = topLevelPackage(module);
    String rest = module.substring(top.length());
    String prefix = importer;
    int cut;
    while ((cut = prefix.lastIndexOf('.')) > 0) {
      String last = prefix.substring(cut + 1);
      if ((last.equals(top) || last.equals("_" + top)) && hasModule(prefix + rest)) {
        return prefix + rest;
      }
      prefix = prefix.substring(0, cut);
    }
    return null;
  }

  /** The module a plain {@code import a.b.c} loads: the longest prefix that is a module here. */
  public String importedModule(String dotted) {
    String name = dotted;
    while (!name.isEmpty()) {
      if (hasModule(name)) {
        return name;
      }
      int dot = name.lastIndexOf('.');
      name = dot < 0 ? "" : name.substring(0, dot);
    }
    return null;
  }
}
