package dev.ssot.core.graph;

import dev.ssot.core.model.BuildModule;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The modules of the analysed tree's build (a Maven reactor) and the dependencies between them: a
 * source file belongs to the module whose directory is its nearest ancestor, and a module depends
 * on another when it names it among its dependencies, directly or through other modules of the
 * tree. Dependencies on anything else (libraries) are ignored. Empty when the tree has no build
 * files a front end reads.
 */
public final class BuildModules {

  /** No modules: every file belongs to none, and no module depends on another. */
  public static final BuildModules NONE = new BuildModules(List.of());

  private final List<BuildModule> modules;
  private final Map<String, BuildModule> byDirectory = new HashMap<>();
  private final Map<String, BuildModule> byId = new HashMap<>();
  private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

  private BuildModules(List<BuildModule> modules) {
    this.modules = modules.stream().sorted(Comparator.comparing(BuildModule::directory)).toList();
    for (BuildModule module : this.modules) {
      byDirectory.putIfAbsent(module.directory(), module);
      byId.putIfAbsent(module.id(), module); // two build files with one id: the first by directory
    }
  }

  /** The modules the given build files declare, in any order. */
  public static BuildModules of(List<BuildModule> modules) {
    return modules.isEmpty() ? NONE : new BuildModules(modules);
  }

  /** Every module, sorted by directory. */
  public List<BuildModule> all() {
    return modules;
  }

  /**
   * The module a root-relative path belongs to: the one whose directory is its nearest ancestor.
   */
  public Optional<BuildModule> moduleOf(String path) {
    if (modules.isEmpty()) {
      return Optional.empty();
    }
    String directory = path;
    while (true) {
      int slash = directory.lastIndexOf('/');
      directory = slash < 0 ? "" : directory.substring(0, slash);
      BuildModule module = byDirectory.get(directory);
      if (module != null) {
        return Optional.of(module);
      }
      if (directory.isEmpty()) {
        return Optional.empty();
      }
    }
  }

  /**
   * Whether module {@code from} depends on module {@code to} (both ids), directly or through other
   * modules of the tree; a module does not depend on itself.
   */
  public boolean dependsOn(String from, String to) {
    if (from.equals(to) || !byId.containsKey(from) || !byId.containsKey(to)) {
      return false;
    }
    return answers.computeIfAbsent(from + "\u0000" + to, key -> search(from, to));
  }

  private boolean search(String from, String to) {
    return Reachability.reaches(
        from,
        to,
        id -> {
          BuildModule module = byId.get(id);
          return module == null
              ? java.util.List.<String>of()
              : module.dependencies().stream().filter(byId::containsKey).toList();
        },
        Integer.MAX_VALUE);
  }
}
