package dev.ssot.lang.python;

import dev.ssot.core.graph.LoadVerdict;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.LoadStep;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ModuleFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * Replays how Python imports the modules of an import-time cycle, without running them: each member
 * is tried as the first module imported ({@code python -c "import member"}), and the modules'
 * {@link LoadStep}s run in order against a model of {@code sys.modules}.
 *
 * <p>The model follows CPython 3.7 and later: importing {@code a.b.c} loads {@code a}, {@code a.b}
 * and {@code a.b.c} in turn; a module is in {@code sys.modules} (partially initialised) while its
 * body runs, and becomes an attribute of its package only once it has loaded; {@code from m import
 * x} takes {@code x} from {@code m} as bound so far, else loads the submodule {@code m.x} (which
 * succeeds while that submodule is still loading); {@code import a.b as c} never fails on a cycle.
 * A statement fails when it takes a name from a partially initialised module of the codebase that
 * has not bound it yet but binds it later (or a submodule still loading): the {@code ImportError}
 * ("cannot import name … from partially initialized module") or {@code AttributeError} that breaks
 * the cycle. It propagates to the nearest enclosing {@code try} whose handlers catch it; a module
 * whose body fails is removed again, as Python does. Names a module binds that no reader can list
 * (a module {@code __getattr__}, a dynamic module, a compiled extension) never fail; modules
 * outside the codebase load at once.
 */
final class LoadReplay {

  /** Steps one cycle may replay across all its entries before the rest are left untried. */
  static final int BUDGET = 4_000_000;

  private final ModuleScope scope;
  private final java.util.NavigableSet<String> names;
  private final Map<String, Map<String, int[]>> bindings = new HashMap<>();
  private int spent;

  LoadReplay(ModuleScope scope) {
    this.scope = scope;
    this.names = new java.util.TreeSet<>(scope.moduleNames());
  }

  /**
   * The verdict on one cycle: each member imported first. Members left untried when the budget runs
   * out are left out of the entries.
   */
  LoadVerdict verdict(SortedSet<String> cycle) {
    List<LoadVerdict.Entry> entries = new ArrayList<>();
    spent = 0;
    // Every run starts by loading the entry's top-level package from scratch, the same way for
    // all entries under it: when that fails, they all fail there; when it loads the entry too,
    // the entry imports cleanly. Only the other entries need a run of their own.
    Map<String, Run> byPackage = new HashMap<>();
    for (String entry : cycle) {
      if (spent > BUDGET) {
        break;
      }
      Run earlier = byPackage.get(topLevel(entry));
      if (earlier != null && earlier.packageFailed) {
        entries.add(new LoadVerdict.Entry(entry, earlier.blamed));
        continue;
      }
      if (earlier != null && earlier.loadedWithPackage.contains(entry)) {
        entries.add(new LoadVerdict.Entry(entry, null));
        continue;
      }
      Run run = new Run(cycle);
      Fault fault = run.load(entry);
      byPackage.putIfAbsent(topLevel(entry), run);
      LoadVerdict.Failure failure = fault == null ? null : run.blamed;
      entries.add(new LoadVerdict.Entry(entry, failure));
    }
    return new LoadVerdict(entries);
  }

  /** A failure propagating up the stack of loading modules. */
  private record Fault(int kind) {}

  private enum Status {
    LOADING,
    LOADED
  }

  /** One module in the model of {@code sys.modules}. */
  private static final class State {
    Status status = Status.LOADING;
    int step = -1;

    /** Open: any name may exist (dynamic, opaque, outside the codebase). */
    boolean open;

    final Set<String> bound = new HashSet<>();

    /** Names bound to modules: name → module. */
    final Map<String, String> modules = new HashMap<>();
  }

  /** One import from a fresh interpreter. */
  private final class Run {
    private final Set<String> cycle;
    private final Map<String, State> loaded = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();

    /** The first failure that involves the cycle, with the chain that led to it. */
    LoadVerdict.Failure blamed;

    Run(Set<String> cycle) {
      this.cycle = cycle;
    }

    /** Whether loading the entry's top-level package, the run's first step, failed. */
    boolean packageFailed;

    /** The modules loaded once the entry's top-level package had loaded. */
    Set<String> loadedWithPackage = Set.of();

