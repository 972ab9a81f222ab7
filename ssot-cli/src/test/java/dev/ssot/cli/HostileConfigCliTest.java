package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Configs that used to hang ssot, crash it (exit 3 with a stack trace) or be accepted in silence:
 * each is a usage error (exit 2) naming the file, the line and the key, and comes back quickly.
 */
class HostileConfigCliTest {

  @TempDir Path dir;

  private Path tree;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SsotCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void tree() throws IOException {
    tree = dir.resolve("tree");
    Path java = tree.resolve("src/main/java/p");
    Files.createDirectories(java);
    Files.writeString(java.resolve("A.java"), "package p;\npublic class A {}\n");
  }

  private Run check(String name, String config) throws IOException {
    Files.writeString(tree.resolve(name), config);
    return assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> run("check", tree.toString(), "--no-cache"));
  }

  static Stream<Arguments> badConfigs() {
    return Stream.of(
        Arguments.of(
            "emptyAffixHangs",
            "inference:\n  affixes: [\"\"]\n",
            ":2: inference.affixes[0]: empty affix"),
        Arguments.of(
            "emptyExtraAffixHangs",
            "inference:\n  extraAffixes: [\"Impl\", \"\"]\n",
            ":2: inference.extraAffixes[1]: empty affix"),
        Arguments.of("nullExclude", "exclude: [~]\n", ":1: exclude[0]: empty entry (~ or null)"),
        Arguments.of("nullInclude", "include:\n  - src/**\n  - ~\n", ":3: include[1]: empty entry"),
        Arguments.of("nullConcept", "concepts: [~]\n", ":1: concepts[0]: empty entry"),
        Arguments.of(
            "nullBannedImport", "imports:\n  banned: [~]\n", ":2: imports.banned[0]: empty entry"),
        Arguments.of(
            "nullExtraAffix",
            "inference:\n  extraAffixes: [~]\n",
            ":2: inference.extraAffixes[0]: empty entry"),
        Arguments.of(
            "nullMember",
            "concepts:\n  - name: A\n    canonical: p.A\n    members: [~]\n",
            ":4: concepts[0].members[0]: empty entry"),
        Arguments.of(
            "invalidExcludeGlob",
            "exclude: [\"[a-\"]\n",
            ":1: exclude[0]: invalid glob '[a-': missing ']'"),
        Arguments.of("emptyExcludeGlob", "exclude: [\"\"]\n", ":1: exclude[0]: empty glob"),
        Arguments.of(
            "invalidMemberGlob",
            "concepts:\n  - name: A\n    canonical: p.A\n    members: [\"[\"]\n",
            ":4: concepts[0].members[0]: invalid glob '['"),
        Arguments.of(
            "duplicateKey",
            "failOn: error\nexclude: []\nfailOn: never\n",
            ":3: failOn: duplicate key"),
        Arguments.of(
            "duplicateNestedKey",
            "rules:\n  import-cycle:\n    severity: warning\n    severity: error\n",
            ":4: rules.import-cycle.severity: duplicate key"),
        Arguments.of(
            "secondDocument", "failOn: error\n---\nfailOn: never\n", ":2: a second YAML document"),
        Arguments.of(
            "twoConceptsWithOneName",
            "concepts:\n  - name: A\n    canonical: p.A\n  - name: A\n    canonical: p.A\n",
            ":4: concepts[1].name: a second concept named 'A' (the first is concepts[0], line 2)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfigs")
  void badConfigIsAUsageErrorNamingFileLineAndKey(String name, String config, String expected)
      throws IOException {
    Run run = check("ssot.yaml", config);
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().startsWith("ssot: error: "), run.err());
    assertTrue(run.err().contains("ssot.yaml" + expected), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  @Test
  void jsonDuplicateKeyAndTrailingValueAreErrors() throws IOException {
    Run duplicate = check("ssot.json", "{\n  \"failOn\": \"error\",\n  \"failOn\": \"never\"\n}\n");
    assertEquals(2, duplicate.code(), duplicate.err());
    assertTrue(duplicate.err().contains("ssot.json:3: failOn: duplicate key"), duplicate.err());
    Files.delete(tree.resolve("ssot.json"));
    Run trailing = check("ssot.json", "{\"failOn\": \"error\"}\n{\"failOn\": \"never\"}\n");
    assertEquals(2, trailing.code(), trailing.err());
    assertTrue(trailing.err().contains("ssot.json:2: a second value"), trailing.err());
  }

  @Test
  void aConfigOverOneMegabyteIsRefusedBeforeParsing() throws IOException {
    // one 20 MB scalar used to take minutes before the YAML reader's own limit tripped
    String scalar = "x".repeat(20 * 1024 * 1024);
    Run run = check("ssot.yaml", "baseline: " + scalar + "\n");
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err().contains("ssot.yaml: config file too large (20971531 bytes; the limit is 1 MB)"),
        run.err());
    assertFalse(run.err().contains("xxxx"), "never quotes the content");
  }

  @Test
  void aConfigJustUnderTheLimitIsRead() throws IOException {
    StringBuilder config = new StringBuilder("exclude:\n");
    while (config.length() < 1024 * 1024 - 64) {
      config.append("  - \"gen/**/x").append(config.length()).append("/**\"\n");
    }
    Run run = check("ssot.yaml", config.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        Files.size(tree.resolve("ssot.yaml")) < 1024 * 1024,
        "the config is under the limit: " + Files.size(tree.resolve("ssot.yaml")));
  }

  @Test
  void aSyntaxErrorNamesTheLineButDoesNotQuoteTheFile() throws IOException {
    Run run = check("ssot.yaml", "failOn: error\nsecret-token-123: [unclosed\n");
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("ssot.yaml:"), run.err());
    assertTrue(run.err().contains("syntax error"), run.err());
    assertFalse(run.err().contains("secret-token-123"), run.err());
    assertFalse(run.err().contains("unclosed"), run.err());
  }

  @Test
  void anInvalidExcludeGlobOnTheCommandLineIsAUsageError() {
    Run run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> run("check", tree.toString(), "--no-cache", "--exclude", "[a-"));
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("--exclude: invalid glob '[a-': missing ']'"), run.err());
  }

  @Test
  void theFileTooLargeMessageCountsBytes() throws IOException {
    byte[] big = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    Files.write(tree.resolve("ssot.yaml"), big);
    Run run = run("check", tree.toString(), "--no-cache");
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("(1048577 bytes; the limit is 1 MB)"), run.err());
  }
}
