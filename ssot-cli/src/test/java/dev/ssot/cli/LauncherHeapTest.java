package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launcher sizes the young generation relative to the heap: a quarter of it, at most 256 MB, so
 * a small heap ({@code SSOT_JAVA_OPTS=-Xmx64m}) no longer makes the JVM warn that a fixed 256 MB
 * young generation does not fit.
 */
class LauncherHeapTest {

  private static final Path LAUNCHER = Path.of("../ssot");

  @ParameterizedTest
  @CsvSource({
    "-Xmx64m, -XX:MaxNewSize=16m",
    "-Xmx16m, -XX:MaxNewSize=4m",
    "'-Xss4m -Xmx512m', -XX:MaxNewSize=128m",
    "'-Xmx64m -Xmx4g', -XX:MaxNewSize=256m",
    "-Xmx1048576k, -XX:MaxNewSize=256m",
    "-XX:MaxHeapSize=256m, -XX:MaxNewSize=64m",
    "-XX:MaxRAMPercentage=50, -XX:NewRatio=3"
  })
  void youngGenerationIsAQuarterOfTheHeapAtMost256Megabytes(String javaOpts, String expected)
      throws Exception {
    assumeTrue(Files.isRegularFile(LAUNCHER), "the launcher is beside the modules");
    String script =
        "source <(sed -n '/^size_mb()/,/^}/p;/^young_generation()/,/^}/p' "
            + LAUNCHER
            + "); young_generation";
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
    builder.environment().put("SSOT_JAVA_OPTS", javaOpts);
    Process process = builder.start();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    assertEquals(expected, out.strip());
  }

  @ParameterizedTest
  @CsvSource({"-Xmx64m", "-Xmx16m"})
  void theSizedJvmStartsWithoutAWarning(String heap) throws Exception {
    String script =
        "source <(sed -n '/^size_mb()/,/^}/p;/^young_generation()/,/^}/p' "
            + LAUNCHER
            + "); exec java -XX:+UseParallelGC \"$(young_generation)\" $SSOT_JAVA_OPTS -version";
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
    builder.environment().put("SSOT_JAVA_OPTS", heap);
    builder
        .environment()
        .put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    Process process = builder.start();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    assertTrue(!out.contains("warning") && !out.contains("MaxNewSize"), out);
  }
}
