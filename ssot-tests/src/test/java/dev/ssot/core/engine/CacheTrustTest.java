package dev.ssot.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.ParseOutcome;
import dev.ssot.core.parse.cache.CacheSecret;
import dev.ssot.core.parse.cache.FactsCache;
import dev.ssot.core.report.json.JsonReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache cannot change results: entries written without the user's key are ignored, a cache path
 * that is a symlink or FIFO is not used, and temporary files of dead runs are cleaned up.
 */
class CacheTrustTest {

  @TempDir Path dir;

  private Path tree;
  private Path cache;

  @BeforeEach
  void tree() throws IOException {
    tree = dir.resolve("tree");
    cache = tree.resolve(".ssot-cache");
    write(
        "src/main/java/com/acme/a/A.java",
        "package com.acme.a;\nimport com.acme.b.B;\npublic class A { B b; }\n");
    write(
        "src/main/java/com/acme/b/B.java",
        "package com.acme.b;\nimport com.acme.a.A;\npublic class B { A a; }\n");
  }

  private void write(String path, String content) throws IOException {
    Path file = tree.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private AnalysisResult run(Path cacheDirectory) {
    return Analysis.run(AnalysisRequest.builder(tree).cacheDirectory(cacheDirectory).build());
  }

  private static String json(AnalysisResult result) {
    StringWriter out = new StringWriter();
    try {
      new JsonReportWriter().write(result.report(), result.root(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().replaceAll("(?s)\"timing\" : \\{.*?}", "\"timing\" : {}");
  }

  private static long cached(AnalysisResult result) {
    return result.report().timing().get("cachedFiles");
  }

  private static String key() {
    return ParseStage.cacheKey(ParseStage.parsers(dev.ssot.core.lang.Languages.installed()));
  }

  @Test
  void aCraftedCacheCommittedToTheTreeCannotHideAFinding() throws IOException {
    AnalysisResult uncached = run(null);
    assertFalse(uncached.report().findings().isEmpty(), "the import cycle");
    // The attacker knows the format, the key string and the files' hashes, not the user's secret:
    // B's real bytes are mapped to facts of a harmless B that imports nothing.
    byte[] attackerSecret = new byte[32];
    java.util.Arrays.fill(attackerSecret, (byte) 7);
    FactsCache forged = FactsCache.open(cache, key(), attackerSecret);
    Path b = tree.resolve("src/main/java/com/acme/b/B.java");
    SourceFile file = new SourceFile(b, "src/main/java/com/acme/b/B.java", false);
    FileFacts harmless =
        new FileFacts(
            file.path(),
            "java",
            false,
            "com.acme.b",
            3,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    forged.put(file, forged.hash(Files.readAllBytes(b)), null, new ParseOutcome.Parsed(harmless));
    assertTrue(forged.save());

    AnalysisResult result = run(cache);
    assertEquals(0, cached(result), "no entry of the forged cache is used");
    assertEquals(json(uncached), json(result));
    assertEquals(uncached.report().findings().size(), result.report().findings().size());
  }

  @Test
  void theUsersOwnCacheIsStillUsed() {
    String expected = json(run(null));
    run(cache);
    AnalysisResult warm = run(cache);
    assertEquals(2, cached(warm));
    assertEquals(expected, json(warm));
  }

  @Test
  void aCacheDirectoryThatIsASymlinkIsNeitherReadNorWritten() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path stale = Files.writeString(outside.resolve("facts-1-1.tmp"), "someone else's file");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    Files.createSymbolicLink(cache, outside);
    String expected = json(run(null));
    AnalysisResult first = run(cache);
    AnalysisResult second = run(cache);
    assertEquals(expected, json(first));
    assertEquals(expected, json(second));
    assertEquals(0, cached(second));
    try (Stream<Path> files = Files.list(outside)) {
      assertEquals(List.of(stale), files.toList(), "nothing written or deleted outside the tree");
    }
  }

  @Test
  void aFactsFileThatIsAFifoDoesNotHangTheRun() throws Exception {
    Files.createDirectories(cache);
    Path fifo = cache.resolve(FactsCache.FILE_NAME);
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo works");
    String expected = json(run(null));
    AnalysisResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(cache));
    assertEquals(expected, json(result));
    assertTrue(
        Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "replaced by a real cache on save");
  }

  @Test
  void aFactsFileThatIsASymlinkIsNotRead() throws IOException {
    Path elsewhere = dir.resolve("elsewhere");
    run(elsewhere); // a valid cache of this very tree, by this user
    Files.createDirectories(cache);
    Files.createSymbolicLink(
        cache.resolve(FactsCache.FILE_NAME), elsewhere.resolve(FactsCache.FILE_NAME));
    AnalysisResult result = run(cache);
    assertEquals(0, cached(result), "the link is not followed");
    assertFalse(Files.isSymbolicLink(cache.resolve(FactsCache.FILE_NAME)), "replaced on save");
  }

  @Test
  void temporaryFilesOfDeadRunsAreRemovedOnTheNextRun() throws IOException {
    run(cache);
    long livePid = ProcessHandle.current().pid();
    Path dead = Files.writeString(cache.resolve("facts-2147483646-123.tmp"), "half a cache");
    Path legacy = Files.writeString(cache.resolve("facts-98765.tmp"), "half a cache");
    Path live = Files.writeString(cache.resolve("facts-" + livePid + "-5.tmp"), "being written");
    run(cache); // nothing changed: no save, but the cache is opened
    assertFalse(Files.exists(dead), "its process is gone");
    assertFalse(Files.exists(legacy), "no process named");
    assertTrue(Files.exists(live), "a live run's file stays");
    Files.setLastModifiedTime(live, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    run(cache);
    assertFalse(Files.exists(live), "an hour old");
  }

  @Test
  void theSecretIsCreatedPrivateAndReusedAndAnUnusableOneIsNoKey() throws IOException {
    Path file = dir.resolve("home/.cache/ssot/" + CacheSecret.FILE_NAME);
    byte[] first = CacheSecret.load(file);
    assertNotNull(first);
    assertEquals(32, first.length);
    assertArrayEquals(first, CacheSecret.load(file));
    assertEquals(
        "rw-------",
        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    Path link = dir.resolve("link/" + CacheSecret.FILE_NAME);
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, file);
    assertNull(CacheSecret.load(link), "a symlinked key is no key");
    Path shortKey = Files.write(dir.resolve("short.key"), new byte[5]);
    assertNull(CacheSecret.load(shortKey));
    assertEquals(5, Files.size(shortKey), "never overwritten");
    AnalysisResult result =
        Analysis.run(AnalysisRequest.builder(tree).cacheDirectory(cache).build());
    assertEquals(json(run(null)), json(result));
    assertTrue(
        FactsCache.open(cache, key(), null).hits() == 0
            && !FactsCache.open(cache, key(), null).enabled(),
        "no key: no cache");
  }
}
