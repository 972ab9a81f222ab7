package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --changed-since REV} on real git repositories made by the {@code git} command: the
 * tree {@code trees/changed} (a cycle between {@code a} and {@code b}, a second {@code
 * WebSocketManager}, a clean {@code util}) committed twice, then changed in the work tree.
 */
class ChangedSinceCliTest {

  private static final Path TREE = Path.of("src/test/resources/trees/changed");
  private static final String ORDERS = "src/main/java/com/acme/a/Orders.java";
  private static final String BILLING = "src/main/java/com/acme/b/Billing.java";
  private static final String STRINGS = "src/main/java/com/acme/util/Strings.java";
  private static final String LEGACY = "src/main/java/com/acme/legacy/WebSocketManager.java";

  @TempDir Path dir;
  Path repo;

  @BeforeEach
  void commitTheTree() throws Exception {
    repo = dir.resolve("repo");
    copy(TREE, repo);
    String legacy = Files.readString(repo.resolve(LEGACY));
    Files.delete(repo.resolve(LEGACY));
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "the cycle, one WebSocketManager");
    Files.writeString(repo.resolve(LEGACY), legacy);
    git("add", "-A");
    git("commit", "-q", "-m", "a second WebSocketManager");
    append(STRINGS, "// third commit\n");
    git("commit", "-q", "-am", "a clean file changed");
  }

  @Test
  void aCommittedChangeToACleanFileReportsNothing() {
    SsotCliTest.Run run = check("--changed-since", "HEAD~1");
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("; no findings."), run.out());
    assertTrue(run.out().contains("5 files"), "the whole tree was analysed: " + run.out());
  }

  @Test
  void everyCommitSinceTheRevisionCounts() {
    SsotCliTest.Run run = check("--changed-since", "HEAD~2");
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(run.out().contains(LEGACY + ":6:14: error:"), run.out());
    assertFalse(run.out().contains("[import-cycle]"), "the cycle is older: " + run.out());
    assertTrue(run.out().contains("1 finding (1 error"), run.out());
  }

  @Test
  void anUncommittedChangeToAFileOfTheCycleReportsTheCycle() throws IOException {
    append(BILLING, "// work in progress\n");
    SsotCliTest.Run run = check("--changed-since", "HEAD", "--max-per-rule", "0");
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(run.out().contains(ORDERS + ":3:1: error: 2 packages form"), run.out());
    assertFalse(run.out().contains("[duplicate-type]"), run.out());
  }

  @Test
  void aStagedChangeCounts() throws Exception {
    append(LEGACY, "// staged\n");
    git("add", LEGACY);
    SsotCliTest.Run run = check("--changed-since", "HEAD");
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(run.out().contains(LEGACY + ":6:14: error:"), run.out());
    assertFalse(run.out().contains("[import-cycle]"), run.out());
  }

  @Test
  void anUntrackedFileCountsAndAnIgnoredOneDoesNot() throws IOException {
    Path copy = repo.resolve("src/main/java/com/acme/copy/WebSocketManager.java");
    Files.createDirectories(copy.getParent());
    Files.writeString(
        copy,
        Files.readString(repo.resolve(LEGACY))
            .replace("package com.acme.legacy;", "package com.acme.copy;"));
    SsotCliTest.Run run = check("--changed-since", "HEAD", "-f", "json");
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("\"path\" : \"src/main/java/com/acme/copy/"), run.out());

    // ignored by git: no change, though --no-ignore still analyses it
    Files.writeString(repo.resolve(".gitignore"), "src/main/java/com/acme/copy/\n");
    SsotCliTest.Run ignored = check("--changed-since", "HEAD", "--no-ignore", "-f", "json");
    assertEquals(0, ignored.code(), ignored.out() + ignored.err());
    assertTrue(ignored.out().contains("\"findings\" : [ ]"), ignored.out());
  }

  @Test
  void aSubdirectoryOfTheRepositoryIsAnalysedWithItsOwnPaths() throws IOException {
    append(BILLING, "// work in progress\n");
    SsotCliTest.Run run =
        SsotCliTest.run(
            "check",
            repo.resolve("src/main/java").toString(),
            "--no-cache",
            "--changed-since",
            "HEAD");
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("com/acme/a/Orders.java:3:1: error:"), run.out());
  }

  @Test
  void theCacheKeepsOutOfGitStatus() {
    SsotCliTest.Run run = SsotCliTest.run("check", repo.toString());
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(Files.isRegularFile(repo.resolve(".ssot-cache/facts.bin")));
    assertEquals(
        "# Created by ssot: its cache, never committed.\n*\n", read(".ssot-cache/.gitignore"));
    assertEquals("", git("status", "--porcelain", "--untracked-files=all"));
  }

  @Test
  void aCacheDirectoryThatExistedIsLeftAsItIs() throws IOException {
    Path shared = Files.createDirectories(dir.resolve("shared-cache"));
    SsotCliTest.Run run =
        SsotCliTest.run("check", repo.toString(), "--cache-dir", shared.toString());
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(Files.isRegularFile(shared.resolve("facts.bin")));
    assertFalse(Files.exists(shared.resolve(".gitignore")));
  }

  private String read(String path) {
    try {
      return Files.readString(repo.resolve(path));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anUnknownRevisionIsAUsageError() {
    SsotCliTest.Run run = check("--changed-since", "no-such-branch");
    assertEquals(2, run.code(), run.out() + run.err());
    assertTrue(run.err().contains("unknown revision 'no-such-branch'"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void aRevisionThatLooksLikeAnOptionIsRefused() {
    SsotCliTest.Run run = check("--changed-since=--output=" + dir.resolve("x"));
    assertEquals(2, run.code(), run.out() + run.err());
    // picocli or ssot refuses it; git never sees it as an option
    assertTrue(
        run.err().contains("is not a git revision") || run.err().contains("Expected parameter"),
        run.err());
    assertFalse(Files.exists(dir.resolve("x")));
    assertEquals(2, check("--changed-since", "-").code());
  }

  @Test
  void outsideAGitRepositoryIsAUsageError() throws IOException {
    Path plain = dir.resolve("plain");
    copy(TREE, plain);
    SsotCliTest.Run run =
        SsotCliTest.run("check", plain.toString(), "--no-cache", "--changed-since", "HEAD~1");
    assertEquals(2, run.code(), run.out() + run.err());
    assertTrue(run.err().contains("needs a git work tree"), run.err());
  }

  @Test
  void filesAndChangedSinceDoNotGoTogether() {
    SsotCliTest.Run run = check("--changed-since", "HEAD", repo.resolve(STRINGS).toString());
    assertEquals(2, run.code(), run.out() + run.err());
    assertTrue(run.err().contains("either FILE... or --changed-since"), run.err());
  }

  private SsotCliTest.Run check(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "check";
    all[1] = repo.toString();
    all[2] = "--no-cache";
    System.arraycopy(args, 0, all, 3, args.length);
    return SsotCliTest.run(all);
  }

  private void append(String path, String text) throws IOException {
    Files.writeString(
        repo.resolve(path), Files.readString(repo.resolve(path)) + text, StandardCharsets.UTF_8);
  }

  private String git(String... args) {
    List<String> command =
        Stream.concat(
                Stream.of(
                    "git",
                    "-c",
                    "user.name=Test",
                    "-c",
                    "user.email=test@example.com",
                    "-c",
                    "commit.gpgsign=false",
                    "-c",
                    "init.defaultBranch=main"),
                Stream.of(args))
            .toList();
    try {
      Process process =
          new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + out);
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
