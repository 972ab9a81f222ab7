package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssot check PATH FILE...}: the whole tree is analysed (a cycle needs every file), only the
 * findings located in the given files or whose evidence points into them are reported and decide
 * the exit code.
 */
class ReportedFilesCliTest {

  private static final String CYCLE = "src/test/resources/trees/cycle";
  private static final String A = CYCLE + "/src/main/java/com/acme/a/A.java";
  private static final String B = CYCLE + "/src/main/java/com/acme/b/B.java";
  private static final String CHANGED = "src/test/resources/trees/changed";
  private static final String STRINGS = CHANGED + "/src/main/java/com/acme/util/Strings.java";
  private static final String BROKEN = CYCLE + "/src/main/java/com/acme/c/Broken.java";

  @Test
  void aFileWithoutFindingsPassesAlthoughTheTreeHasSome() {
    SsotCliTest.Run run = SsotCliTest.run("check", CHANGED, STRINGS);
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("; no findings."), run.out());
    assertTrue(run.out().contains("5 files"), "the whole tree was analysed: " + run.out());
  }

  @Test
  void whatDiscoveryLeftOutIsCountedAsForTheWholeTree(@TempDir Path tree) throws IOException {
    Files.writeString(tree.resolve("pom.xml"), "<project/>\n");
    Path source = tree.resolve("src/main/java/p/A.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package p;\npublic class A {}\n");
    Path built = tree.resolve("target/generated-sources/p/A.java");
    Files.createDirectories(built.getParent());
    Files.writeString(built, "package p;\npublic class A {}\n");
    SsotCliTest.Run whole = SsotCliTest.run("check", tree.toString(), "--no-cache");
    assertTrue(whole.out().contains("(skipped: 1 build-output)"), whole.out());
    SsotCliTest.Run given =
        SsotCliTest.run("check", tree.toString(), source.toString(), "--no-cache");
    assertEquals(0, given.code(), given.out() + given.err());
    assertTrue(given.out().contains("(skipped: 1 build-output)"), given.out());
  }

  @Test
  void aFileTheCyclePassesThroughReportsTheCycle() {
    // the cycle's finding is located in A.java; B.java's import is an edge of it
    SsotCliTest.Run run = SsotCliTest.run("check", CYCLE, B);
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(
        run.out().contains("src/main/java/com/acme/a/A.java:3:1: error: 3 packages form"),
        run.out());
    assertFalse(run.out().contains("Broken.java"), "another file's parse problem: " + run.out());
  }

  @Test
  void theCanonicalDefinitionReportsTheDuplicateOfIt() {
    SsotCliTest.Run run =
        SsotCliTest.run(
            "check", CHANGED, CHANGED + "/src/main/java/com/acme/ws/WebSocketManager.java");
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(
        run.out().contains("src/main/java/com/acme/legacy/WebSocketManager.java:6:14: error:"),
        run.out());
    assertFalse(run.out().contains("[import-cycle]"), run.out());
  }

  @Test
  void theFindingAtAGivenFileIsReportedAndFails() {
    SsotCliTest.Run run = SsotCliTest.run("check", CYCLE, B, A, "README-not-there.md");
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(
        run.out().contains("src/main/java/com/acme/a/A.java:3:1: error: 3 packages form"),
        run.out());
    assertTrue(run.out().contains("1 finding (1 error, 0 warning, 0 info)"), run.out());
  }

  @Test
  void aGivenFileThatDoesNotParseIsListed() {
    SsotCliTest.Run run = SsotCliTest.run("check", CYCLE, BROKEN, "-f", "json");
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("\"findings\" : [ ]"), run.out());
    assertTrue(run.out().contains("src/main/java/com/acme/c/Broken.java"), run.out());
  }

  @Test
  void helpDescribesTheFiles() {
    String help = SsotCliTest.run("check", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("[PATH] [FILE...]"), help);
    assertTrue(help.contains("the analysis still covers the whole tree"), help);
  }
}
