package dev.ssot.lang.python;

import dev.ssot.core.lang.Language;
import dev.ssot.core.model.ModuleRoot;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.SourceSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives every Python file its dotted module name, as Python would find it on {@code sys.path}.
 *
 * <p>With configured roots ({@code python.roots}), a file's module is its path relative to the
 * deepest root that contains it. Otherwise roots are detected: the directory above the topmost
 * package ({@code __init__.py}) that contains the file, or the nearest {@code src/} directory above
 * it when there is one (the {@code src/} layout, which also covers namespace packages), or else the
 * file's own directory. Where a directory without {@code __init__.py} leaves the root open, the
 * root is chosen by the names the code's own absolute imports use ({@link RootInference}). A
 * package's {@code __init__.py} names the package itself. Files named {@code test_*.py}, {@code
 * *_test.py} or {@code conftest.py} are test sources.
 */
public final class PythonModules {

  private PythonModules() {}

  /**
   * The files, Python ones with module names; others unchanged. Order is kept.
   *
   * @param root the analysed root
   * @param base the directory configured roots are relative to
   * @param configuredRoots {@code python.roots}; empty means detect
   */
  public static List<SourceFile> assign(
      Path root, Path base, List<SourceFile> files, List<String> configuredRoots) {
    return assignWithRoots(root, base, files, configuredRoots).files();
  }

