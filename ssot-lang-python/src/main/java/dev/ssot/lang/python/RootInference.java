package dev.ssot.lang.python;

import dev.ssot.core.model.ModuleRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses source roots where the layout does not settle them, from the names the code's own
 * absolute imports use.
 *
 * <p>A <em>group</em> is the files that share a layout root which is not the analysed root and
 * which neither {@code python.roots} nor a {@code src/} directory settled: the files of one
 * directory without {@code __init__.py} (its own root by layout), or the package trees under one
 * such directory. Its candidate roots are the layout root and every directory above it up to the
 * analysed root. For each candidate, the group's files get the module names that root gives them
 * (and the group's directory its namespace-package name); the candidate whose dotted names the
 * tree's absolute imports ({@code import a.b}, {@code from a.b import c}, read by {@link
 * ImportScan}) mention most often, less the imports that would fail under it ({@code from
 * mypy.nodes import x} counts against naming a local {@code ext/mypy/} directory {@code mypy} when
 * it holds no {@code nodes}), wins (a bare top-level name, or one of the standard library, tells
 * nothing), ties going to the deeper root, so the layout root stays when no import names the files
 * either way. A group no import names takes the root chosen for another group of the same tree (the
 * same first directory below that root), since {@code sys.path} is one list for the whole program:
 * {@code backend/app/main.py} runs with the same path as the {@code backend/app/admin/…} modules it
 * imports.
 */
final class RootInference {

  private RootInference() {}

  /** The chosen root of each group (by layout root), and the notes for the groups that moved. */
  record Result(Map<String, String> roots, List<ModuleRoot> notes) {}

  /**
   * @param root the analysed root
   * @param pythonFiles every Python file, relative paths: the imports are read from all of them
   * @param groups layout root → the relative paths of the files it would name
   */
  static Result infer(Path root, List<String> pythonFiles, Map<String, List<String>> groups) {
    NavigableMap<String, Integer> evidence = ImportScan.absoluteImports(root, pythonFiles);
    Map<String, String> chosen = new TreeMap<>();
    Map<String, String> reasons = new TreeMap<>();
    List<String> unevidenced = new ArrayList<>();
    for (Map.Entry<String, List<String>> group : groups.entrySet()) {
      String layout = group.getKey();
      String best = layout;
      int bestCount = count(evidence, names(layout, layout, group.getValue()));
      int layoutCount = bestCount;
      String example = null;
      for (String candidate = parent(layout); candidate != null; candidate = parent(candidate)) {
        Set<String> names = names(candidate, layout, group.getValue());
        int count = count(evidence, names) - misses(root, evidence, candidate, layout);
        if (count > bestCount) {
          best = candidate;
          bestCount = count;
          example = mostImported(evidence, names);
        }
        if (candidate.isEmpty()) {
          break;
        }
      }
      if (bestCount == 0) {
        unevidenced.add(layout);
        continue;
      }
      chosen.put(layout, best);
      if (!best.equals(layout)) {
        reasons.put(
            layout,
            bestCount
                + " absolute import"
                + (bestCount == 1 ? "" : "s")
                + " in the tree name its modules as rooted at "
                + display(best)
                + " (e.g. "
                + example
                + "), "
                + layoutCount
                + " as rooted at "
                + display(layout));
      }
    }
    for (String layout : unevidenced) {
      String inherited = null;
      String from = null;
      for (Map.Entry<String, String> other : chosen.entrySet()) {
        String otherRoot = other.getValue();
        if (!otherRoot.equals(other.getKey())
            && under(layout, otherRoot)
            && firstSegmentBelow(layout, otherRoot)
                .equals(firstSegmentBelow(other.getKey(), otherRoot))
            && (inherited == null || otherRoot.length() > inherited.length())) {
          inherited = otherRoot;
          from = other.getKey();
        }
      }
      if (inherited != null) {
        chosen.put(layout, inherited);
        reasons.put(
            layout,
            "no import names its modules; "
                + display(from)
                + " in the same tree is rooted at "
                + display(inherited)
                + " by its imports");
      }
    }
    List<ModuleRoot> notes = new ArrayList<>();
    for (Map.Entry<String, String> reason : reasons.entrySet()) {
      String layout = reason.getKey();
      notes.add(
          new ModuleRoot(
              "python",
              layout,
              chosen.get(layout),
              layout,
              groups.get(layout).size(),
              reason.getValue()));
    }
    notes.sort(ModuleRoot.ORDER);
    return new Result(chosen, notes);
  }

