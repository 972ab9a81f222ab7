package dev.ssot.core.parse;

import dev.ssot.core.model.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The files to analyse: everything under the analysed root (or under explicit source roots) that a
 * parser accepts, minus default ignores and exclude globs, sorted by path.
 *
 * <p>Default ignores are directories named {@code .git} and {@code node_modules}, any other hidden
 * directory, and build output: a directory named {@code target}, {@code build} or {@code out}
 * beside a build file ({@code pom.xml}, {@code build.gradle[.kts]}, {@code settings.gradle[.kts]},
 * {@code build.xml}, {@code build.sbt}, {@code package.json}) or an IDE project ({@code .idea}) —
 * so a Java package named {@code build} is still analysed. A file is test source when one of its
 * directories is named {@code test} or {@code tests} (so {@code src/test/java}), or when it lies
 * under an explicit test root.
 */
public final class SourceSet {

  public static final Set<String> DEFAULT_IGNORED_DIRECTORIES = Set.of(".git", "node_modules");

  /** Directory names that hold build output when a build file sits beside them. */
  public static final Set<String> OUTPUT_DIRECTORIES = Set.of("target", "build", "out");

  private static final List<String> BUILD_FILES =
      List.of(
          "pom.xml",
          "build.gradle",
          "build.gradle.kts",
          "settings.gradle",
          "settings.gradle.kts",
          "build.xml",
          "build.sbt",
          "package.json",
          ".idea");

  private final Path root;
  private final List<SourceFile> files;

  private SourceSet(Path root, List<SourceFile> files) {
    this.root = root;
    this.files = List.copyOf(files);
  }

  public Path root() {
    return root;
  }

  public List<SourceFile> files() {
    return files;
  }

  /**
   * Discovers the files under {@code root}.
   *
   * @param root the analysed root; reported paths are relative to it
   * @param sourceRoots explicit source roots (absolute or relative to root); empty means "walk the
   *     whole root"
   * @param testRoots explicit test source roots; files under them are test sources
   * @param includes globs a file's relative path must match one of (empty means all)
   * @param excludes globs that remove files
   * @param accepts which relative paths some parser can read
   */
  public static SourceSet discover(
      Path root,
      List<Path> sourceRoots,
      List<Path> testRoots,
      List<String> includes,
      List<String> excludes,
      Predicate<String> accepts) {
    Path normalRoot = root.toAbsolutePath().normalize();
    List<Glob> include = includes.stream().map(Glob::new).toList();
    List<Glob> exclude = excludes.stream().map(Glob::new).toList();
    TreeMap<String, SourceFile> found = new TreeMap<>();
    if (sourceRoots.isEmpty() && testRoots.isEmpty()) {
      walk(normalRoot, normalRoot, null, include, exclude, accepts, found);
    } else {
      for (Path dir : sourceRoots) {
        walk(
            normalRoot,
            normalRoot.resolve(dir).normalize(),
            Boolean.FALSE,
            include,
            exclude,
            accepts,
            found);
      }
      for (Path dir : testRoots) {
        walk(
            normalRoot,
            normalRoot.resolve(dir).normalize(),
            Boolean.TRUE,
            include,
            exclude,
            accepts,
            found);
      }
    }
    return new SourceSet(normalRoot, new ArrayList<>(found.values()));
  }

  private static void walk(
      Path root,
      Path start,
      Boolean testOverride,
      List<Glob> include,
      List<Glob> exclude,
      Predicate<String> accepts,
      TreeMap<String, SourceFile> found) {
    if (!Files.isDirectory(start)) {
      return;
    }
    try {
      Files.walkFileTree(
          start,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(start)) {
                String name = dir.getFileName().toString();
                if (DEFAULT_IGNORED_DIRECTORIES.contains(name)
                    || name.startsWith(".")
                    || (OUTPUT_DIRECTORIES.contains(name) && besideBuildFile(dir))) {
                  return FileVisitResult.SKIP_SUBTREE;
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
              }
              String relative = relativize(root, file);
              if (!accepts.test(relative)
                  || (!include.isEmpty() && include.stream().noneMatch(g -> g.matches(relative)))
                  || exclude.stream().anyMatch(g -> g.matches(relative))) {
                return FileVisitResult.CONTINUE;
              }
              boolean test = testOverride != null ? testOverride : isTestPath(relative);
              found.putIfAbsent(relative, new SourceFile(file, relative, test));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              // Unreadable entries (dangling links, permissions) are skipped; reading reports them.
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot walk " + start, e);
    }
  }

  private static boolean besideBuildFile(Path dir) {
    Path parent = dir.getParent();
    if (parent == null) {
      return false;
    }
    for (String buildFile : BUILD_FILES) {
      if (Files.exists(parent.resolve(buildFile))) {
        return true;
      }
    }
    return false;
  }

  public static String relativize(Path root, Path file) {
    Path rel = file.startsWith(root) ? root.relativize(file) : file;
    return rel.toString().replace('\\', '/');
  }

  static boolean isTestPath(String relative) {
    String[] segments = relative.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (segments[i].equals("test") || segments[i].equals("tests")) {
        return true;
      }
    }
    return false;
  }

  /** A glob over relative paths; a leading {@code **}{@code /} also matches at the root. */
  static final class Glob {
    private final PathMatcher matcher;
    private final PathMatcher rootMatcher;

    Glob(String pattern) {
      this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      this.rootMatcher =
          pattern.startsWith("**/")
              ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3))
              : null;
    }

    boolean matches(String relative) {
      Path path = Path.of(relative);
      return matcher.matches(path) || (rootMatcher != null && rootMatcher.matches(path));
    }
  }

  /** Orders files by relative path; the order everything downstream relies on. */
  public static final Comparator<SourceFile> ORDER = Comparator.comparing(SourceFile::path);
}