    private boolean started;

    /** {@code import dotted}: the packages it lies in, then the module. */
    Fault load(String dotted) {
      boolean first = !started;
      started = true;
      int dot = -1;
      do {
        dot = dotted.indexOf('.', dot + 1);
        String prefix = dot < 0 ? dotted : dotted.substring(0, dot);
        Fault fault = loadOne(prefix);
        if (first && prefix.indexOf('.') < 0) {
          packageFailed = fault != null;
          loadedWithPackage = Set.copyOf(loaded.keySet());
        }
        if (fault != null) {
          return fault;
        }
      } while (dot >= 0);
      return null;
    }

    private Fault loadOne(String module) {
      if (loaded.containsKey(module)) {
        return null;
      }
      State state = new State();
      FileFacts facts = scope.module(module).orElse(null);
      if (facts == null || facts.module() == null) {
        // outside the codebase, a namespace package or a compiled extension: nothing to replay
        state.status = Status.LOADED;
        state.open = !isNamespace(module);
        loaded.put(module, state);
        return null;
      }
      // a module that binds names no reader can list never fails a read, but its statements run
      // (a parsed module counts as opaque when it is a directory too: that says nothing here)
      state.open = facts.module().dynamicAttributes();
      loaded.put(module, state);
      stack.push(module);
      Fault fault = run(module, facts.module(), state, facts.path());
      stack.pop();
      if (fault != null) {
        loaded.remove(module);
        return fault;
      }
      state.status = Status.LOADED;
      int dot = module.lastIndexOf('.');
      if (dot > 0) {
        State parent = loaded.get(module.substring(0, dot));
        if (parent != null) {
          String last = module.substring(dot + 1);
          parent.bound.add(last);
          parent.modules.put(last, module);
        }
      }
      return null;
    }

    /** Whether a name no file defines is a directory holding modules: a namespace package. */
    private boolean isNamespace(String module) {
      String prefix = module + ".";
      String next = names.ceiling(prefix);
      return next != null && next.startsWith(prefix);
    }

    private Fault run(String module, ModuleFacts facts, State state, String path) {
      List<LoadStep> steps = facts.loadSteps();
      for (int i = 0; i < steps.size(); i++) {
        state.step = i;
        spent++;
        LoadStep step = steps.get(i);
        Fault fault = step(module, path, state, step);
        if (fault != null) {
          if ((step.catches() & fault.kind()) != 0) {
            continue; // an enclosing try catches it; the module goes on
          }
          return fault;
        }
      }
      return null;
    }

    private Fault step(String module, String path, State state, LoadStep step) {
      switch (step.kind()) {
        case LOAD -> {
          Fault fault = load(step.module());
          if (fault != null) {
            return fault;
          }
          if (step.name() != null) {
            bind(state, step.name(), step.aliased() ? step.module() : topLevel(step.module()));
          }
          return null;
        }
        case LOAD_FROM -> {
          return loadFrom(module, path, state, step);
        }
        case BIND -> {
          state.bound.add(step.name());
          state.modules.remove(step.name());
          return null;
        }
        case READ -> {
          return read(module, path, state, step);
        }
      }
      return null;
    }

    private Fault loadFrom(String module, String path, State state, LoadStep step) {
      Fault fault = load(step.module());
      if (fault != null) {
        return fault;
      }
      State from = loaded.get(step.module());
      String member = step.member();
      if (member.equals("*")) {
        if (from != null) {
          Set<String> names =
              from.status == Status.LOADED ? scope.exports(step.module()) : from.bound;
          for (String name : List.copyOf(names)) {
            if (!name.startsWith("_")) {
              bind(state, name, from.modules.get(name));
            }
          }
        }
        return null;
      }
      if (from == null || from.open || from.bound.contains(member)) {
        bindFrom(state, step, from == null ? null : from.modules.get(member));
        return null;
      }
      String submodule = step.module() + "." + member;
      if (scope.hasModule(submodule) || isNamespace(submodule)) {
        Fault inner = load(submodule);
        if (inner != null) {
          return inner;
        }
        bindFrom(state, step, submodule);
        return null;
      }
      Location later = boundLater(step.module(), from, member);
      if (later != null) {
        return fail(
            LoadStep.CATCHES_IMPORT,
            new Location(path, step.line(), step.column()),
            step.describe(),
            step.module(),
            member,
            later);
      }
      bindFrom(state, step, null);
      return null;
    }