  /**
   * Imports that would fail if the candidate were the root: {@code from mypy.nodes import x} when
   * the group's directory would be package {@code mypy} but holds no {@code nodes} (the code means
   * another {@code mypy}, here the third-party one).
   */
  private static int misses(
      Path root, NavigableMap<String, Integer> evidence, String candidate, String layout) {
    String relative = candidate.isEmpty() ? layout : layout.substring(candidate.length() + 1);
    String prefix = relative.replace('/', '.') + ".";
    if (!telling(prefix + "x")) {
      return 0;
    }
    int misses = 0;
    Path directory = root.resolve(layout);
    for (Map.Entry<String, Integer> entry :
        evidence
            .subMap(prefix, true, prefix.substring(0, prefix.length() - 1) + "/", false)
            .entrySet()) {
      String rest = entry.getKey().substring(prefix.length());
      if (!rest.isEmpty() && rest.indexOf('.') < 0 && !exists(directory, rest)) {
        misses += entry.getValue();
      }
    }
    return misses;
  }

  /** Whether a directory holds a module or package of this name, in any form. */
  private static boolean exists(Path directory, String name) {
    if (Files.isDirectory(directory.resolve(name))
        || Files.exists(directory.resolve(name + ".py"))
        || Files.exists(directory.resolve(name + ".pyi"))) {
      return true;
    }
    try (java.util.stream.Stream<Path> list = Files.list(directory)) {
      return list.map(p -> p.getFileName().toString())
          .anyMatch(f -> f.startsWith(name + ".") && (f.endsWith(".so") || f.endsWith(".pyd")));
    } catch (IOException | RuntimeException e) {
      return true; // cannot tell: no counter-evidence
    }
  }

  /** The module names a candidate root gives a group's files, and its directory's name. */
  private static Set<String> names(String candidate, String layout, List<String> files) {
    Set<String> names = new HashSet<>();
    for (String file : files) {
      String relative = candidate.isEmpty() ? file : file.substring(candidate.length() + 1);
      String module = PythonModules.moduleOf(relative);
      if (!module.isEmpty()) {
        names.add(module);
      }
    }
    if (!candidate.equals(layout)) {
      String relative = candidate.isEmpty() ? layout : layout.substring(candidate.length() + 1);
      names.add(relative.replace('/', '.'));
    }
    return names;
  }

  private static int count(Map<String, Integer> evidence, Set<String> names) {
    int count = 0;
    for (String name : names) {
      if (telling(name)) {
        count += evidence.getOrDefault(name, 0);
      }
    }
    return count;
  }

  /**
   * Whether an import of this name can tell roots apart: a bare top-level name cannot (any module
   * of that name anywhere, third-party ones included, would match: {@code from django import x}
   * says nothing about {@code template/backends/django.py}), nor can a standard-library name, which
   * an absolute import never resolves locally.
   */
  private static boolean telling(String name) {
    int dot = name.indexOf('.');
    return dot > 0 && !StandardLibrary.has(name.substring(0, dot));
  }

  private static String mostImported(Map<String, Integer> evidence, Set<String> names) {
    String best = null;
    int bestCount = 0;
    for (String name : new java.util.TreeSet<>(names)) {
      int count = telling(name) ? evidence.getOrDefault(name, 0) : 0;
      if (count > bestCount) {
        best = name;
        bestCount = count;
      }
    }
    return best;
  }

  private static boolean under(String path, String directory) {
    return directory.isEmpty() || path.startsWith(directory + "/");
  }

