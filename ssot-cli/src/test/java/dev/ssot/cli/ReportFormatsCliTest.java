package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every documented format through the real CLI: listed in the help, written by --output-dir. */
class ReportFormatsCliTest {

  private static final String CYCLE = "src/test/resources/trees/cycle";

  @Test
  void helpListsEveryFormat() {
    String help = SsotCliTest.run("check", "--help").out();
    assertTrue(
        help.replaceAll("\\s+", " ")
            .contains("text, json, sarif, github, markdown, html, junit or gitlab"),
        help);
  }

  @Test
  void outputDirWritesOneFilePerFormat(@TempDir Path dir) throws IOException {
    SsotCliTest.Run run =
        SsotCliTest.run(
            "check",
            CYCLE,
            "-f",
            "text,json,sarif",
            "-f",
            "github",
            "-f",
            "markdown",
            "-f",
            "html",
            "-f",
            "junit,gitlab",
            "--output-dir",
            dir.toString());
    assertEquals(1, run.code(), run.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of(
              "report.github.txt",
              "report.gitlab.json",
              "report.html",
              "report.json",
              "report.junit.xml",
              "report.md",
              "report.sarif",
              "report.txt"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    assertTrue(Files.readString(dir.resolve("report.github.txt")).startsWith("::error file="));
    assertTrue(Files.readString(dir.resolve("report.md")).startsWith("## ssot: "));
    assertTrue(Files.readString(dir.resolve("report.html")).startsWith("<!DOCTYPE html>"));
    assertTrue(
        Files.readString(dir.resolve("report.junit.xml")).contains("<testsuites name=\"ssot "));
    assertTrue(
        Files.readString(dir.resolve("report.gitlab.json"))
            .contains("\"check_name\" : \"import-cycle\""));
  }

  @Test
  void githubFormatPrintsOneCommandPerFinding() {
    SsotCliTest.Run run = SsotCliTest.run("check", CYCLE, "-f", "github");
    assertEquals(1, run.code(), run.err());
    for (String line : run.out().split("\n")) {
      assertTrue(
          line.matches(
              "::(error|warning|notice) file=[^,]+(,line=\\d+(,col=\\d+)?)?,title=[a-z-]+::.*"),
          line);
    }
  }
}
