package dev.ssot.lang.python;

import dev.ssot.core.graph.ModuleCollision;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.FileFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which file a module name reaches when several claim it, and the claims no import reaches.
 *
 * <ul>
 *   <li>A module whose top-level name is the standard library's ({@code os.py}, {@code
 *       logging/handlers.py} at a root) is never reached by an absolute import: the standard
 *       library's module wins (already in {@code sys.modules}, or found first). Except {@code test}
 *       (see {@link #shadowable}), and in a tree that is itself a standard library.
 *   <li>Of several files with one module name, a package ({@code x/__init__.py}) wins over a module
 *       file ({@code x.py}), as in Python; then the file nearest the analysed root (a backup copy
 *       nested deeper loses to the live package); then the first by path.
 * </ul>
 */
final class ModuleClaims {

  private static final Comparator<FileFacts> WINNER =
      Comparator.comparing((FileFacts f) -> !f.module().isPackage())
          .thenComparingInt(f -> segments(f.path()))
          .thenComparing(FileFacts::path);

  final Map<String, FileFacts> modules = new TreeMap<>();
  final List<ModuleCollision> collisions = new ArrayList<>();

  ModuleClaims(List<FileFacts> files) {
    Map<String, List<FileFacts>> claims = new TreeMap<>();
    for (FileFacts file : files) {
      if (file.module() != null) {
        claims.computeIfAbsent(file.packageName(), k -> new ArrayList<>()).add(file);
      }
    }
    java.util.Set<String> standardNames = new java.util.TreeSet<>();
    for (String module : claims.keySet()) {
      String top = ModuleScope.topLevel(module);
      if (shadowable(top)) {
        standardNames.add(top);
      }
    }
    // a tree that is itself a standard library (CPython's Lib/) imports its own modules
    boolean isStandardLibrary = standardNames.size() >= STANDARD_LIBRARY_TREE;
    for (Map.Entry<String, List<FileFacts>> entry : claims.entrySet()) {
      String module = entry.getKey();
      List<FileFacts> claimants = entry.getValue();
      claimants.sort(WINNER);
      String top = ModuleScope.topLevel(module);
      if (!module.isEmpty() && !isStandardLibrary && shadowable(top)) {
        collisions.add(
            new ModuleCollision(
                module,
                null,
                claimants.stream().map(FileFacts::path).sorted().toList(),
                "the standard library's "
                    + top
                    + " is imported instead: an absolute import never reaches a local module of"
                    + " that name"));
        continue;
      }
      FileFacts winner = claimants.get(0);
      modules.put(module, winner);
      if (claimants.size() > 1) {
        FileFacts second = claimants.get(1);
        String reason =
            winner.module().isPackage() && !second.module().isPackage()
                ? "a package wins over a module file of the same name"
                : segments(winner.path()) < segments(second.path())
                    ? "the file nearest the analysed root wins"
                    : "the first by path wins";
        collisions.add(
            new ModuleCollision(
                module,
                winner.path(),
                claimants.subList(1, claimants.size()).stream()
                    .map(FileFacts::path)
                    .sorted()
                    .toList(),
                reason));
      }
    }
  }

  /**
   * How many standard-library top-level names a tree must have of its own to be a standard library
   * itself (CPython's {@code Lib/} has about 200; a project that shadows this many has no other
   * problem worth reporting first).
   */
  static final int STANDARD_LIBRARY_TREE = 100;

  /**
   * Whether a local top-level name is shadowed by the standard library's. Not {@code test}: the
   * standard library's is CPython's own regression-test package, documented as internal, and a
   * project's top-level {@code test/} package is what its tests import when run from the project
   * root.
   */
  private static boolean shadowable(String top) {
    return StandardLibrary.has(top) && !top.equals("test");
  }

  private static int segments(String path) {
    int count = 1;
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '/') {
        count++;
      }
    }
    return count;
  }
}
