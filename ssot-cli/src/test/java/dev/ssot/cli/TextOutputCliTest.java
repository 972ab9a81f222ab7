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
 * How {@code check} talks to a person: colour, {@code -q}, {@code --statistics}, {@code
 * --max-per-rule}, what {@code --output-dir} prints, suggestions for mistyped commands and options,
 * and the directories that copy live code.
 */
class TextOutputCliTest {

  private static final String FRAGMENTED = "../examples/websocket-fragmented";
  private static final String BACKUP = "src/test/resources/trees/backup-copy";

  @TempDir Path dir;

  @Test
  void aMistypedCommandGetsASuggestion() {
    SsotCliTest.Run run = SsotCliTest.run("chek", ".");
    assertEquals(2, run.code());
    assertTrue(
        run.err().startsWith("ssot: unknown command 'chek'; did you mean 'check'?\n"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void aMistypedOptionGetsASuggestion() {
    SsotCliTest.Run run = SsotCliTest.run("check", FRAGMENTED, "--max-per-rul", "3");
    assertEquals(2, run.code());
    assertTrue(
        run.err()
            .startsWith(
                "ssot check: unknown option '--max-per-rul'; did you mean '--max-per-rule'?\n"),
        run.err());
  }

  @Test
  void colourOnlyWhenAskedForOrOnATerminal() {
    String always = SsotCliTest.run("check", FRAGMENTED, "--no-cache", "--color", "always").out();
    assertTrue(always.contains("\u001B[1m\u001B[31merror\u001B[0m"), always);
    String never = SsotCliTest.run("check", FRAGMENTED, "--no-cache", "--color", "never").out();
    assertFalse(never.contains("\u001B"), never);
    // the tests' standard output is no terminal
    String auto = SsotCliTest.run("check", FRAGMENTED, "--no-cache").out();
    assertEquals(never, auto);
    assertEquals(never, always.replaceAll("\u001B\\[[0-9;]*m", ""), "colour adds nothing visible");
    assertEquals(2, SsotCliTest.run("check", FRAGMENTED, "--color", "sometimes").code());
  }

  @Test
  void colourNeverGoesIntoAFile() throws IOException {
    Path file = dir.resolve("report.txt");
    SsotCliTest.run("check", FRAGMENTED, "--no-cache", "--color", "always", "-o", file.toString());
    assertFalse(Files.readString(file).contains("\u001B"));
  }

  @Test
  void quietPrintsOnlyTheFindingsAndKeepsTheExitCode() {
    SsotCliTest.Run run = SsotCliTest.run("check", FRAGMENTED, "--no-cache", "-q");
    assertEquals(1, run.code());
    assertTrue(
        run.out()
            .startsWith(
                "src/main/java/com/acme/ws/core/WebSocketManagerProtocol.java:8:18: error:"),
        run.out());
    assertFalse(run.out().contains("Summary"), run.out());
    assertFalse(run.out().contains("ssot:"), run.out());
    assertFalse(run.out().contains("Concepts"), run.out());
    assertEquals(
        12,
        run.out()
            .lines()
            .filter(l -> l.matches("^\\S+:\\d+:\\d+: (error|warning|info): .*"))
            .count());
  }

  @Test
  void statisticsCountEveryRuleTheMostFirst() {
    SsotCliTest.Run run = SsotCliTest.run("check", FRAGMENTED, "--no-cache", "--statistics");
    assertEquals(1, run.code());
    assertEquals(
        "6  non-canonical-import   warning  A concept is imported through a path other than its canonical one\n"
            + "2  duplicate-type         error    A concept is defined by more than one type\n"
            + "1  banned-import          warning  An import or qualified reference uses a prefix banned in config\n"
            + "1  drifting-test-double   warning  A test double does not implement the API it stands in for\n"
            + "1  factory-proliferation  warning  A concept is created by more than one factory\n"
            + "1  import-cycle           error    Packages or modules depend on each other in a cycle\n",
        run.out());
    assertEquals(
        2,
        SsotCliTest.run("check", FRAGMENTED, "--statistics", "-f", "json").code(),
        "statistics and a JSON report on standard output");
  }

  @Test
  void findingsBeyondTheCapAreCounted() {
    String capped = SsotCliTest.run("check", FRAGMENTED, "--no-cache", "--max-per-rule", "2").out();
    assertTrue(
        capped.contains(
            "… and 4 more non-canonical-import: see the JSON report (-f json) or use --max-per-rule 0\n"),
        capped);
    assertEquals(2, capped.split("\\[non-canonical-import]\n", -1).length - 1, capped);
    String all = SsotCliTest.run("check", FRAGMENTED, "--no-cache", "--max-per-rule", "0").out();
    assertEquals(6, all.split("\\[non-canonical-import]\n", -1).length - 1, all);
    assertEquals(2, SsotCliTest.run("check", FRAGMENTED, "--max-per-rule", "-1").code());
  }

  @Test
  void theMostImportantComesFirst() {
    String out = SsotCliTest.run("check", FRAGMENTED, "--no-cache").out();
    assertTrue(out.startsWith("Summary: 12 findings by rule\n  error    2  duplicate-type"), out);
    assertTrue(out.indexOf("[duplicate-type]") < out.indexOf("[import-cycle]"), out);
    assertTrue(out.indexOf("[import-cycle]") < out.indexOf("[non-canonical-import]"), out);
    assertTrue(out.indexOf("[non-canonical-import]") < out.indexOf("[drifting-test-double]"), out);
    assertTrue(out.contains("\n        |              ^\n"), "a caret under the column: " + out);
  }

  @Test
  void outputDirListsTheFilesWrittenAndTheSummary() {
    Path reports = dir.resolve("reports");
    SsotCliTest.Run run =
        SsotCliTest.run(
            "check",
            FRAGMENTED,
            "--no-cache",
            "-f",
            "json,sarif",
            "--output-dir",
            reports.toString());
    assertEquals(1, run.code());
    assertEquals(
        "ssot: wrote "
            + reports.resolve("report.json")
            + "\nssot: wrote "
            + reports.resolve("report.sarif")
            + "\nssot: 31 files, 30 types, 375 lines; 12 findings (3 error, 9 warning, 0 info).\n",
        run.out()
            .replaceAll(
                "\\d+ files( \\(skipped: [^)]*\\))?, \\d+ types, \\d+ lines",
                "31 files, 30 types, 375 lines"));
    SsotCliTest.Run quiet =
        SsotCliTest.run(
            "check", FRAGMENTED, "--no-cache", "-q", "--output-dir", reports.toString());
    assertEquals("", quiet.out());
  }

  @Test
  void aBackupOfTheTreeIsNamedWithItsExclude() {
    SsotCliTest.Run run = SsotCliTest.run("check", BACKUP, "--no-cache");
    assertEquals(1, run.code());
    assertTrue(
        run.out()
            .contains(
                "  backups/2024-05-01/ copies the tree (4 of 4 files, 5 findings): add "
                    + "'backups/2024-05-01/**' to exclude: in the config, or pass --exclude "
                    + "'backups/2024-05-01/**'\n"),
        run.out());
    String json = SsotCliTest.run("check", BACKUP, "--no-cache", "-f", "json").out();
    assertTrue(
        json.contains(
            "\"copiedDirectories\" : [\n"
                + "    {\n"
                + "      \"path\" : \"backups/2024-05-01\",\n"
                + "      \"copyOf\" : \".\",\n"
                + "      \"files\" : 4,\n"
                + "      \"copiedFiles\" : 4,\n"
                + "      \"findings\" : 5,\n"
                + "      \"exclude\" : \"backups/2024-05-01/**\"\n"
                + "    }\n"
                + "  ],"),
        json);
    SsotCliTest.Run excluded =
        SsotCliTest.run("check", BACKUP, "--no-cache", "--exclude", "backups/2024-05-01/**");
    assertEquals(0, excluded.code(), excluded.out());
    assertFalse(excluded.out().contains("copies"), excluded.out());
  }

  @Test
  void theLiveTreeIsNotACopyOfItsBackup() {
    // the same tree without its backup: nothing is a copy
    String json =
        SsotCliTest.run("check", BACKUP + "/backups/2024-05-01", "--no-cache", "-f", "json").out();
    assertFalse(json.contains("copiedDirectories"), json);
  }
}