  /**
   * The files with module names, and the roots chosen from the code's imports ({@link
   * RootInference}) where neither {@code python.roots}, an {@code __init__.py} nor a {@code src/}
   * directory settles them.
   */
  public static Language.Prepared assignWithRoots(
      Path root, Path base, List<SourceFile> files, List<String> configuredRoots) {
    Path normalRoot = root.toAbsolutePath().normalize();
    List<String> roots = new ArrayList<>();
    for (String configured : configuredRoots) {
      roots.add(
          SourceSet.relativize(normalRoot, base.toAbsolutePath().resolve(configured).normalize()));
    }
    Map<String, Boolean> packages = new HashMap<>();
    String[] rootOf = new String[files.size()];
    Map<String, List<String>> groups = new TreeMap<>();
    List<String> pythonFiles = new ArrayList<>();
    boolean namespaces = false;
    for (int i = 0; i < files.size(); i++) {
      SourceFile file = files.get(i);
      if (!file.path().endsWith(".py")) {
        continue;
      }
      pythonFiles.add(file.path());
      String rootDir = configuredRoot(roots, file.path());
      if (rootDir == null) {
        rootDir = detectedRoot(normalRoot, file.path(), packages);
        if (!rootDir.isEmpty() && !rootDir.equals("src") && !rootDir.endsWith("/src")) {
          groups.computeIfAbsent(rootDir, k -> new ArrayList<>()).add(file.path());
          namespaces |= !isPackage(normalRoot, parent(file.path()), packages);
        }
      }
      rootOf[i] = rootDir;
    }
    List<ModuleRoot> notes = List.of();
    if (namespaces) {
      // only a directory without __init__.py leaves a root open: read the imports then, not always
      RootInference.Result inferred = RootInference.infer(normalRoot, pythonFiles, groups);
      for (int i = 0; i < rootOf.length; i++) {
        if (rootOf[i] != null) {
          rootOf[i] = inferred.roots().getOrDefault(rootOf[i], rootOf[i]);
        }
      }
      notes = inferred.notes();
    }
    List<SourceFile> result = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      SourceFile file = files.get(i);
      if (rootOf[i] == null) {
        result.add(file);
        continue;
      }
      String rootDir = rootOf[i];
      String relative =
          rootDir.isEmpty() ? file.path() : file.path().substring(rootDir.length() + 1);
      String module = moduleOf(relative);
      String name = file.path().substring(file.path().lastIndexOf('/') + 1);
      boolean test =
          file.test()
              || name.startsWith("test_")
              || name.endsWith("_test.py")
              || name.equals("conftest.py");
      result.add(new SourceFile(file.absolutePath(), file.path(), test, module));
    }
    return new Language.Prepared(result, notes);
  }

  /**
   * Modules that exist without facts of their own: namespace-package directories, and compiled
   * extensions or stubs ({@code name.cpython-311-x86_64-linux-gnu.so}, {@code name.pyd}, {@code
   * name.pyi}) in the directories of the Python files analysed, named as their {@code .py} siblings
   * would be.
   */
  public static java.util.Set<String> extensionModules(Path root, List<SourceFile> files) {
    Path normalRoot = root.toAbsolutePath().normalize();
    java.util.Set<String> result = new java.util.TreeSet<>();
    Map<String, String> prefixes = new HashMap<>();
    for (SourceFile file : files) {
      if (file.module() == null || !file.path().endsWith(".py")) {
        continue;
      }
      String dir = parent(file.path());
      boolean init = file.path().endsWith("/__init__.py") || file.path().equals("__init__.py");
      String pkg =
          init
              ? file.module()
              : (file.module().contains(".")
                  ? file.module().substring(0, file.module().lastIndexOf('.'))
                  : "");
      prefixes.putIfAbsent(dir, pkg);
    }
    for (Map.Entry<String, String> entry : prefixes.entrySet()) {
      try (java.util.stream.Stream<Path> list =
          Files.list(entry.getKey().isEmpty() ? normalRoot : normalRoot.resolve(entry.getKey()))) {
        list.forEach(
            path -> {
              String name = path.getFileName().toString();
              if (Files.isDirectory(path) && !name.startsWith(".") && !name.equals("__pycache__")) {
                // a directory without __init__.py is still importable: a namespace package
                result.add(entry.getValue().isEmpty() ? name : entry.getValue() + "." + name);
              } else if (name.endsWith(".so") || name.endsWith(".pyd") || name.endsWith(".pyi")) {
                String stem = name.substring(0, name.indexOf('.'));
                if (!stem.isEmpty()) {
                  result.add(entry.getValue().isEmpty() ? stem : entry.getValue() + "." + stem);
                }
              }
            });
      } catch (java.io.IOException | RuntimeException e) {
        // an unreadable directory only costs this refinement
      }
    }
    return result;
  }

  /**
   * The module a path relative to its source root names ({@code pkg/__init__.py} → {@code pkg}).
   */
  public static String moduleOf(String relative) {
    String stem = relative.substring(0, relative.length() - 3);
    if (stem.equals("__init__")) {
      return "";
    }
    if (stem.endsWith("/__init__")) {
      stem = stem.substring(0, stem.length() - "/__init__".length());
    }
    return stem.replace('/', '.');
  }

  private static String configuredRoot(List<String> roots, String path) {
    String best = null;
    for (String root : roots) {
      if ((root.isEmpty() || path.startsWith(root + "/"))
          && (best == null || root.length() > best.length())) {
        best = root;
      }
    }
    return best;
  }

  private static String detectedRoot(Path root, String path, Map<String, Boolean> packages) {
    String dir = parent(path);
    String top = null;
    String current = dir;
    while (current != null && isPackage(root, current, packages)) {
      top = current;
      current = current.isEmpty() ? null : parent(current);
    }
    String packagedRoot = top == null ? dir : (top.isEmpty() ? "" : parent(top));
    // src/ layout: the nearest src directory above the file roots it, namespace packages included.
    String src = null;
    String[] segments = path.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < segments.length - 1; i++) {
      if (segments[i].equals("src")) {
        src = prefix.toString() + "src";
      }
      prefix.append(segments[i]).append('/');
    }
    if (src != null && (packagedRoot.equals(src) || packagedRoot.startsWith(src + "/"))) {
      return src;
    }
    return packagedRoot;
  }

  private static boolean isPackage(Path root, String dir, Map<String, Boolean> packages) {
    if (dir.isEmpty()) {
      return false; // the analysed root itself is where imports start, not a package
    }
    return packages.computeIfAbsent(
        dir, d -> Files.isRegularFile(root.resolve(d).resolve("__init__.py")));
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
