package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every config error names the offending key and value, suggests the closest valid one, and shows
 * nothing of ssot's insides. Each case is a folder of {@code config-errors/}: one config file
 * ({@code ssot.yaml} or {@code pyproject.toml}) and {@code expected.txt}, a text the error must
 * contain. The case's config is put beside a one-class tree and {@code ssot check} must exit 2.
 */
class ConfigErrorsCliTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SsotCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static List<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(ConfigErrorsCliTest.class.getResource("/config-errors").toURI());
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }

  private Run checkCase(Path fixture) throws IOException {
    Path tree = dir.resolve(fixture.getFileName().toString());
    Path java = tree.resolve("src/main/java/p");
    Files.createDirectories(java);
    Files.writeString(java.resolve("A.java"), "package p;\npublic class A {}\n");
    try (Stream<Path> files = Files.list(fixture)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("expected.txt")) {
          Files.copy(file, tree.resolve(file.getFileName()));
        }
      }
    }
    return run("check", tree.toString(), "--no-cache");
  }

  @TestFactory
  Stream<DynamicTest> eachBadConfigIsAUsageErrorWithItsMessage() throws Exception {
    return cases().stream()
        .map(
            fixture ->
                DynamicTest.dynamicTest(
                    fixture.getFileName().toString(),
                    () -> {
                      String expected = Files.readString(fixture.resolve("expected.txt")).strip();
                      Run run = checkCase(fixture);
                      assertEquals(2, run.code(), run.err());
                      assertTrue(run.err().startsWith("ssot: error: "), run.err());
                      assertTrue(run.err().contains(expected), run.err());
                    }));
  }

  @Test
  void noConfigErrorShowsJavaInternals() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Path fixture : cases()) {
      Run run = checkCase(fixture);
      assertEquals(2, run.code(), fixture + ": " + run.err());
      for (String internal :
          List.of("dev.ssot.", "Exception", "java.", "com.fasterxml", "`", "\tat ", "$")) {
        if (run.err().contains(internal)) {
          leaks.add(fixture.getFileName() + " shows '" + internal + "': " + run.err().strip());
        }
      }
    }
    assertTrue(leaks.isEmpty(), String.join("\n", leaks));
  }

  @Test
  void aTypoFarFromEveryKeyListsTheKnownKeysInstead() throws Exception {
    Run run =
        checkCase(
            cases().stream()
                .filter(c -> c.endsWith("unknown-top-level-key"))
                .findFirst()
                .orElseThrow());
    assertFalse(run.err().contains("did you mean"), run.err());
    assertTrue(run.err().contains("known keys here: baseline, concepts"), run.err());
  }
}
