package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.engine.Fixes;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.ImportMove;
import dev.ssot.core.graph.TypeUse;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ssot fix}: each fixture under {@code src/test/resources/fix/<name>/} is a tree ({@code
 * before/}), the tree expected after {@code ssot fix} ({@code after/}, every file: what must not
 * change is there byte for byte) and the mode ({@code safe} or {@code unsafe}); plus the examples,
 * which must compile and keep every name bound to the same definition after the fix.
 */
class FixCliTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fix");
  private static final Path EXAMPLES = Path.of("../examples");

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixGivesTheExpectedTreeAndASecondFixChangesNothing(String name, @TempDir Path temp)
      throws IOException {
    Path fixture = FIXTURES.resolve(name);
    Path tree = temp.resolve("tree");
    copy(fixture.resolve("before"), tree);
    boolean unsafe = Files.readString(fixture.resolve("mode")).strip().equals("unsafe");
    List<String> args =
        new ArrayList<>(
            List.of(
                "fix",
                tree.toString(),
                "--no-cache",
                "--select",
                "non-canonical-import,deprecated-import"));
    if (unsafe) {
      args.add("--unsafe-fixes");
    }
    SsotCliTest.Run first = SsotCliTest.run(args.toArray(String[]::new));
    assertTrue(first.code() == 0 || first.code() == 1, first.err());
    assertEquals(contents(fixture.resolve("after")), contents(tree), name + ": " + first.out());

    List<String> dry = new ArrayList<>(args);
    dry.add("--diff");
    SsotCliTest.Run again = SsotCliTest.run(dry.toArray(String[]::new));
    assertEquals(0, again.code(), name + ": a second fix finds nothing to do:\n" + again.out());
    assertEquals("", again.out());
  }

  @Test
  void diffChangesNothingAndExitsOneWhenThereIsSomethingToFix(@TempDir Path temp)
      throws IOException {
    Path tree = temp.resolve("tree");
    copy(FIXTURES.resolve("py-multi-name/before"), tree);
    Map<String, String> before = contents(tree);
    SsotCliTest.Run run = SsotCliTest.run("fix", tree.toString(), "--no-cache", "--diff");
    assertEquals(1, run.code(), run.err());
    assertEquals(before, contents(tree));
    assertTrue(run.out().startsWith("--- a/app/multi.py\n+++ b/app/multi.py\n@@ -1,9 +1,10 @@\n"));
    assertTrue(run.out().contains("\n-    WebSocketManager,\n"), run.out());
    assertTrue(run.out().contains("\n+from pkg.ws.manager import WebSocketManager\n"), run.out());
    assertTrue(run.err().contains("ssot fix: 2 to fix in 1 files, 0 not fixed"), run.err());
  }

  @Test
  void unifiedDiffAppliesWithPatch(@TempDir Path temp) throws Exception {
    Assumptions.assumeTrue(onPath("patch"), "patch is not installed");
    Path tree = temp.resolve("tree");
    copy(FIXTURES.resolve("java-single-type-import/before"), tree);
    SsotCliTest.Run run =
        SsotCliTest.run("fix", tree.toString(), "--no-cache", "--diff", "--unsafe-fixes");
    Path diff = temp.resolve("fix.diff");
    Files.writeString(diff, run.out());
    Process patch =
        new ProcessBuilder("patch", "-p1", "-s", "-i", diff.toString())
            .directory(tree.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(patch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(patch.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, patch.exitValue(), output);
    assertEquals(contents(FIXTURES.resolve("java-single-type-import/after")), contents(tree));
  }

  @Test
  void checkFixFixesThenReports(@TempDir Path temp) throws IOException {
    Path tree = temp.resolve("tree");
    copy(FIXTURES.resolve("py-alias/before"), tree);
    SsotCliTest.Run run = SsotCliTest.run("check", tree.toString(), "--no-cache", "--fix");
    assertTrue(run.out().contains("fixed app/aliased.py (1)"), run.out());
    assertFalse(run.out().contains("[non-canonical-import]"), run.out());
    assertEquals(contents(FIXTURES.resolve("py-alias/after")), contents(tree));
  }

  @Test
  void aFileChangedSinceItWasReadIsNotWritten(@TempDir Path temp) throws IOException {
    Path tree = temp.resolve("tree");
    copy(FIXTURES.resolve("py-alias/before"), tree);
    AnalysisResult result =
        Analysis.run(AnalysisRequest.builder(tree).select(List.of("non-canonical-import")).build());
    Fixes.Plan plan = Fixes.plan(result, false, f -> true);
    assertEquals(1, plan.changes().size());
    Path file = tree.resolve("app/aliased.py");
    Files.writeString(file, Files.readString(file) + "# edited meanwhile\n");
    byte[] edited = Files.readAllBytes(file);
    List<dev.ssot.core.engine.FixWriter.Written> written =
        dev.ssot.core.engine.FixWriter.write(plan);
    assertFalse(written.get(0).written());
    assertEquals("it changed since it was read", written.get(0).problem());
    assertArrayEquals(edited, Files.readAllBytes(file));
  }

  @Test
  void baselinedFindingsAreFixedOnlyWithAll(@TempDir Path temp) throws IOException {
    Path tree = temp.resolve("tree");
    copy(FIXTURES.resolve("py-alias/before"), tree);
    Path baseline = temp.resolve("baseline.json");
    SsotCliTest.run("baseline", tree.toString(), "--output", baseline.toString());
    SsotCliTest.Run none =
        SsotCliTest.run(
            "fix", tree.toString(), "--no-cache", "--diff", "--baseline", baseline.toString());
    assertEquals(0, none.code(), none.err());
    SsotCliTest.Run all =
        SsotCliTest.run(
            "fix",
            tree.toString(),
            "--no-cache",
            "--diff",
            "--baseline",
            baseline.toString(),
            "--all");
    assertEquals(1, all.code(), all.err());
  }

  @Test
  void jsonReportCarriesTheFixAndIsStable(@TempDir Path temp) throws IOException {
    Path tree = temp.resolve("tree");
    copy(FIXTURES.resolve("py-multi-name/before"), tree);
    SsotCliTest.Run first = SsotCliTest.run("check", tree.toString(), "--no-cache", "-f", "json");
    SsotCliTest.Run second = SsotCliTest.run("check", tree.toString(), "--no-cache", "-f", "json");
    JsonNode report = new ObjectMapper().readTree(first.out());
    JsonNode fix = report.get("findings").get(0).get("fix");
    assertTrue(fix.get("available").asBoolean());
    assertTrue(fix.get("safe").asBoolean());
    assertEquals("pkg.ws.manager.WebSocketManager", fix.get("replacement").asText());
    assertEquals("pkg.compat.WebSocketManager", fix.get("written").asText());
    assertEquals("pkg.ws.manager.WebSocketManager", fix.get("bindsBefore").asText());
    assertEquals(fix.get("bindsBefore"), fix.get("bindsAfter"));
    assertEquals(2, fix.get("edits").size());
    assertEquals(withoutTiming(first.out()), withoutTiming(second.out()));
  }

  /**
   * The Java example, fixed with unsafe fixes on a copy: no import finding with an available fix is
   * left, and its main and test sources still compile together ({@code bench/fix-examples.sh} runs
   * Maven's compile and test on a fixed copy of the repository).
   */
  @Test
  void fixedJavaExampleHasNothingLeftToFixAndCompiles(@TempDir Path temp) throws IOException {
    Path tree = temp.resolve("websocket-fragmented");
    copy(EXAMPLES.resolve("websocket-fragmented"), tree);
    SsotCliTest.Run run = SsotCliTest.run("fix", tree.toString(), "--no-cache", "--unsafe-fixes");
    assertTrue(run.out().contains("ssot fix: 2 fixed in 2 files"), run.out());
    AnalysisResult after = Analysis.run(AnalysisRequest.builder(tree).build());
    for (Finding finding : after.report().findings()) {
      assertFalse(finding.fix() != null && finding.fix().available(), "still fixable: " + finding);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", temp.resolve("classes").toString()));
    for (String sources : List.of("src/main/java", "src/test/java")) {
      try (Stream<Path> files = Files.walk(tree.resolve(sources))) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
      }
    }
    assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)));
  }

  /**
   * The Python example, fixed on a copy: nothing fixable is left, every file still compiles, and
   * every rewritten import binds the definition the old one bound.
   */
  @Test
  void fixedPythonExampleCompilesAndBindsTheSameDefinitions(@TempDir Path temp) throws Exception {
    Path tree = temp.resolve("python-websocket-fragmented");
    copy(EXAMPLES.resolve("python-websocket-fragmented"), tree);
    AnalysisResult before = Analysis.run(AnalysisRequest.builder(tree).build());
    Fixes.Plan plan = Fixes.plan(before, false, f -> true);
    assertEquals(5, plan.changes().size());
    dev.ssot.core.engine.FixWriter.write(plan);
    AnalysisResult after = Analysis.run(AnalysisRequest.builder(tree).build());
    for (Finding finding : after.report().findings()) {
      assertFalse(finding.fix() != null && finding.fix().available(), "still fixable: " + finding);
    }
    for (Fixes.Outcome outcome : plan.fixed()) {
      ImportMove move = outcome.finding().move();
      boolean bound =
          after.graph().usesOf(move.boundBefore()).stream()
              .anyMatch(
                  (TypeUse use) ->
                      use.fromFile().equals(move.location().path())
                          && use.written().equals(move.replacement()));
      assertTrue(bound, move.location() + " no longer binds " + move.boundBefore());
    }
    Assumptions.assumeTrue(onPath("python3"), "python3 is not installed");
    List<String> command = new ArrayList<>(List.of("python3", "-m", "py_compile"));
    try (Stream<Path> files = Files.walk(tree)) {
      files.filter(f -> f.toString().endsWith(".py")).forEach(f -> command.add(f.toString()));
    }
    Process python = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(python.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, python.exitValue(), output);
  }

  private static String withoutTiming(String json) {
    return json.replaceAll("\"timing\" : \\{[^}]*\\}", "");
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (!source.toString().contains(".ssot-cache")) {
          Files.createDirectories(target.getParent());
          Files.copy(source, target);
        }
      }
    }
  }

  /** Every file's bytes by relative path; byte arrays compared through their hex form. */
  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith(".ssot-cache/") || relative.startsWith("target/")) {
          continue;
        }
        contents.put(relative, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return contents;
  }
}
