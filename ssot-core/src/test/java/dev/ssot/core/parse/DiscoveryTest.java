package dev.ssot.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssot.core.model.SkippedPath;
import dev.ssot.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery on real trees: ignore files, environments, links, unreadable and special files. */
class DiscoveryTest {

  @TempDir Path tmp;

  private Path touch(Path root, String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, relative.endsWith(".py") ? "x = 1\n" : "class X {}\n");
    return file;
  }

  private static SourceSet discover(Path root, Discovery.Options options) {
    return SourceSet.discover(
        root,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        p -> p.endsWith(".java") || p.endsWith(".py"),
        options);
  }

  private static List<String> paths(SourceSet set) {
    return set.files().stream().map(SourceFile::path).toList();
  }

  private static List<String> skipped(SourceSet set) {
    return set.skipped().stream()
        .map(s -> s.path() + " " + s.kind().id() + " " + s.reason().id())
        .toList();
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void pythonEnvironmentsAndBuildOutputAreSkippedAndListed() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "pyproject.toml");
    touch(root, "src/shop/money.py");
    touch(root, ".venv/lib/python3.11/site-packages/shop/money.py");
    touch(root, "venv/lib/shop/money.py");
    touch(root, "env311/pyvenv.cfg");
    touch(root, "env311/lib/shop/money.py");
    touch(root, "vendor/site-packages/requests/api.py");
    touch(root, ".tox/py311/lib/shop/money.py");
    touch(root, ".nox/tests/lib/shop/money.py");
    touch(root, "build/lib/shop/money.py");
    touch(root, "dist/shop/money.py");
    touch(root, "shop.egg-info/top_level.py");
    touch(root, "tools/build/make.py"); // no Python build file beside this build/
    touch(root, "lib/setup.cfg");
    touch(root, "lib/dist/copy.py");
    touch(root, "lib/pkg/mod.py");
    touch(root, "legacy/setup.py");
    touch(root, "legacy/legacy.egg-info/x.py");
    touch(root, "legacy/legacy/core.py");

    SourceSet set = discover(root, Discovery.Options.DEFAULT);

    assertEquals(
        List.of(
            "legacy/legacy/core.py",
            "legacy/setup.py",
            "lib/pkg/mod.py",
            "src/shop/money.py",
            "tools/build/make.py"),
        paths(set));
    assertEquals(
        List.of(
            ".nox directory tool-environment",
            ".tox directory tool-environment",
            ".venv directory virtualenv",
            "build directory build-output",
            "dist directory build-output",
            "env311 directory virtualenv",
            "legacy/legacy.egg-info directory build-output",
            "lib/dist directory build-output",
            "shop.egg-info directory build-output",
            "vendor/site-packages directory site-packages",
            "venv directory virtualenv"),
        skipped(set));

    SourceSet everything = discover(root, new Discovery.Options(true, false));
    assertEquals(List.of(), skipped(everything));
    assertTrue(paths(everything).contains("env311/lib/shop/money.py"));
    assertTrue(paths(everything).contains("venv/lib/shop/money.py"));
    assertTrue(paths(everything).contains("build/lib/shop/money.py"));
    assertTrue(paths(everything).contains("vendor/site-packages/requests/api.py"));
    assertTrue(paths(everything).contains("shop.egg-info/top_level.py"));
    assertTrue(
        paths(everything).stream().noneMatch(p -> p.startsWith(".")),
        "hidden directories stay out");
  }

  @Test
  void gitignoreFilesNestedOnesAndTheRepositoryExcludeFileAreHonoured() throws IOException {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve(".git/info"));
    Files.writeString(repo.resolve(".git/info/exclude"), "scratch/\n");
    Files.writeString(repo.resolve(".gitignore"), "*_pb2.py\n/generated/\n!keep_pb2.py\n");
    touch(repo, "app/models.py");
    touch(repo, "app/models_pb2.py");
    touch(repo, "app/keep_pb2.py");
    touch(repo, "generated/Gen.java");
    touch(repo, "app/generated/Kept.java"); // /generated/ is anchored at the top
    touch(repo, "scratch/Try.java");
    Files.writeString(repo.resolve("app/.gitignore"), "local/\n!models_pb2.py\n");
    touch(repo, "app/local/Mine.java");
    touch(repo, "other/models_pb2.py");

    SourceSet set = discover(repo, Discovery.Options.DEFAULT);

    assertEquals(
        List.of(
            "app/generated/Kept.java",
            "app/keep_pb2.py",
            "app/models.py",
            "app/models_pb2.py"), // re-included by the deeper .gitignore
        paths(set));
    assertEquals(
        List.of(
            "app/local directory ignored",
            "generated directory ignored",
            "other/models_pb2.py file ignored",
            "scratch directory ignored"),
        skipped(set));
    assertEquals(8, paths(discover(repo, new Discovery.Options(true, false))).size());
  }

  @Test
  void ignoreFilesAboveTheRootApplyInsideAGitWorkTreeOnly() throws IOException {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve(".gitignore"), "gen/\nservice/Old.java\n");
    Path service = repo.resolve("service");
    touch(service, "gen/G.java");
    touch(service, "Old.java");
    touch(service, "New.java");
    assertEquals(List.of("New.java"), paths(discover(service, Discovery.Options.DEFAULT)));
    assertEquals(
        List.of("Old.java file ignored", "gen directory ignored"),
        skipped(discover(service, Discovery.Options.DEFAULT)));

    Path plain = tmp.resolve("plain");
    Files.writeString(Files.createDirectories(plain).resolve(".gitignore"), "gen/\n");
    Path inner = plain.resolve("inner");
    touch(inner, "gen/G.java");
    assertEquals(
        List.of("gen/G.java"),
        paths(discover(inner, Discovery.Options.DEFAULT)),
        "without a work tree, only the ignore files inside the root count");
    touch(plain, "gen/H.java");
    SourceSet whole = discover(plain, Discovery.Options.DEFAULT);
    assertEquals(List.of(), paths(whole));
    assertEquals(List.of("gen directory ignored", "inner/gen directory ignored"), skipped(whole));
  }

  @Test
  void aLinkedWorkTreeFindsTheExcludeFileOfItsRepository() throws IOException {
    Path common = tmp.resolve("main/.git");
    Files.createDirectories(common.resolve("info"));
    Files.writeString(common.resolve("info/exclude"), "*.local.py\n");
    Path gitDir = Files.createDirectories(common.resolve("worktrees/wt"));
    Files.writeString(gitDir.resolve("commondir"), "../..\n");
    Path worktree = tmp.resolve("wt");
    Files.createDirectories(worktree);
    Files.writeString(worktree.resolve(".git"), "gitdir: " + gitDir + "\n");
    touch(worktree, "a/settings.local.py");
    touch(worktree, "a/settings.py");
    assertEquals(List.of("a/settings.py"), paths(discover(worktree, Discovery.Options.DEFAULT)));
  }

  @Test
  void linksAreListedAndFollowedOnlyInsideTheRoot() throws IOException {
    Path outside = tmp.resolve("outside");
    touch(outside, "ext/E.java");
    Path root = tmp.resolve("tree");
    touch(root, "src/a/A.java");
    touch(root, ".shared/lib/L.java");
    Files.createSymbolicLink(root.resolve("lib"), root.resolve(".shared/lib"));
    Files.createSymbolicLink(root.resolve("src/again"), root.resolve("src/a"));
    Files.createSymbolicLink(root.resolve("src/a/loop"), root.resolve("src"));
    Files.createSymbolicLink(root.resolve("src/a/B.java"), root.resolve("src/a/A.java"));
    Files.createSymbolicLink(root.resolve("src/Gone.java"), root.resolve("src/missing.java"));
    Files.createSymbolicLink(root.resolve("ext"), outside.resolve("ext"));
    Files.createSymbolicLink(root.resolve("src/E.java"), outside.resolve("ext/E.java"));

    SourceSet plain = discover(root, Discovery.Options.DEFAULT);
    assertEquals(List.of("src/a/A.java"), paths(plain));
    assertEquals(
        List.of(
            "ext link link-outside-root",
            "lib link link-not-followed",
            "src/E.java link link-outside-root",
            "src/Gone.java link link-broken",
            "src/a/B.java link link-not-followed",
            "src/a/loop link link-not-followed",
            "src/again link link-not-followed"),
        skipped(plain));

    SourceSet followed = discover(root, new Discovery.Options(false, true));
    assertEquals(List.of("lib/L.java", "src/a/A.java"), paths(followed));
    assertEquals(
        List.of(
            "ext link link-outside-root",
            "src/E.java link link-outside-root",
            "src/Gone.java link link-broken",
            "src/a/B.java file link-duplicate",
            "src/a/loop link link-loop",
            "src/again link link-duplicate"),
        skipped(followed));
    SourceFile lib = followed.files().get(0);
    assertEquals(root.resolve("lib/L.java"), lib.absolutePath(), "read through the link");
  }

  @Test
  void aRootThatIsALinkIsResolved() throws IOException {
    Path real = tmp.resolve("real");
    touch(real, "src/a/A.java");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    SourceSet set = discover(link, Discovery.Options.DEFAULT);
    assertEquals(List.of("src/a/A.java"), paths(set));
    assertEquals(List.of(), skipped(set));
    assertEquals(
        List.of("src/a/A.java"), paths(discover(link, new Discovery.Options(false, true))));
  }

  @Test
  void unreadableDirectoriesAndFilesAreListed() throws IOException {
    assumeTrue(posix(), "POSIX permissions needed");
    Path root = tmp.resolve("tree");
    touch(root, "ok/A.java");
    Path locked = touch(root, "locked/B.java").getParent();
    Path secret = touch(root, "ok/Secret.java");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(
          Files.isReadable(secret),
          "running with privileges that read any file (root): unreadable files cannot be made");
      SourceSet set = discover(root, Discovery.Options.DEFAULT);
      assertEquals(List.of("ok/A.java"), paths(set));
      assertEquals(
          List.of("locked directory unreadable", "ok/Secret.java file unreadable"), skipped(set));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void aFifoIsListedAsNotARegularFile() throws Exception {
    Path root = tmp.resolve("tree");
    touch(root, "a/A.java");
    Path fifo = root.resolve("a/Pipe.java");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      return;
    }
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    SourceSet set = discover(root, Discovery.Options.DEFAULT);
    assertEquals(List.of("a/A.java"), paths(set));
    assertEquals(List.of("a/Pipe.java other not-regular-file"), skipped(set));
  }

  @Test
  void backslashesInPosixNamesAreKeptAndNeverCollapseTwoFiles() throws IOException {
    assumeTrue(
        FileSystems.getDefault().getSeparator().equals("/"), "a backslash is a separator here");
    Path root = tmp.resolve("tree");
    touch(root, "a/b/p/P.java");
    touch(root, "a\\b/p/P.java");
    touch(root, "c\\d.java");
    SourceSet set = discover(root, Discovery.Options.DEFAULT);
    assertEquals(List.of("a/b/p/P.java", "a\\b/p/P.java", "c\\d.java"), paths(set));
    assertEquals(root.resolve("a\\b").resolve("p/P.java"), set.files().get(1).absolutePath());
  }

  @Test
  void theSkippedListIsSortedAndTheSameOnEveryRun() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "pyproject.toml");
    for (String dir : List.of("z", "m", "a")) {
      touch(root, dir + "/venv/x.py");
      touch(root, dir + "/pkg/y.py");
    }
    List<SkippedPath> first = discover(root, Discovery.Options.DEFAULT).skipped();
    assertEquals(first.stream().sorted(SkippedPath.ORDER).toList(), first);
    assertEquals(first, discover(root, Discovery.Options.DEFAULT).skipped());
    assertEquals(3, first.size());
  }
}
