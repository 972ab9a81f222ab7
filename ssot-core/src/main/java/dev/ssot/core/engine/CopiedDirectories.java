package dev.ssot.core.engine;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.report.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds directories that hold copies of code that lives elsewhere in the tree: a backup, a snapshot
 * or a vendored copy of the project itself. A file is a copy of another when both have the same
 * path below their directories and define the same type names ({@code backups/2024/app/ws.src} and
 * {@code app/ws.src}); a directory is a copy when at least {@link #MIN_FILES} of its files, and at
 * least half of those that define a type, are copies of files below one other directory. Of the two
 * directories, the copy is the one nested deeper or, at the same depth, the one whose path says so
 * ({@code backup}, {@code old}, {@code snapshot}, ...); when neither tells, nothing is reported:
 * two modules of a multi-module build may share names on purpose.
 */
final class CopiedDirectories {

  /** Fewer copied files than this make no copied directory. */
  static final int MIN_FILES = 3;

  /** Files with one name and the same type names beyond this many are not paired (quadratic). */
  private static final int MAX_GROUP = 32;

  private static final Pattern COPY_WORD =
      Pattern.compile(
          "(^|[^a-z])(backups?|bak|old|copy|copies|snapshots?|archived?|orig|previous)([^a-z]|$)");

  private CopiedDirectories() {}

  /** The copied directories of a tree, sorted by path. */
  static List<Report.CopiedDirectory> of(List<FileFacts> facts, List<Finding> findings) {
    Map<String, List<String>> bySignature = new HashMap<>();
    for (FileFacts file : facts) {
      if (file.types().isEmpty()) {
        continue;
      }
      Set<String> names = new TreeSet<>();
      for (TypeDecl type : file.types()) {
        names.add(type.simpleName());
      }
      String fileName = file.path().substring(file.path().lastIndexOf('/') + 1);
      bySignature
          .computeIfAbsent(fileName + "|" + String.join(",", names), k -> new ArrayList<>())
          .add(file.path());
    }
    // (copy directory, live directory) -> the copy's files that have a live counterpart
    Map<String, Map<String, Set<String>>> pairs = new TreeMap<>();
    for (List<String> group : bySignature.values()) {
      if (group.size() < 2 || group.size() > MAX_GROUP) {
        continue;
      }
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          pair(group.get(i), group.get(j), pairs);
        }
      }
    }
    Map<String, Integer> typedFiles = new HashMap<>();
    List<Report.CopiedDirectory> copies = new ArrayList<>();
    for (Map.Entry<String, Map<String, Set<String>>> copy : pairs.entrySet()) {
      String directory = copy.getKey();
      String prefix = directory + "/";
      int files =
          typedFiles.computeIfAbsent(
              directory,
              d ->
                  (int)
                      facts.stream()
                          .filter(f -> !f.types().isEmpty() && f.path().startsWith(prefix))
                          .count());
      // the live directory most of the copy's files come from
      Map.Entry<String, Set<String>> best = null;
      for (Map.Entry<String, Set<String>> live : copy.getValue().entrySet()) {
        if (best == null || live.getValue().size() > best.getValue().size()) {
          best = live;
        }
      }
      int copied = best.getValue().size();
      if (copied < MIN_FILES || copied * 2 < files) {
        continue;
      }
      int inside =
          (int) findings.stream().filter(f -> f.location().path().startsWith(prefix)).count();
      copies.add(
          new Report.CopiedDirectory(
              directory, best.getKey().isEmpty() ? "." : best.getKey(), files, copied, inside));
    }
    // a copy inside another copy is covered by the outer one's exclude
    return copies.stream()
        .filter(c -> copies.stream().noneMatch(o -> o != c && c.path().startsWith(o.path() + "/")))
        .toList();
  }

  /** Records which of two same-looking files is the copy, when their paths tell. */
  private static void pair(String a, String b, Map<String, Map<String, Set<String>>> pairs) {
    String[] first = a.split("/");
    String[] second = b.split("/");
    int common = 0;
    while (common < first.length
        && common < second.length
        && first[first.length - 1 - common].equals(second[second.length - 1 - common])) {
      common++;
    }
    String firstDir = String.join("/", Arrays.copyOf(first, first.length - common));
    String secondDir = String.join("/", Arrays.copyOf(second, second.length - common));
    int firstDepth = first.length - common;
    int secondDepth = second.length - common;
    String copyDir;
    String liveDir;
    String copyFile;
    if (firstDepth != secondDepth) {
      boolean firstIsCopy = firstDepth > secondDepth;
      copyDir = firstIsCopy ? firstDir : secondDir;
      liveDir = firstIsCopy ? secondDir : firstDir;
      copyFile = firstIsCopy ? a : b;
    } else {
      boolean firstSays = saysCopy(firstDir);
      boolean secondSays = saysCopy(secondDir);
      if (firstSays == secondSays) {
        return;
      }
      copyDir = firstSays ? firstDir : secondDir;
      liveDir = firstSays ? secondDir : firstDir;
      copyFile = firstSays ? a : b;
    }
    if (copyDir.isEmpty() || (!liveDir.isEmpty() && liveDir.startsWith(copyDir + "/"))) {
      return;
    }
    pairs
        .computeIfAbsent(copyDir, k -> new TreeMap<>())
        .computeIfAbsent(liveDir, k -> new TreeSet<>())
        .add(copyFile);
  }

  private static boolean saysCopy(String directory) {
    return COPY_WORD.matcher(directory.toLowerCase(Locale.ROOT)).find();
  }
}
