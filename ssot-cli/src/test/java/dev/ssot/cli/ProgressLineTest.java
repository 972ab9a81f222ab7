package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.engine.ProgressListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The progress line: throttled to ten drawings a second, complete at the end, erased afterwards,
 * absent off a terminal.
 */
class ProgressLineTest {

  @Test
  void drawsAtMostTenTimesASecondAndOnceMoreWhenDone() {
    StringWriter err = new StringWriter();
    long[] now = {0};
    ProgressLine line = new ProgressLine(new PrintWriter(err), () -> now[0]);
    line.filesParsed(0, 995);
    for (int done = 1; done <= 995; done++) {
      now[0] += 1_000_000L; // one file per millisecond
      line.filesParsed(done, 995);
    }
    String drawn = err.toString();
    long drawings = drawn.chars().filter(c -> c == '\r').count();
    assertEquals(10, drawings, "at 100, 200, ... 900 ms, and the final count: " + drawn);
    assertTrue(drawn.contains("\rssot: parsing [##..................] 100/995 files"), drawn);
    assertTrue(drawn.endsWith("\rssot: parsing [####################] 995/995 files"), drawn);
    ProgressLine.clear(line);
    String cleared = err.toString().substring(drawn.length());
    assertEquals(
        "\r" + " ".repeat("ssot: parsing [####################] 995/995 files".length()) + "\r",
        cleared);
  }

  @Test
  void aQuickRunDrawsNothing() {
    StringWriter err = new StringWriter();
    ProgressLine line = new ProgressLine(new PrintWriter(err), () -> 0L);
    for (int done = 0; done <= 50; done++) {
      line.filesParsed(done, 50);
    }
    ProgressLine.clear(line);
    assertEquals("", err.toString());
  }

  @Test
  void noProgressWhenTheOutputIsNotATerminal() {
    // Tests run without a console (output captured by the build), as in CI or a pipe.
    assertEquals(
        ProgressListener.NONE, ProgressLine.forTerminal(new PrintWriter(new StringWriter())));
    SsotCliTest.Run run = SsotCliTest.run("check", "src/test/resources/trees/cycle");
    assertFalse(run.err().contains("\r") || run.out().contains("\r"), run.err());
    assertFalse(run.err().contains("parsing"), run.err());
  }

  @Test
  void standardErrorRedirectedToAFileIsNoTerminal(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path log = java.nio.file.Files.createFile(dir.resolve("err.log"));
    java.nio.file.Path toFile =
        java.nio.file.Files.createSymbolicLink(dir.resolve("fd2-file"), log);
    java.nio.file.Path toTerminal =
        java.nio.file.Files.createSymbolicLink(
            dir.resolve("fd2-tty"), java.nio.file.Path.of("/dev/pts/3"));
    assertFalse(ProgressLine.stderrIsTerminal(toFile));
    assertTrue(ProgressLine.stderrIsTerminal(toTerminal));
    assertTrue(
        ProgressLine.stderrIsTerminal(dir.resolve("no-such-link")),
        "without /proc the console check decides");
  }
}
