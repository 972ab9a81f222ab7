package dev.ssot.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src/main/native/build.sh} never fails the build: without a working C compiler it says why,
 * exits 0 and leaves no library behind, so ssot runs on the bundled ones.
 */
class NativeBuildScriptTest {

  @Test
  void withoutAWorkingCompilerTheBuildGoesOnWithoutOptimisedLibraries(@TempDir Path temp)
      throws IOException, InterruptedException {
    assumeTrue(
        System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux"),
        "the script builds on Linux only");
    Path out = Files.createDirectories(temp.resolve("classes"));
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                "src/main/native/build.sh",
                out.toString(),
                System.getProperty("java.home"),
                "true")
            .redirectErrorStream(true);
    builder.environment().put("CC", "false"); // a compiler that fails every compilation
    builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, process.exitValue(), output);
    assertTrue(
        output.contains("optimised tree-sitter not built ("),
        "says why it built nothing: " + output);
    assertTrue(output.contains("bundled libraries"), output);
    List<Path> libraries;
    try (Stream<Path> walk = Files.walk(out)) {
      libraries = walk.filter(p -> p.toString().endsWith(".so")).toList();
    }
    assertEquals(List.of(), libraries);
  }
}
