package dev.ssot.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Git's ignore rules as they apply to one directory of a walk: the {@code .gitignore} files of that
 * directory and of every directory above it up to the top of the work tree, then the repository's
 * {@code .git/info/exclude}. The matching itself is JGit's ({@link IgnoreNode}), so patterns,
 * negation, directory-only patterns and precedence are git's: the deepest file that has a matching
 * rule decides, and within a file the last matching rule. A user's global excludes file ({@code
 * core.excludesFile}) is not read, so the result depends on the tree alone.
 *
 * <p>Instances are immutable; {@link #enter} gives the rules of a subdirectory.
 */
final class IgnoreRules {

  static final String IGNORE_FILE = ".gitignore";

  /** No rules at all. */
  static final IgnoreRules NONE = new IgnoreRules(null, null, 0, "", new Repository(null, ""));

  /**
   * What every directory of one walk shares.
   *
   * @param exclude the repository's {@code info/exclude} rules, or null
   * @param startFromTop the path from the top of the work tree down to the walk's start, ending in
   *     {@code /}, or empty
   */
  private record Repository(IgnoreNode exclude, String startFromTop) {}

  private final IgnoreRules parent;
  private final IgnoreNode node;
  private final int depth;
  private final String prefix;
  private final Repository repository;

  /**
   * @param parent the rules of the directories above, or null
   * @param node the rules of this directory, or null for none
   * @param depth how many names below the walk's start this directory is
   * @param prefix the path from this directory down to the walk's start, ending in {@code /}, or
   *     empty when the directory is at or below the start
   */
  private IgnoreRules(
      IgnoreRules parent, IgnoreNode node, int depth, String prefix, Repository repository) {
    this.parent = parent;
    this.node = node;
    this.depth = depth;
    this.prefix = prefix;
    this.repository = repository;
  }

  /**
   * The rules in force at {@code start}, a directory the walk starts at: when it lies in a git work
   * tree, the {@code .gitignore} files from the top of the work tree down to {@code start} and the
   * repository's exclude file; otherwise those of {@code start} alone.
   *
   * @param start the real path of the directory the walk starts at
   * @param problems told about ignore files that exist but cannot be read
   */
  static IgnoreRules at(Path start, List<Path> problems) {
    Path top = workTreeTop(start);
    Repository repository =
        new Repository(
            top == null ? null : read(excludeFile(top), problems),
            top == null || top.equals(start) ? "" : slashed(top.relativize(start)) + "/");
    List<Path> chain = new ArrayList<>();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      chain.add(0, dir);
      if (top == null || dir.equals(top)) {
        break;
      }
    }
    IgnoreRules rules = new IgnoreRules(null, null, 0, "", repository);
    for (Path dir : chain) {
      IgnoreNode node = read(dir.resolve(IGNORE_FILE), problems);
      if (node != null) {
        String prefix = dir.equals(start) ? "" : slashed(dir.relativize(start)) + "/";
        rules = new IgnoreRules(rules, node, 0, prefix, repository);
      }
    }
    return rules;
  }

  /**
   * The rules of {@code start}'s own {@code .gitignore} alone: for an explicit source root, taken
   * as given whatever the files above it say.
   */
  static IgnoreRules only(Path start, List<Path> problems) {
    return new IgnoreRules(
        null, read(start.resolve(IGNORE_FILE), problems), 0, "", new Repository(null, ""));
  }

  /**
   * The rules of a subdirectory: these plus its own {@code .gitignore} when it has one.
   *
   * @param directory the subdirectory
   * @param depth how many names below the walk's start it is
   * @param problems told about an ignore file that exists but cannot be read
   */
  IgnoreRules enter(Path directory, int depth, List<Path> problems) {
    IgnoreNode own = read(directory.resolve(IGNORE_FILE), problems);
    return own == null ? this : new IgnoreRules(this, own, depth, "", repository);
  }

  /**
   * Whether git ignores an entry.
   *
   * @param names the entry's names below the walk's start
   * @param directory whether the entry is a directory
   */
  boolean ignored(List<String> names, boolean directory) {
    for (IgnoreRules rules = this; rules != null; rules = rules.parent) {
      if (rules.node != null) {
        String path = rules.prefix + String.join("/", names.subList(rules.depth, names.size()));
        Boolean result = rules.node.checkIgnored(path, directory);
        if (result != null) {
          return result;
        }
      }
    }
    if (repository.exclude() != null) {
      Boolean result =
          repository
              .exclude()
              .checkIgnored(repository.startFromTop() + String.join("/", names), directory);
      return result != null && result;
    }
    return false;
  }

  /** Reads one ignore file; null when there is none (or it is not a regular file). */
  private static IgnoreNode read(Path file, List<Path> problems) {
    if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(file.toString(), in);
    } catch (IOException e) {
      problems.add(file);
      return null;
    }
    return node.getRules().isEmpty() ? null : node;
  }

  /** The top of the git work tree {@code dir} lies in (the directory holding {@code .git}). */
  static Path workTreeTop(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        return d;
      }
    }
    return null;
  }

  /**
   * The repository's exclude file: {@code .git/info/exclude}, or for a linked work tree (where
   * {@code .git} is a file naming the git directory) the one in the common git directory.
   */
  static Path excludeFile(Path top) {
    Path git = top.resolve(".git");
    if (Files.isDirectory(git, LinkOption.NOFOLLOW_LINKS)) {
      return git.resolve("info").resolve("exclude");
    }
    try {
      String pointer = Files.readString(git, StandardCharsets.UTF_8).strip();
      if (!pointer.startsWith("gitdir:")) {
        return null;
      }
      Path gitDir = top.resolve(pointer.substring("gitdir:".length()).strip()).normalize();
      Path commonFile = gitDir.resolve("commondir");
      if (Files.isRegularFile(commonFile)) {
        gitDir =
            gitDir
                .resolve(Files.readString(commonFile, StandardCharsets.UTF_8).strip())
                .normalize();
      }
      return gitDir.resolve("info").resolve("exclude");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String slashed(Path relative) {
    List<String> names = new ArrayList<>();
    relative.forEach(name -> names.add(name.toString()));
    return String.join("/", names);
  }
}
