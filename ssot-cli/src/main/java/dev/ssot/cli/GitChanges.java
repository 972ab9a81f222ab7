package dev.ssot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The files {@code check --changed-since REV} reports on: those changed between REV and HEAD, those
 * changed in the index or the work tree since HEAD, and untracked files git does not ignore, as
 * paths relative to the analysed root (files outside it are left out).
 *
 * <p>It asks the {@code git} command rather than reading the repository itself: whoever has a
 * checkout has git, and git knows every index and repository format (worktrees, split and sparse
 * indexes, fsmonitor) a library may lag behind on. The revision is resolved to a commit first, so
 * it can never be taken for an option of a later command.
 */
final class GitChanges {

  private GitChanges() {}

  /** The changed files under {@code root} since {@code revision}, relative to root, sorted. */
  static Set<String> since(Path root, String revision) {
    Path dir = root.toAbsolutePath().normalize();
    if (revision.isEmpty() || revision.startsWith("-")) {
      throw new UsageException("--changed-since: '" + revision + "' is not a git revision");
    }
    Result inside = git(dir, "rev-parse", "--is-inside-work-tree");
    if (inside.code() != 0 || !inside.out().strip().equals("true")) {
      throw new UsageException(
          "--changed-since needs a git work tree, and " + root + " is not inside one");
    }
    Result commit = git(dir, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
    if (commit.code() != 0) {
      throw new UsageException(
          "--changed-since: unknown revision '"
              + revision
              + "' in the git repository at "
              + root
              + " (try a commit, branch or tag, e.g. HEAD~1 or origin/main)");
    }
    String base = commit.out().strip();
    Set<String> changed = new TreeSet<>();
    boolean hasHead = git(dir, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").code() == 0;
    if (hasHead) {
      changed.addAll(
          names(dir, "diff", "--name-only", "-z", "--no-renames", "--relative", base, "HEAD"));
      changed.addAll(names(dir, "diff", "--name-only", "-z", "--no-renames", "--relative", "HEAD"));
    }
    changed.addAll(names(dir, "ls-files", "--others", "--exclude-standard", "-z"));
    return changed;
  }

  private static List<String> names(Path dir, String... args) {
    Result result = git(dir, args);
    if (result.code() != 0) {
      throw new UsageException(
          "--changed-since: 'git " + String.join(" ", args) + "' failed: " + result.err().strip());
    }
    List<String> names = new ArrayList<>();
    for (String name : result.out().split("\0")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private record Result(int code, String out, String err) {}

  private static Result git(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("GIT_OPTIONAL_LOCKS", "0"); // never take the index lock
    builder.environment().put("LC_ALL", "C");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UsageException("--changed-since needs the git command on the PATH");
    }
    try {
      process.getOutputStream().close();
      java.util.concurrent.CompletableFuture<String> err =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      String out = read(process.getInputStream());
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new UsageException("--changed-since: git did not answer within 5 minutes");
      }
      return new Result(process.exitValue(), out, err.join());
    } catch (IOException e) {
      throw new UsageException("--changed-since: cannot run git: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("--changed-since: interrupted while running git");
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
