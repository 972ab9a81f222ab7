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
    Files.writeString(file, "class X {}\n");
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

  private static final SkippedPath.Reason ENVIRONMENT =
      new SkippedPath.Reason("environment", "a tool's environment", true);

  /** Rules of a made-up language: what its tools leave in a tree. */
  private static final List<DiscoveryRule> RULES =
      List.of(
          DiscoveryRule.CORE.get(0),
          DiscoveryRule.named(ENVIRONMENT, ".env", "env"),
          DiscoveryRule.holding(ENVIRONMENT, "env.marker"),
          DiscoveryRule.named(SkippedPath.Reason.BUILD_OUTPUT, "out")
              .orEndingWith(".gen")
              .besideAnyOf("project.build"));

  private static SourceSet discover(Path root, Discovery.Options options, List<DiscoveryRule> r) {
    return SourceSet.discover(
        root,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "",
        List.of(),
        p -> p.endsWith(".java"),
        options,
        r);
  }

  @Test
  void directoriesAreSkippedAndListedByTheRulesByNameBesideAndInside() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "project.build");
    touch(root, "src/shop/Money.java");
    touch(root, ".env/lib/shop/Money.java");
    touch(root, "env/lib/shop/Money.java");
    touch(root, "tool42/env.marker");
    touch(root, "tool42/lib/shop/Money.java");
    touch(root, "web/node_modules/x/X.java");
    touch(root, "out/shop/Money.java");
    touch(root, "shop.gen/Money.java");
    touch(root, ".x.gen/Money.java"); // hidden: named by no rule exactly, so unlisted
    touch(root, "tools/out/Make.java"); // no build file beside this out/

    SourceSet set = discover(root, Discovery.Options.DEFAULT, RULES);

    assertEquals(List.of("src/shop/Money.java", "tools/out/Make.java"), paths(set));
    assertEquals(
        List.of(
            ".env directory environment",
            "env directory environment",
            "out directory build-output",
            "shop.gen directory build-output",
            "tool42 directory environment",
            "web/node_modules directory node-modules"),
        skipped(set));
    assertTrue(set.ruleReasons().contains(ENVIRONMENT));
    assertTrue(set.ruleReasons().containsAll(SkippedPath.Reason.CORE_RULES));

    SourceSet everything = discover(root, new Discovery.Options(true, false), RULES);
    assertEquals(List.of(), skipped(everything));
    assertTrue(paths(everything).contains("env/lib/shop/Money.java"));
    assertTrue(paths(everything).contains("tool42/lib/shop/Money.java"));
    assertTrue(paths(everything).contains("out/shop/Money.java"));
    assertTrue(
        paths(everything).stream().noneMatch(p -> p.startsWith(".")),
        "hidden directories stay out");
  }

  @Test
  void withoutALanguagesRulesItsDirectoriesAreAnalysed() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "project.build");
    touch(root, "env/lib/shop/Money.java");
    touch(root, "out/shop/Money.java");
    touch(root, "node_modules/x/X.java");

    SourceSet set = discover(root, Discovery.Options.DEFAULT);

    assertEquals(List.of("env/lib/shop/Money.java", "out/shop/Money.java"), paths(set));
    assertEquals(List.of("node_modules directory node-modules"), skipped(set));
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
    for (String dir : List.of("z", "m", "a")) {
      touch(root, dir + "/node_modules/X.java");
      touch(root, dir + "/pkg/Y.java");
    }
    List<SkippedPath> first = discover(root, Discovery.Options.DEFAULT).skipped();
    assertEquals(first.stream().sorted(SkippedPath.ORDER).toList(), first);
    assertEquals(first, discover(root, Discovery.Options.DEFAULT).skipped());
    assertEquals(3, first.size());
  }
}
