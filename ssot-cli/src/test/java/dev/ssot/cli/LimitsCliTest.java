package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Limits: the thread count, and running out of memory. */
class LimitsCliTest {

  private static final Path CLEAN = Path.of("src/test/resources/trees/clean");

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SsotCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "100000", "2147483647"})
  void threadsOutsideOneToFourTimesTheProcessorsAreAUsageError(String threads) {
    int max = 4 * Runtime.getRuntime().availableProcessors();
    Run run = run("check", CLEAN.toString(), "--no-cache", "--threads", threads);
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err()
            .contains(
                "ssot: error: --threads: "
                    + threads
                    + " is outside 1.."
                    + max
                    + " (4 × the processors)"),
        run.err());
    assertFalse(run.err().contains("internal error"), run.err());
  }

  @Test
  void threadsInsideTheRangeRun() {
    int max = 4 * Runtime.getRuntime().availableProcessors();
    assertEquals(0, run("check", CLEAN.toString(), "--no-cache", "--threads", "1").code());
    assertEquals(
        0, run("check", CLEAN.toString(), "--no-cache", "--threads", String.valueOf(max)).code());
  }

  @Test
  void runningOutOfMemoryEndsWithGuidanceAndNoTrace() throws Exception {
    Path tree = dir.resolve("tree");
    for (int i = 0; i < 600; i++) {
      Path pkg = Files.createDirectories(tree.resolve("src/main/java/p" + (i % 20)));
      StringBuilder body = new StringBuilder();
      for (int j = 0; j < 150; j++) {
        body.append("  public int m").append(j).append("(int a) { return a + ").append(j);
        body.append(" * (a - ").append(j).append("); }\n");
      }
      Files.writeString(
          pkg.resolve("C" + i + ".java"),
          "package p" + (i % 20) + ";\npublic class C" + i + " {\n" + body + "}\n");
    }
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m",
                "-cp",
                System.getProperty("java.class.path"),
                SsotCli.class.getName(),
                "check",
                tree.toString(),
                "--no-cache")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), "finishes");
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(2, process.exitValue(), stderr);
    assertTrue(
        stderr.contains(
            "ssot: error: ssot ran out of memory with a heap of 16 MB; raise it with"
                + " SSOT_JAVA_OPTS=-Xmx32m"),
        stderr);
    assertFalse(stderr.contains("\tat "), "no stack trace: " + stderr);
    assertFalse(stderr.contains("bug in ssot"), stderr);
  }

  @Test
  void theMemoryMessageSuggestsTwiceTheHeap() {
    assertEquals(
        "ssot ran out of memory with a heap of 512 MB; raise it with SSOT_JAVA_OPTS=-Xmx1024m"
            + " (for example SSOT_JAVA_OPTS=-Xmx1024m ./ssot check)",
        OutOfMemory.message(512L * 1024 * 1024));
  }
}
