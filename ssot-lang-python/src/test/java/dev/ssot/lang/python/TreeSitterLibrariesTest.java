package dev.ssot.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optimised tree-sitter libraries that the build compiles ({@code src/main/native}) are the
 * ones in use when the build made them, and they give the same syntax trees, facts and parse
 * problems as the libraries bundled in the binding's jars; {@code -Dssot.treesitter=bundled} and a
 * build without them fall back to the bundled ones.
 */
class TreeSitterLibrariesTest {

  /** Python sources to compare on: this module's fixtures and the Python fixtures of the rules. */
  private static final List<String> SOURCES =
      List.of("src/test/resources", "../rules/src/test/resources", "../examples");

  private static boolean optimisedBuilt() {
    return TreeSitterLibrariesTest.class.getResource(
                "/dev/ssot/lang/python/native/linux-x86_64/x86_64-linux-gnu-tree-sitter.so")
            != null
        || TreeSitterLibrariesTest.class.getResource(
                "/dev/ssot/lang/python/native/linux-aarch64/aarch64-linux-gnu-tree-sitter.so")
            != null;
  }

  @Test
  void theOptimisedLibrariesAreInUseWhenTheBuildMadeThem() {
    assumeTrue(optimisedBuilt(), "this build has no optimised libraries (no C compiler or npm)");
    new PythonSourceParser(); // loads the native libraries
    assertEquals("optimised", TreeSitterLibraries.outcome());
  }

  @Test
  void bothLibrariesGiveTheSameTreesFactsAndParseProblems(@TempDir Path cache)
      throws IOException, InterruptedException {
    assumeTrue(optimisedBuilt(), "this build has no optimised libraries (no C compiler or npm)");
    List<String> bundled = dump(cache, "-Dssot.treesitter=bundled");
    List<String> optimised = dump(cache, "-Dssot.treesitter=optimised");
    assertEquals("libraries: bundled (ssot.treesitter=bundled)", bundled.get(0));
    assertEquals("libraries: optimised", optimised.get(0));
    long files = bundled.stream().filter(line -> line.startsWith("== ")).count();
    assertTrue(files > 100, "compared " + files + " sources");
    assertTrue(
        bundled.stream().anyMatch(line -> line.startsWith("Failed[")),
        "the halves include files with syntax errors");
    assertEquals(bundled.subList(1, bundled.size()), optimised.subList(1, optimised.size()));
  }

  @Test
  void aSecondRunReusesTheCachedCopyOfTheLibraries(@TempDir Path cache)
      throws IOException, InterruptedException {
    assumeTrue(optimisedBuilt(), "this build has no optimised libraries (no C compiler or npm)");
    assertEquals("libraries: optimised", dump(cache, "-Dssot.treesitter=optimised").get(0));
    List<Path> first = libraries(cache);
    assertEquals(2, first.size(), "the runtime and the grammar: " + first);
    long modified = Files.getLastModifiedTime(first.get(0)).toMillis();
    assertEquals("libraries: optimised", dump(cache, "-Dssot.treesitter=optimised").get(0));
    assertEquals(first, libraries(cache));
    assertEquals(modified, Files.getLastModifiedTime(first.get(0)).toMillis());
  }

  /**
   * Two class loaders with ssot in one JVM (as Maven plugin realms can be): a library file loads
   * into one class loader only, so the second gets copies of its own, and both parse.
   */
  @Test
  void aSecondClassLoaderInTheSameJvmParsesToo() throws Exception {
    assumeTrue(optimisedBuilt(), "this build has no optimised libraries (no C compiler or npm)");
    new PythonSourceParser(); // this class loader first
    byte[] source = "import os\n\nclass A(B):\n    pass\n".getBytes(StandardCharsets.UTF_8);
    String expected;
    try (var tree = PythonSourceParser.parse(source)) {
      expected = tree.getRootNode().toString();
    }
    for (int i = 0; i < 2; i++) {
      java.net.URL[] urls =
          java.util.Arrays.stream(
                  System.getProperty("java.class.path").split(java.io.File.pathSeparator))
              .map(
                  entry -> {
                    try {
                      return Path.of(entry).toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .toArray(java.net.URL[]::new);
      try (var loader = new java.net.URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
        Class<?> libraries = Class.forName(TreeSitterLibraries.class.getName(), true, loader);
        var install = libraries.getDeclaredMethod("install");
        install.setAccessible(true);
        assertEquals("optimised", install.invoke(null), "class loader " + (i + 1));
        Class<?> parser = Class.forName(PythonSourceParser.class.getName(), true, loader);
        var parse = parser.getDeclaredMethod("parse", byte[].class);
        parse.setAccessible(true);
        Object tree = parse.invoke(null, (Object) source);
        Object root = tree.getClass().getMethod("getRootNode").invoke(tree);
        assertEquals(expected, root.toString(), "class loader " + (i + 1));
        tree.getClass().getMethod("close").invoke(tree);
      }
    }
  }

  private static List<Path> libraries(Path cache) throws IOException {
    try (var walk = Files.walk(cache)) {
      return walk.filter(p -> p.toString().endsWith(".so")).sorted().toList();
    }
  }

  /** Runs {@link TreeSitterDump} in a JVM of its own, with the libraries cached under CACHE. */
  private static List<String> dump(Path cache, String property)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(property);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TreeSitterDump.class.getName());
    for (String source : SOURCES) {
      if (Files.isDirectory(Path.of(source))) {
        command.add(source);
      }
    }
    Path output = Files.createTempFile(cache, "dump", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    Process process = builder.start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the dump finished");
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertEquals(
        0,
        process.exitValue(),
        () -> String.join("\n", lines.subList(0, Math.min(40, lines.size()))));
    return lines;
  }
}
