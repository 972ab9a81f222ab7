package dev.ssot.core.parse;

import dev.ssot.core.model.SkippedPath;
import dev.ssot.core.model.SourceFile;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files to analyse: everything under the analysed root (or under explicit source roots) that a
 * parser accepts, minus what {@link Discovery} leaves out and the exclude globs, sorted by path;
 * and what was left out, with the reason.
 *
 * <p>A file is test source when one of its directories is named {@code test} or {@code tests} (so
 * {@code src/test/java}), or when it lies under an explicit test root.
 */
public final class SourceSet {

  private final Path root;
  private final List<SourceFile> files;
  private final List<SkippedPath> skipped;
  private final Set<SkippedPath.Reason> ruleReasons;

  private SourceSet(
      Path root,
      List<SourceFile> files,
      List<SkippedPath> skipped,
      Set<SkippedPath.Reason> ruleReasons) {
    this.root = root;
    this.files = List.copyOf(files);
    this.skipped = List.copyOf(skipped);
    this.ruleReasons = Set.copyOf(ruleReasons);
  }

  public Path root() {
    return root;
  }

  public List<SourceFile> files() {
    return files;
  }

  /**
   * This set without the files {@code leftOut} accepts (build files discovery found beside the
   * sources); what was skipped stays.
   */
  public SourceSet without(Predicate<SourceFile> leftOut) {
    return new SourceSet(
        root, files.stream().filter(leftOut.negate()).toList(), skipped, ruleReasons);
  }

  /** What discovery left out, sorted by {@link SkippedPath#ORDER}. */
  public List<SkippedPath> skipped() {
    return skipped;
  }

  /**
   * Every reason the rules of this discovery could give ({@link SkippedPath.Reason#byRule()}),
   * whether or not any path was left out for it: those of the core and of the rules in force.
   */
  public Set<SkippedPath.Reason> ruleReasons() {
    return ruleReasons;
  }

  /** Discovers the files under {@code root} with the default {@link Discovery.Options}. */
  public static SourceSet discover(
      Path root,
      List<Path> sourceRoots,
      List<Path> testRoots,
      List<String> includes,
      List<String> excludes,
      Predicate<String> accepts) {
    return discover(
        root, sourceRoots, testRoots, includes, excludes, accepts, Discovery.Options.DEFAULT);
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
   * @param options ignore files and symbolic links
   */
  public static SourceSet discover(
      Path root,
      List<Path> sourceRoots,
      List<Path> testRoots,
      List<String> includes,
      List<String> excludes,
      Predicate<String> accepts,
      Discovery.Options options) {
    return discover(
        root, sourceRoots, testRoots, includes, excludes, "", List.of(), accepts, options);
  }

  /**
   * Discovers the files under {@code root}, with config globs written against another directory and
   * the core's {@link DiscoveryRule#CORE} rules only.
   */
  public static SourceSet discover(
      Path root,
      List<Path> sourceRoots,
      List<Path> testRoots,
      List<String> includes,
      List<String> excludes,
      String globBase,
      List<String> rootExcludes,
      Predicate<String> accepts,
      Discovery.Options options) {
    return discover(
        root,
        sourceRoots,
        testRoots,
        includes,
        excludes,
        globBase,
        rootExcludes,
        accepts,
        options,
        DiscoveryRule.CORE);
  }

  /**
   * Discovers the files under {@code root}, with config globs written against another directory.
   *
   * @param includes globs (of a config file) a file's path must match one of (empty means all)
   * @param excludes globs (of a config file) that remove files
   * @param globBase where {@code root} lies, relative to the directory {@code includes} and {@code
   *     excludes} are written against, with {@code /} ({@code ""}: the root itself)
   * @param rootExcludes globs over root-relative paths that remove files (the command line's)
   * @param rules the directories to leave out (unless {@code options} say otherwise): {@link
   *     DiscoveryRule#CORE} and the languages' rules, the first that matches giving the reason
   */
  public static SourceSet discover(
      Path root,
      List<Path> sourceRoots,
      List<Path> testRoots,
      List<String> includes,
      List<String> excludes,
      String globBase,
      List<String> rootExcludes,
      Predicate<String> accepts,
      Discovery.Options options,
      List<DiscoveryRule> rules) {
    Path normalRoot = root.toAbsolutePath().normalize();
    List<Glob> include = includes.stream().map(Glob::new).toList();
    List<Glob> exclude = excludes.stream().map(Glob::new).toList();
    List<Glob> rootExclude = rootExcludes.stream().map(Glob::new).toList();
    String prefix = globBase == null || globBase.isEmpty() ? "" : globBase + "/";
    Predicate<String> selected =
        relative ->
            (include.isEmpty() || include.stream().anyMatch(g -> g.matches(prefix + relative)))
                && exclude.stream().noneMatch(g -> g.matches(prefix + relative))
                && rootExclude.stream().noneMatch(g -> g.matches(relative));
    List<Discovery.Start> starts = new ArrayList<>();
    if (sourceRoots.isEmpty() && testRoots.isEmpty()) {
      starts.add(new Discovery.Start(normalRoot, null, true));
    } else {
      sourceRoots.forEach(dir -> starts.add(new Discovery.Start(dir, Boolean.FALSE, false)));
      testRoots.forEach(dir -> starts.add(new Discovery.Start(dir, Boolean.TRUE, false)));
    }
    Discovery.Result result = Discovery.walk(normalRoot, starts, options, accepts, selected, rules);
    Set<SkippedPath.Reason> reasons = new LinkedHashSet<>(SkippedPath.Reason.CORE_RULES);
    rules.stream()
        .map(DiscoveryRule::reason)
        .filter(SkippedPath.Reason::byRule)
        .forEach(reasons::add);
    return new SourceSet(normalRoot, result.files(), result.skipped(), reasons);
  }

  /**
   * A path relative to {@code root}, names joined with {@code /} and otherwise exactly as the file
   * system spells them (a {@code \} in a POSIX file name stays); a path outside the root stays
   * absolute.
   */
  public static String relativize(Path root, Path file) {
    if (!file.startsWith(root)) {
      return file.toString();
    }
    List<String> names = new ArrayList<>();
    root.relativize(file).forEach(name -> names.add(name.toString()));
    return String.join("/", names);
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
