package dev.ssot.core.parse;

import dev.ssot.core.model.SkippedPath;
import dev.ssot.core.model.SkippedPath.Kind;
import dev.ssot.core.model.SkippedPath.Reason;
import dev.ssot.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The walk behind {@link SourceSet}: which files to analyse, and every directory or would-be source
 * file left out, with the reason.
 *
 * <p>Always left out, and not listed: {@code .git} and other hidden directories. Unless {@link
 * Options#noIgnore()}: what git ignores ({@code .gitignore} files, nested ones too, and {@code
 * .git/info/exclude}, see {@link IgnoreRules}), and the directories a {@link DiscoveryRule}
 * matches: {@code node_modules}, and what the languages' rules name (their environments, installed
 * packages and build output). Unreadable directories and files, and files that are not regular
 * files, are left out and listed.
 *
 * <p>Symbolic links are not followed unless {@link Options#followLinks()}, and then only when they
 * lead to a place inside the analysed root; a link to a directory that contains it is a loop, and a
 * link to something the walk analyses under another path is left out so that no file is analysed
 * twice. A root that is itself a link is resolved first.
 *
 * <p>Paths are kept exactly as the file system spells them, with {@code /} between names, so two
 * distinct files always have two distinct paths.
 */
public final class Discovery {

  /**
   * How to walk.
   *
   * @param noIgnore analyse what ignore files and the environment and build-output rules would
   *     leave out ({@code .git} and hidden directories stay out)
   * @param followLinks follow symbolic links that lead to a place inside the analysed root
   */
  public record Options(boolean noIgnore, boolean followLinks) {
    public static final Options DEFAULT = new Options(false, false);
  }

  /**
   * Where one walk starts.
   *
   * @param directory the directory, absolute or relative to the root
   * @param test whether what it finds is test source (null: decide by path)
   * @param wholeRoot whether this is the walk of the whole root, where the ignore files above the
   *     root (up to the top of the git work tree) and the repository's exclude file apply; an
   *     explicit source root is taken as given, with only the ignore files inside it
   */
  record Start(Path directory, Boolean test, boolean wholeRoot) {}

  private final Path root;
  private final Path realRoot;
  private final Options options;
  private final Predicate<String> accepts;
  private final Predicate<String> selected;

  /** The rules that match a directory by its name and what sits beside it. */
  private final List<DiscoveryRule> nameRules = new ArrayList<>();

  /** The rules that match a directory by what it holds, applied when it is listed. */
  private final List<DiscoveryRule> insideRules = new ArrayList<>();

  private final TreeMap<String, Candidate> found = new TreeMap<>();
  private final Set<SkippedPath> skipped = new TreeSet<>(SkippedPath.ORDER);
  private final Set<Path> visited = new HashSet<>();
  private final Deque<Directory> links = new ArrayDeque<>();

  private record Candidate(SourceFile file, Path real, boolean viaLink) {}

  /**
   * A directory to list.
   *
   * @param path where to list it (through links, if any)
   * @param real its real path
   * @param names its names below the analysed root ({@code relativePrefix} when outside it)
   * @param depth how many names below the walk's start it is
   * @param rules the ignore rules in force in it
   * @param test whether its files are test source (null: decide by path)
   * @param viaLink whether the walk reached it through a symbolic link
   */
  private record Directory(
      Path path,
      Path real,
      List<String> names,
      int depth,
      IgnoreRules rules,
      Boolean test,
      boolean viaLink) {}

  private Discovery(
      Path root,
      Options options,
      Predicate<String> accepts,
      Predicate<String> selected,
      List<DiscoveryRule> rules) {
    this.root = root;
    Path real;
    try {
      real = root.toRealPath();
    } catch (IOException e) {
      real = root;
    }
    this.realRoot = real;
    this.options = options;
    this.accepts = accepts;
    this.selected = selected;
    for (DiscoveryRule rule : rules) {
      (rule.looksInside() ? insideRules : nameRules).add(rule);
    }
  }

  /** What a walk found. */
  record Result(List<SourceFile> files, List<SkippedPath> skipped) {}

  /**
   * Walks the starts.
   *
   * @param root the analysed root, absolute and normalised
   * @param starts the directories to walk
   * @param options how
   * @param accepts which relative paths some parser reads
   * @param selected which relative paths the include and exclude globs keep
   * @param rules the directories to leave out, in order: the first rule that matches gives the
   *     reason
   */
  static Result walk(
      Path root,
      List<Start> starts,
      Options options,
      Predicate<String> accepts,
      Predicate<String> selected,
      List<DiscoveryRule> rules) {
    Discovery discovery = new Discovery(root, options, accepts, selected, rules);
    for (Start start : starts) {
      discovery.walkStart(start);
    }
    return discovery.result();
  }

  private void walkStart(Start start) {
    Path directory = root.resolve(start.directory()).normalize();
    if (!Files.isDirectory(directory)) {
      return;
    }
    Path real;
    try {
      real = directory.toRealPath();
    } catch (IOException e) {
      skip(names(directory), Kind.DIRECTORY, Reason.UNREADABLE);
      return;
    }
    List<Path> problems = new ArrayList<>();
    IgnoreRules rules =
        options.noIgnore()
            ? IgnoreRules.NONE
            : start.wholeRoot() ? IgnoreRules.at(real, problems) : IgnoreRules.only(real, problems);
    reportUnreadableIgnoreFiles(problems);
    Deque<Directory> pending = new ArrayDeque<>();
    pending.push(new Directory(directory, real, names(directory), 0, rules, start.test(), false));
    while (!pending.isEmpty() || !links.isEmpty()) {
      Directory next = pending.isEmpty() ? links.removeFirst() : pending.pop();
      if (next.viaLink() && !visited.add(next.real())) {
        skip(next.names(), Kind.LINK, Reason.LINK_DUPLICATE);
        continue;
      }
      visited.add(next.real());
      list(next, pending);
    }
  }

  private void list(Directory dir, Deque<Directory> pending) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir.path())) {
      stream.forEach(entries::add);
    } catch (IOException | RuntimeException e) {
      skip(dir.names(), Kind.DIRECTORY, Reason.UNREADABLE);
      return;
    }
    Map<Path, String> names = new HashMap<>();
    Set<String> siblings = new HashSet<>();
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      names.put(entry, name);
      siblings.add(name);
    }
    if (dir.depth() > 0 && !options.noIgnore()) {
      String name = dir.names().get(dir.names().size() - 1);
      for (DiscoveryRule rule : insideRules) {
        if (rule.holds(name, siblings)) {
          skip(dir.names(), dir.viaLink() ? Kind.LINK : Kind.DIRECTORY, rule.reason());
          return;
        }
      }
    }
    IgnoreRules rules = dir.rules();
    if (dir.depth() > 0 && !options.noIgnore() && siblings.contains(IgnoreRules.IGNORE_FILE)) {
      List<Path> problems = new ArrayList<>();
      rules = rules.enter(dir.path(), dir.depth(), problems);
      reportUnreadableIgnoreFiles(problems);
    }
    entries.sort((a, b) -> names.get(b).compareTo(names.get(a))); // pushed, so popped in order
    for (Path entry : entries) {
      String name = names.get(entry);
      List<String> path = child(dir.names(), name);
      BasicFileAttributes attributes;
      try {
        attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        continue; // gone since the directory was listed
      } catch (IOException | RuntimeException e) {
        skip(path, Kind.OTHER, Reason.UNREADABLE);
        continue;
      }
      if (attributes.isSymbolicLink()) {
        link(dir, entry, name, path, rules, siblings, pending);
      } else if (attributes.isDirectory()) {
        Reason reason = directoryReason(name, path, dir.depth() + 1, rules, siblings, true);
        if (reason == null && hidden(name)) {
          continue;
        } else if (reason != null) {
          skip(path, Kind.DIRECTORY, reason);
        } else {
          pending.push(
              new Directory(
                  entry,
                  dir.real().resolve(name),
                  path,
                  dir.depth() + 1,
                  rules,
                  dir.test(),
                  dir.viaLink()));
        }
      } else {
        String relative = String.join("/", path);
        if (!accepts.test(relative) || !selected.test(relative)) {
          continue;
        }
        if (!attributes.isRegularFile()) {
          skip(path, Kind.OTHER, Reason.NOT_REGULAR_FILE);
        } else if (!options.noIgnore() && rules.ignored(below(path, dir.depth() + 1), false)) {
          skip(path, Kind.FILE, Reason.IGNORED);
        } else if (!Files.isReadable(entry)) {
          skip(path, Kind.FILE, Reason.UNREADABLE);
        } else {
          add(entry, relative, dir.real().resolve(name), dir.test(), dir.viaLink());
        }
      }
    }
  }

  private void link(
      Directory dir,
      Path entry,
      String name,
      List<String> path,
      IgnoreRules rules,
      Set<String> siblings,
      Deque<Directory> pending) {
    String relative = String.join("/", path);
    Path target;
    try {
      target = entry.toRealPath();
    } catch (NoSuchFileException e) {
      skip(path, Kind.LINK, Reason.LINK_BROKEN);
      return;
    } catch (FileSystemException e) {
      skip(path, Kind.LINK, Reason.LINK_LOOP); // too many levels of links
      return;
    } catch (IOException | RuntimeException e) {
      skip(path, Kind.LINK, Reason.UNREADABLE);
      return;
    }
    boolean directory = Files.isDirectory(target);
    if (directory) {
      Reason reason = directoryReason(name, path, dir.depth() + 1, rules, siblings, false);
      if (reason == null && hidden(name)) {
        return;
      } else if (reason != null) {
        skip(path, Kind.LINK, reason);
        return;
      }
    } else {
      if (!accepts.test(relative) || !selected.test(relative)) {
        return;
      }
      if (!options.noIgnore() && rules.ignored(below(path, dir.depth() + 1), false)) {
        skip(path, Kind.LINK, Reason.IGNORED);
        return;
      }
    }
    if (!target.startsWith(realRoot)) {
      skip(path, Kind.LINK, Reason.LINK_OUTSIDE_ROOT);
    } else if (!options.followLinks()) {
      skip(path, Kind.LINK, Reason.LINK_NOT_FOLLOWED);
    } else if (directory && dir.real().startsWith(target)) {
      skip(path, Kind.LINK, Reason.LINK_LOOP);
    } else if (directory) {
      // Links are walked after everything reachable without them, so a link to a directory the
      // walk reaches anyway is recognised as a duplicate.
      links.addLast(new Directory(entry, target, path, dir.depth() + 1, rules, dir.test(), true));
    } else if (!Files.isRegularFile(target)) {
      skip(path, Kind.LINK, Reason.NOT_REGULAR_FILE);
    } else if (!Files.isReadable(target)) {
      skip(path, Kind.LINK, Reason.UNREADABLE);
    } else {
      add(entry, relative, target, dir.test(), true);
    }
  }

  /**
   * Whether a directory is hidden: {@code .git} and any other name starting with a dot. Hidden
   * directories hold tool and editor state ({@code .git}, {@code .idea}, {@code .ssot-cache}); they
   * are never analysed and not listed, so that state a run creates cannot change the next report.
   */
  private static boolean hidden(String name) {
    return name.startsWith(".");
  }

  /**
   * Why a directory (or a link to one) is left out and listed, or null when it is walked unless
   * {@link #hidden}.
   */
  private Reason directoryReason(
      String name,
      List<String> path,
      int depth,
      IgnoreRules rules,
      Set<String> siblings,
      boolean real) {
    if (!options.noIgnore()) {
      boolean hidden = hidden(name);
      for (DiscoveryRule rule : nameRules) {
        if ((!hidden || rule.namesExactly(name)) && rule.matches(name, siblings)) {
          return rule.reason();
        }
      }
      if (hidden) {
        return null; // left out, unlisted, whatever else matches it
      }
      // git matches a link by its own name, as a file, never as a directory
      if (rules.ignored(below(path, depth), real)) {
        return Reason.IGNORED;
      }
    }
    return null;
  }

  private void add(Path file, String relative, Path real, Boolean test, boolean viaLink) {
    boolean isTest = test != null ? test : SourceSet.isTestPath(relative);
    Candidate candidate = new Candidate(new SourceFile(file, relative, isTest), real, viaLink);
    found.putIfAbsent(relative, candidate);
  }

  private Result result() {
    List<SourceFile> files = new ArrayList<>();
    if (options.followLinks()) {
      // One file reached under several paths is analysed once: under its own path when the walk
      // reached it without a link, else under the first of the paths.
      Map<Path, Candidate> byReal = new HashMap<>();
      for (Candidate candidate : found.values()) {
        Candidate kept = byReal.get(candidate.real());
        if (kept == null || (kept.viaLink() && !candidate.viaLink())) {
          byReal.put(candidate.real(), candidate);
        }
      }
      for (Candidate candidate : found.values()) {
        if (byReal.get(candidate.real()) == candidate) {
          files.add(candidate.file());
        } else {
          skipped.add(new SkippedPath(candidate.file().path(), Kind.FILE, Reason.LINK_DUPLICATE));
        }
      }
    } else {
      found.values().forEach(candidate -> files.add(candidate.file()));
    }
    return new Result(files, new ArrayList<>(skipped));
  }

  private void reportUnreadableIgnoreFiles(List<Path> problems) {
    for (Path file : problems) {
      skipped.add(new SkippedPath(String.join("/", names(file)), Kind.FILE, Reason.UNREADABLE));
    }
  }

  private void skip(List<String> path, Kind kind, Reason reason) {
    skipped.add(new SkippedPath(path.isEmpty() ? "." : String.join("/", path), kind, reason));
  }

  /** The names of a path below the root; a path outside it is one name, its absolute spelling. */
  private List<String> names(Path path) {
    if (!path.startsWith(root)) {
      return List.of(path.toString());
    }
    List<String> names = new ArrayList<>();
    root.relativize(path).forEach(name -> names.add(name.toString()));
    if (names.size() == 1 && names.get(0).isEmpty()) {
      return List.of();
    }
    return names;
  }

  /** The last {@code depth} names: the part of a path below the walk's start. */
  private static List<String> below(List<String> path, int depth) {
    return path.subList(path.size() - depth, path.size());
  }

  private static List<String> child(List<String> names, String name) {
    List<String> child = new ArrayList<>(names.size() + 1);
    child.addAll(names);
    child.add(name);
    return child;
  }
}