  private static String firstSegmentBelow(String path, String directory) {
    String rest = directory.isEmpty() ? path : path.substring(directory.length() + 1);
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  static String display(String directory) {
    return directory.isEmpty() ? "." : directory;
  }

  private static String parent(String path) {
    if (path.isEmpty()) {
      return null;
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /**
   * The absolute imports of a tree, read from the bytes without parsing: {@code import a.b, c as d}
   * names {@code a.b} and {@code c}; {@code from a.b import c, d} names {@code a.b}, {@code a.b.c}
   * and {@code a.b.d}. Relative imports name nothing here. Statements are found at the start of a
   * line (after indentation); a parenthesised name list may span lines.
   */
  static final class ImportScan {

    private ImportScan() {}

    /** Dotted name → how many import statements name it. */
    static NavigableMap<String, Integer> absoluteImports(Path root, List<String> files) {
      List<Map<String, Integer>> perFile =
          files.parallelStream().map(file -> scan(read(root.resolve(file)))).toList();
      Map<String, Integer> all = new java.util.HashMap<>();
      for (Map<String, Integer> names : perFile) {
        names.forEach((k, v) -> all.merge(k, v, Integer::sum));
      }
      return new TreeMap<>(all);
    }

    private static byte[] read(Path file) {
      try {
        return Files.readAllBytes(file);
      } catch (IOException | RuntimeException e) {
        return new byte[0]; // an unreadable file gives no evidence; the parse reports it
      }
    }

    static Map<String, Integer> scan(byte[] b) {
      Map<String, Integer> names = new java.util.HashMap<>();
      int i = 0;
      while (i < b.length) {
        int start = i;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
          i++;
        }
        if (word(b, i, "import")) {
          i = names(b, i + 6, null, names);
        } else if (word(b, i, "from")) {
          int at = skipBlanks(b, i + 4);
          if (at < b.length && b[at] != '.') {
            int end = dotted(b, at);
            String module = new String(b, at, end - at, java.nio.charset.StandardCharsets.UTF_8);
            int next = skipBlanks(b, end);
            if (!module.isEmpty() && word(b, next, "import")) {
              names.merge(module, 1, Integer::sum);
              i = names(b, next + 6, module, names);
            }
          }
        }
        while (i < b.length && b[i] != '\n' && b[i] != '\r') {
          i++;
        }
        i++;
        if (i <= start) {
          i = start + 1;
        }
      }
      return names;
    }

    /** Reads {@code a.b as c, d} (a bracketed list may span lines); returns where it ends. */
    private static int names(byte[] b, int i, String module, Map<String, Integer> names) {
      boolean bracketed = false;
      i = skipBlanks(b, i);
      if (i < b.length && b[i] == '(') {
        bracketed = true;
        i++;
      }
      while (i < b.length) {
        i = bracketed ? skipSpace(b, i) : skipBlanks(b, i);
        if (i < b.length && b[i] == '#' && bracketed) {
          while (i < b.length && b[i] != '\n') {
            i++;
          }
          continue;
        }
        int end = dotted(b, i);
        if (end == i) {
          break;
        }
        String name = new String(b, i, end - i, java.nio.charset.StandardCharsets.UTF_8);
        if (!name.equals("*")) {
          names.merge(module == null ? name : module + "." + name, 1, Integer::sum);
        }
        i = bracketed ? skipSpace(b, end) : skipBlanks(b, end);
        if (word(b, i, "as")) {
          i = bracketed ? skipSpace(b, i + 2) : skipBlanks(b, i + 2);
          i = dotted(b, i);
          i = bracketed ? skipSpace(b, i) : skipBlanks(b, i);
        }
        if (i < b.length && b[i] == ',') {
          i++;
          if (!bracketed && i < b.length && b[i] == '\\') {
            i++;
          }
          continue;
        }
        break;
      }
      return i;
    }

    private static int dotted(byte[] b, int i) {
      while (i < b.length && (PythonSource.identifierByte(b[i]) || b[i] == '.')) {
        i++;
      }
      return i;
    }

    private static int skipBlanks(byte[] b, int i) {
      while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
        i++;
      }
      return i;
    }

    private static int skipSpace(byte[] b, int i) {
      while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
        i++;
      }
      return i;
    }

    private static boolean word(byte[] b, int at, String word) {
      if (at + word.length() > b.length) {
        return false;
      }
      for (int j = 0; j < word.length(); j++) {
        if (b[at + j] != word.charAt(j)) {
          return false;
        }
      }
      return at + word.length() == b.length || !PythonSource.identifierByte(b[at + word.length()]);
    }
  }
}
