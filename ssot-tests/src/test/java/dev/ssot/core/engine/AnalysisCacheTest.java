package dev.ssot.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.ParseOutcome;
import dev.ssot.core.parse.cache.FactsCache;
import dev.ssot.core.report.json.JsonReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts cache end to end, on real files: warm runs report exactly what cold runs report, only
 * changed files are parsed, and a damaged, foreign or contended cache costs time, never results.
 */
class AnalysisCacheTest {

  private static final Path TANGLE = Path.of("src/test/resources/graph/tangle");

  @TempDir Path dir;

  private Path tree;
  private Path cache;

  @BeforeEach
  void copyTree() throws IOException {
    tree = dir.resolve("tree");
    cache = dir.resolve("cache");
    try (Stream<Path> files = Files.walk(TANGLE)) {
      for (Path source : files.filter(Files::isRegularFile).toList()) {
        Path target = tree.resolve(TANGLE.relativize(source).toString());
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
      }
    }
    write("src/test/java/com/acme/a/ATest.java", "package com.acme.a;\nclass ATest { A a; }\n");
    write(
        "src/main/java/com/acme/z/Broken.java",
        "package com.acme.z;\nclass Broken {\n  void x( {\n}\n");
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

  private static long parsed(AnalysisResult result) {
    return result.report().timing().get("parsedFiles");
  }

  private int fileCount() {
    return run(null).report().summary().files();
  }

  private Path cacheFile() {
    return cache.resolve(FactsCache.FILE_NAME);
  }

  @Test
  void aWarmRunReportsByteForByteWhatAColdRunReports() {
    String uncached = json(run(null));
    AnalysisResult cold = run(cache);
    AnalysisResult warm = run(cache);
    int files = cold.report().summary().files();
    assertEquals(8, files);
    assertEquals(0, cached(cold));
    assertEquals(files, parsed(cold));
    assertEquals(files, cached(warm), "the unparsable file is cached too");
    assertEquals(0, parsed(warm));
    assertEquals(uncached, json(cold));
    assertEquals(uncached, json(warm));
    assertEquals(1, warm.report().parseProblems().size());
  }

  @Test
  void withoutACacheDirectoryEveryFileIsParsedAndNothingIsWritten() {
    AnalysisResult result = run(null);
    assertEquals(0, cached(result));
    assertEquals(result.report().summary().files(), parsed(result));
    assertFalse(Files.exists(cache));
  }

  @Test
  void editingOneFileParsesExactlyThatFile() throws IOException {
    run(cache);
    write(
        "src/main/java/com/acme/b/B.java",
        "package com.acme.b;\npublic class B {}\nclass Added {}\n");
    AnalysisResult edited = run(cache);
    assertEquals(1, parsed(edited));
    assertEquals(edited.report().summary().files() - 1, cached(edited));
    assertEquals(json(run(null)), json(edited), "the edit is seen");
    AnalysisResult again = run(cache);
    assertEquals(0, parsed(again), "the edited file's new facts were cached");
  }

  @Test
  void movingAFileToTestSourcesIsAMissEvenWithTheSameBytes() throws IOException {
    run(cache);
    Path from = tree.resolve("src/main/java/com/acme/a/A.java");
    Path to = tree.resolve("src/test/java/com/acme/a/A.java");
    Files.move(from, to);
    AnalysisResult moved = run(cache);
    assertEquals(1, parsed(moved));
    assertEquals(json(run(null)), json(moved));
  }

  @Test
  void entriesOfDeletedFilesAreDroppedOnRewrite() throws IOException {
    run(cache);
    Path gone = tree.resolve("src/main/java/com/acme/b/B.java");
    byte[] content = Files.readAllBytes(gone);
    SourceFile file = new SourceFile(gone, "src/main/java/com/acme/b/B.java", false);
    FactsCache before = FactsCache.open(cache, key());
    assertTrue(before.get(file, before.hash(content), null) != null, "cached after the first run");
    long sizeBefore = Files.size(cacheFile());
    Files.delete(gone);
    AnalysisResult result = run(cache);
    assertEquals(0, parsed(result));
    FactsCache after = FactsCache.open(cache, key());
    assertEquals(null, after.get(file, after.hash(content), null));
    assertTrue(Files.size(cacheFile()) < sizeBefore);
  }

  @Test
  void corruptBytesFallBackToParsingAndTheCacheIsRewritten() throws IOException {
    String expected = json(run(cache));
    byte[] bytes = Files.readAllBytes(cacheFile());
    for (int i = 40; i < bytes.length - 4; i += 97) {
      bytes[i] ^= 0x5A;
    }
    Files.write(cacheFile(), bytes);
    assertFallsBackAndRecovers(expected);
  }

  @Test
  void aSingleFlippedBitFallsBackToParsing() throws IOException {
    String expected = json(run(cache));
    byte[] bytes = Files.readAllBytes(cacheFile());
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(cacheFile(), bytes);
    assertFallsBackAndRecovers(expected);
  }

  @Test
  void aTruncatedCacheFallsBackToParsing() throws IOException {
    String expected = json(run(cache));
    byte[] bytes = Files.readAllBytes(cacheFile());
    for (int length : new int[] {bytes.length / 2, 3, 0}) {
      Files.write(cacheFile(), java.util.Arrays.copyOf(bytes, length));
      assertFallsBackAndRecovers(expected);
    }
  }

  @Test
  void garbageInPlaceOfTheCacheFallsBackToParsing() throws IOException {
    String expected = json(run(cache));
    Files.writeString(cacheFile(), "SSOTFACT but not really a cache\n".repeat(100));
    assertFallsBackAndRecovers(expected);
  }

  private void ageAllFiles() throws IOException {
    java.nio.file.attribute.FileTime hourAgo =
        java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600));
    try (Stream<Path> files = Files.walk(tree)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, hourAgo);
      }
    }
  }

  private static long unread(AnalysisResult result) {
    return result.report().timing().get("unreadFiles");
  }

  @Test
  void filesUnchangedSinceWellBeforeTheCacheWriteAreNotEvenRead() throws IOException {
    ageAllFiles();
    String cold = json(run(cache));
    AnalysisResult warm = run(cache);
    long files = warm.report().summary().files();
    assertEquals(files, cached(warm));
    assertEquals(files, unread(warm));
    assertEquals(cold, json(warm));
  }

  @Test
  void filesChangedAroundTheCacheWriteAreReadAndHashedEvenWithAnEqualStamp() throws IOException {
    // Written just now: their stamps are too close to the cache write to be trusted.
    run(cache);
    Path a = tree.resolve("src/main/java/com/acme/a/A.java");
    java.nio.file.attribute.FileTime stamp = Files.getLastModifiedTime(a);
    String before = Files.readString(a);
    String after = before.replace("package com.acme.a;", "package com.acme.q;");
    assertEquals(before.length(), after.length());
    Files.writeString(a, after);
    Files.setLastModifiedTime(a, stamp); // same size, same time: only the bytes tell
    AnalysisResult warm = run(cache);
    assertEquals(0, unread(warm));
    assertEquals(json(run(null)), json(warm));
  }

  @Test
  void aTouchedFileWithTheSameBytesIsAHitAndIsRestamped() throws IOException {
    ageAllFiles();
    run(cache);
    Path a = tree.resolve("src/main/java/com/acme/a/A.java");
    Files.setLastModifiedTime(
        a, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(1800)));
    AnalysisResult touched = run(cache);
    long files = touched.report().summary().files();
    assertEquals(files, cached(touched)); // the hash matched
    assertEquals(files - 1, unread(touched));
    AnalysisResult again = run(cache);
    assertEquals(files, unread(again)); // the new stamp was recorded
  }

  @Test
  void aCacheWrittenByAnotherVersionIsIgnored() throws IOException {
    String expected = json(run(null));
    // Another ssot or parser version cached facts for the same path and bytes that say something
    // else.
    Path a = tree.resolve("src/main/java/com/acme/a/A.java");
    SourceFile file = new SourceFile(a, "src/main/java/com/acme/a/A.java", false);
    FactsCache foreign = FactsCache.open(cache, "ssot=0.0.1;java=0");
    FileFacts wrong =
        new FileFacts(
            file.path(),
            "java",
            false,
            "com.acme.wrong",
            1,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    foreign.put(file, foreign.hash(Files.readAllBytes(a)), null, new ParseOutcome.Parsed(wrong));
    assertTrue(foreign.save());
    assertFallsBackAndRecovers(expected);
  }

  @Test
  void anUnwritableCacheDirectoryOnlyCostsTime() throws IOException {
    String expected = json(run(null));
    Files.writeString(cache, "a file where the cache directory should be");
    AnalysisResult result = run(cache);
    assertEquals(expected, json(result));
    assertEquals(0, cached(result));
    assertEquals(expected, json(run(cache)));
  }

  @Test
  void concurrentRunsOnOneCacheAgreeWithAnUncachedRun() throws Exception {
    String expected = json(run(null));
    int files = fileCount();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 4; round++) {
        if (round == 2) {
          write(
              "src/main/java/com/acme/b/B.java",
              "package com.acme.b;\npublic class B {}\nclass Added {}\n");
          expected = json(run(null));
        }
        String now = expected;
        List<Callable<String>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          runs.add(
              () ->
                  json(
                      Analysis.run(
                          AnalysisRequest.builder(tree)
                              .cacheDirectory(cache)
                              .parallelism(2)
                              .build())));
        }
        for (Future<String> result : threads.invokeAll(runs)) {
          assertEquals(now, result.get());
        }
      }
    } finally {
      threads.shutdownNow();
    }
    AnalysisResult last = run(cache);
    assertEquals(expected, json(last));
    assertEquals(files, cached(last), "the cache left behind is complete and valid");
    try (Stream<Path> left = Files.list(cache)) {
      assertEquals(
          List.of(".gitignore", FactsCache.FILE_NAME),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary files are left behind; the cache directory ssot created ignores itself");
    }
  }

  private static final Path PYTHON_EXAMPLE = Path.of("../examples/python-websocket-fragmented");

  /**
   * The Python example (its app/ and tests/ packages, without its config) in {@code dir/python}.
   */
  private Path copyPythonExample() throws IOException {
    Path python = dir.resolve("python");
    try (Stream<Path> files = Files.walk(PYTHON_EXAMPLE)) {
      for (Path source : files.filter(f -> f.toString().endsWith(".py")).toList()) {
        Path target = python.resolve(PYTHON_EXAMPLE.relativize(source).toString());
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
      }
    }
    return python;
  }

  private static String json(Path root, Path cacheDirectory) {
    return json(Analysis.run(AnalysisRequest.builder(root).cacheDirectory(cacheDirectory).build()));
  }

  @Test
  void pythonFactsComeBackFromTheCacheAsParsed() throws IOException {
    Path python = copyPythonExample();
    AnalysisResult uncached = Analysis.run(AnalysisRequest.builder(python).build());
    AnalysisResult cold =
        Analysis.run(AnalysisRequest.builder(python).cacheDirectory(cache).build());
    AnalysisResult warm =
        Analysis.run(AnalysisRequest.builder(python).cacheDirectory(cache).build());
    assertTrue(cold.report().summary().files() > 20);
    assertEquals(0, parsed(warm));
    assertEquals(json(uncached), json(warm));
    // Every fact: imports with their contexts, classes, aliases, __all__, deprecation, mocks.
    assertEquals(uncached.graph().files(), warm.graph().files(), "Python facts survive the cache");
    assertTrue(
        warm.graph().files().stream()
            .anyMatch(f -> f.module() != null && !f.module().aliases().isEmpty()));
    assertTrue(
        warm.graph().files().stream()
            .anyMatch(f -> f.module() != null && !f.module().mocks().isEmpty()));
  }

  @Test
  void newPythonSourceRootsRenameModulesSoCachedFactsAreNotReused() throws IOException {
    Path python = copyPythonExample();
    Analysis.run(AnalysisRequest.builder(python).cacheDirectory(cache).build());
    Files.writeString(python.resolve("ssot.yaml"), "python:\n  roots: [app]\n");
    AnalysisResult rooted =
        Analysis.run(AnalysisRequest.builder(python).cacheDirectory(cache).build());
    assertEquals(json(python, null), json(rooted));
    assertTrue(
        parsed(rooted) > 0, "files under app/ have new module names: " + rooted.report().timing());
    assertTrue(
        rooted.graph().modules().orElseThrow().hasModule("websocket_core.unified_manager"),
        "modules are named from app/ now");
  }

  @Test
  void twoProcessesSharingOneCacheAgreeWithAnUncachedRun() throws Exception {
    String expected = json(run(null));
    String classpath = System.getProperty("java.class.path");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<Process> processes = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Path out = dir.resolve("report-" + i + ".json");
      outputs.add(out);
      processes.add(
          new ProcessBuilder(
                  java.toString(),
                  "-cp",
                  classpath,
                  CacheRun.class.getName(),
                  tree.toString(),
                  cache.toString(),
                  out.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("log-" + i).toFile())
              .start());
    }
    for (int i = 0; i < processes.size(); i++) {
      assertEquals(0, processes.get(i).waitFor(), Files.readString(dir.resolve("log-" + i)));
      assertEquals(expected, Files.readString(outputs.get(i)));
    }
    AnalysisResult last = run(cache);
    assertEquals(expected, json(last));
    assertEquals(0, parsed(last), "the cache the processes left behind is complete and valid");
  }

  /**
   * One cached analysis in its own process, for {@link
   * #twoProcessesSharingOneCacheAgreeWithAnUncachedRun}.
   */
  static final class CacheRun {
    public static void main(String[] args) throws IOException {
      AnalysisResult result =
          Analysis.run(
              AnalysisRequest.builder(Path.of(args[0])).cacheDirectory(Path.of(args[1])).build());
      Files.writeString(Path.of(args[2]), json(result));
    }
  }

  /**
   * A run after damage parses every file, reports what an uncached run reports, and rewrites the
   * cache.
   */
  private void assertFallsBackAndRecovers(String expected) throws IOException {
    byte[] damaged = Files.readAllBytes(cacheFile());
    AnalysisResult fallback = run(cache);
    assertEquals(expected, json(fallback));
    assertEquals(0, cached(fallback));
    assertEquals(fallback.report().summary().files(), parsed(fallback));
    assertNotEquals(
        new String(damaged, StandardCharsets.ISO_8859_1),
        new String(Files.readAllBytes(cacheFile()), StandardCharsets.ISO_8859_1),
        "rewritten");
    AnalysisResult recovered = run(cache);
    assertEquals(expected, json(recovered));
    assertEquals(0, parsed(recovered));
  }

  private static String key() {
    return ParseStage.cacheKey(ParseStage.parsers(dev.ssot.core.lang.Languages.installed()));
  }
}
