package dev.ssot.core.graph;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the modules of a language with module-level bindings make available, as its linker resolved
 * them: which names a module binds, what each denotes, and through which re-export hops. A language
 * whose linker has no such bindings provides none ({@link CodeGraph#modules()} is empty).
 */
public interface ModuleScope {

  /** What a name denotes. */
  enum Kind {
    /** A class declared in the codebase. */
    CLASS,
    /** A module of the codebase. */
    MODULE,
    /** A function or variable of a module in the codebase. */
    VALUE,
    /** Something outside the codebase, or that static reading cannot tell (a re-export cycle). */
    UNKNOWN,
    /** The module binds names dynamically: any name may exist. */
    DYNAMIC,
    /** A module of the codebase that binds no such name: the import fails at run time. */
    MISSING
  }

  /**
   * One step of a re-export chain: module {@code module} makes {@code name} available by {@code
   * how} (import, alias, star import) at {@code location}.
   */
  record Hop(String module, String name, String how, Location location) {

    /** {@code pkg/__init__:3 re-exports pkg.impl.Thing as Thing} style text. */
    public String describe() {
      return location.path() + ":" + location.line() + " " + how + " as " + name;
    }
  }

  /**
   * What a name resolved to.
   *
   * @param kind what it is
   * @param target the class's qualified name, the module's name, or {@code module.name} of a value
   * @param chain the re-export hops taken, outermost first (empty for a direct definition)
   * @param typingOnly whether the module binds the name only for type checkers: a run-time import
   *     of it fails
   */
  record Resolution(Kind kind, String target, List<Hop> chain, boolean typingOnly) {
    public Resolution {
      chain = List.copyOf(chain);
    }

    public static Resolution of(Kind kind, String target) {
      return new Resolution(kind, target, List.of(), false);
    }

    /** This resolution reached through one more hop, outermost first. */
    public Resolution via(Hop hop) {
      List<Hop> hops = new ArrayList<>(chain.size() + 1);
      hops.add(hop);
      hops.addAll(chain);
      return new Resolution(kind, target, hops, typingOnly);
    }

    public Resolution typingOnly(boolean value) {
      return value == typingOnly ? this : new Resolution(kind, target, chain, value);
    }
  }

  /**
   * A public name a module binds at import time to a class: where the class can be imported from.
   *
   * @param module the module
   * @param name the name it binds
   * @param resolution what it resolves to, with the hops
   */
  record Binding(String module, String name, Resolution resolution) {
    /** {@code module.name}. */
    public String path() {
      return module + "." + name;
    }
  }

  /** Why an import path is one to move off, decided by the linker from the modules' own facts. */
  enum PathRole {
    /** The module says it is deprecated. */
    DEPRECATED_MODULE,
    /** The module only re-exports, for compatibility, and says so. */
    SHIM_MODULE
  }

  /**
   * The top-level package of a dotted module name ({@code app.ws.manager} → {@code app}); "" for
   * null.
   */
  static String topLevel(String module) {
    if (module == null) {
      return "";
    }
    int dot = module.indexOf('.');
    return dot < 0 ? module : module.substring(0, dot);
  }

  /** Whether the codebase has this module. */
  boolean hasModule(String name);

  /** The facts of a module of the codebase. */
  Optional<FileFacts> module(String name);

  /** Every module name, sorted. */
  Set<String> moduleNames();

  /**
   * Files that map to one module name, with the one imports reach: a language where two files can
   * claim one name lists them here, so that a rule can say so instead of one winning silently.
   * Sorted by module name. The default: none.
   */
  default List<ModuleCollision> collisions() {
    return List.of();
  }

  /** What {@code module.name} denotes, following re-exports. */
  Resolution lookup(String module, String name);

  /** What {@code from module import name} binds (a submodule when the module has no such name). */
  Resolution lookupFrom(String module, String name);

  /** What a dotted name written inside {@code module} denotes. */
  Resolution resolveWritten(String module, String written);

  /** The names {@code from module import *} brings. */
  Set<String> exports(String module);

  /**
   * Every public module-level name that denotes this class (its definition, aliases, re-exports),
   * sorted by number of hops, then path.
   */
  List<Binding> bindingsOf(String classQualifiedName);

  /** Whether a module has facts no reader took in (a compiled extension, a file that failed). */
  boolean opaque(String module);

  /** Why a module is deprecated, or null. */
  String deprecation(String module);

  /** Whether a module is a compatibility shim that says so. */
  boolean isShimModule(String module);

  /**
   * Whether an import-time cycle between these modules breaks: each member is tried as the first of
   * them to be imported, replaying the modules' loading statement by statement. Empty when the
   * language cannot tell (the default).
   *
   * @param cycle the modules of one strongly connected component of import-time dependencies
   */
  default Optional<LoadVerdict> loadVerdict(java.util.SortedSet<String> cycle) {
    return Optional.empty();
  }

  /** The role that makes a module a path to move off, if any: deprecation wins over shim. */
  default Optional<PathRole> pathRole(String module) {
    if (deprecation(module) != null) {
      return Optional.of(PathRole.DEPRECATED_MODULE);
    }
    return isShimModule(module) ? Optional.of(PathRole.SHIM_MODULE) : Optional.empty();
  }
}