    private void bindFrom(State state, LoadStep step, String boundModule) {
      if (step.name() != null) {
        bind(state, step.name(), boundModule);
      }
    }

    private Fault read(String module, String path, State state, LoadStep step) {
      String target = state.modules.get(step.name());
      if (target == null) {
        return null;
      }
      for (String attribute : step.member().split("\\.")) {
        State of = loaded.get(target);
        if (of == null || of.open) {
          return null;
        }
        if (of.bound.contains(attribute)) {
          target = of.modules.get(attribute);
          if (target == null) {
            return null;
          }
          continue;
        }
        Location at = new Location(path, step.line(), step.column());
        String submodule = target + "." + attribute;
        State sub = loaded.get(submodule);
        if (sub != null && sub.status == Status.LOADING) {
          return fail(LoadStep.CATCHES_ATTRIBUTE, at, step.describe(), submodule, attribute, null);
        }
        Location later = boundLater(target, of, attribute);
        if (later != null) {
          return fail(LoadStep.CATCHES_ATTRIBUTE, at, step.describe(), target, attribute, later);
        }
        return null;
      }
      return null;
    }

    private void bind(State state, String name, String module) {
      state.bound.add(name);
      if (module == null) {
        state.modules.remove(name);
      } else {
        state.modules.put(name, module);
      }
    }

    /**
     * Where a partially initialised module binds {@code name} after the step it is at, or null
     * (already past, never, or the module reads no further).
     */
    private Location boundLater(String module, State state, String name) {
      if (state.status != Status.LOADING || state.bound.contains("__getattr__")) {
        return null;
      }
      int[] at = bindingsOf(module).get(name);
      if (at == null) {
        return null;
      }
      for (int index : at) {
        if (index > state.step) {
          FileFacts facts = scope.module(module).orElseThrow();
          LoadStep step = facts.module().loadSteps().get(index);
          return new Location(facts.path(), step.line(), step.column());
        }
      }
      return null;
    }

    private Fault fail(
        int kind, Location at, String statement, String partial, String name, Location boundAt) {
      if (blamed == null && cycle.contains(partial)) {
        List<LoadVerdict.Link> chain = new ArrayList<>();
        List<String> modules = new ArrayList<>(stack);
        java.util.Collections.reverse(modules);
        for (int i = 0; i + 1 < modules.size(); i++) {
          String loading = modules.get(i);
          State state = loaded.get(loading);
          FileFacts facts = scope.module(loading).orElseThrow();
          LoadStep step = facts.module().loadSteps().get(Math.max(0, state.step));
          chain.add(
              new LoadVerdict.Link(
                  loading, new Location(facts.path(), step.line(), step.column())));
        }
        blamed = new LoadVerdict.Failure(at, statement, partial, name, boundAt, chain);
      }
      return blamed == null ? null : new Fault(kind);
    }
  }

  /** Step indexes at which a module binds each name, star imports included. */
  private Map<String, int[]> bindingsOf(String module) {
    Map<String, int[]> known = bindings.get(module);
    if (known != null) {
      return known;
    }
    Map<String, List<Integer>> found = new HashMap<>();
    List<LoadStep> steps = scope.module(module).map(f -> f.module().loadSteps()).orElse(List.of());
    for (int i = 0; i < steps.size(); i++) {
      LoadStep step = steps.get(i);
      if (step.kind() == LoadStep.Kind.READ) {
        continue;
      }
      if (step.kind() == LoadStep.Kind.LOAD_FROM && "*".equals(step.member())) {
        for (String name : scope.exports(step.module())) {
          found.computeIfAbsent(name, n -> new ArrayList<>()).add(i);
        }
      } else if (step.name() != null) {
        found.computeIfAbsent(step.name(), n -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> result = new HashMap<>();
    found.forEach(
        (name, at) -> result.put(name, at.stream().mapToInt(Integer::intValue).toArray()));
    bindings.put(module, result);
    return result;
  }

  private static String topLevel(String module) {
    int dot = module.indexOf('.');
    return dot < 0 ? module : module.substring(0, dot);
  }
}
