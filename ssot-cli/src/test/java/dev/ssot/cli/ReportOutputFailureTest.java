package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a report can fail to be written ends in exit code 2 and "cannot write FILE: reason",
 * never in an internal error, a partial file or a lost report with exit code 0.
 */
class ReportOutputFailureTest {

  private static final Path CYCLE = Path.of("src/test/resources/trees/cycle");

  @TempDir Path dir;

  private final List<Path> mounts = new ArrayList<>();

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SsotCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void noMounts() {
    mounts.clear();
  }

  @AfterEach
  void unmount() throws Exception {
    for (Path mount : mounts) {
      new ProcessBuilder("umount", mount.toString())
          .inheritIO()
          .start()
          .waitFor(20, TimeUnit.SECONDS);
    }
  }

  /** A tmpfs of this size at a new directory, or the test is skipped where mounting is denied. */
  private Path tmpfs(String options) throws Exception {
    Path mount = Files.createDirectories(dir.resolve("mnt" + mounts.size()));
    Process process =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", mount.toString())
            .redirectErrorStream(true)
            .start();
    boolean done = process.waitFor(20, TimeUnit.SECONDS);
    assumeTrue(done && process.exitValue() == 0, "cannot mount a tmpfs here (needs root)");
    mounts.add(mount);
    return mount;
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void outputOntoADirectory() throws IOException {
    Path target = Files.createDirectories(dir.resolve("report.txt"));
    Run run = run("check", CYCLE.toString(), "--no-cache", "-o", target.toString());
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err().contains("ssot: error: cannot write " + target + ": is a directory"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertEquals(List.of("report.txt"), names(dir), "nothing else written");
  }

  @Test
  void outputDirOverAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("reports"), "keep me");
    Run run = run("check", CYCLE.toString(), "--no-cache", "--output-dir", file.toString());
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err()
            .contains(
                "cannot write " + file.resolve("report.txt") + ": " + file + " is not a directory"),
        run.err());
    assertEquals("keep me", Files.readString(file));
  }

  @Test
  void outputUnderAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "keep me");
    Path target = file.resolve("report.json");
    Run run = run("check", CYCLE.toString(), "--no-cache", "-f", "json", "-o", target.toString());
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("cannot write " + target + ": "), run.err());
    assertEquals("keep me", Files.readString(file));
  }

  @Test
  void outputReplacesAnExistingReportWhole() throws IOException {
    Path target = Files.writeString(dir.resolve("report.json"), "old");
    Run run = run("check", CYCLE.toString(), "--no-cache", "-f", "json", "-o", target.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(Files.readString(target).startsWith("{"), "replaced");
    assertEquals(List.of("report.json"), names(dir), "no temporary file left");
  }

  @Test
  void outputOnAReadOnlyFileSystem() throws Exception {
    Path readOnly = tmpfs("ro,size=64k");
    Path target = readOnly.resolve("report.txt");
    Run run = run("check", CYCLE.toString(), "--no-cache", "-o", target.toString());
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("cannot write " + target + ": Read-only file system"), run.err());
    Run dirRun =
        run(
            "check",
            CYCLE.toString(),
            "--no-cache",
            "--output-dir",
            readOnly.resolve("r").toString());
    assertEquals(2, dirRun.code(), dirRun.err());
    assertTrue(dirRun.err().contains("Read-only file system"), dirRun.err());
  }

  @Test
  void outputOnAFullDiskLeavesNoPartialFile() throws Exception {
    Path full = tmpfs("size=64k");
    Path filler = full.resolve("filler");
    byte[] block = new byte[4096];
    try (var out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
        out.flush();
      }
    } catch (IOException expected) {
      // the file system is full now
    }
    Path target = full.resolve("report.json");
    Run run = run("check", CYCLE.toString(), "--no-cache", "-f", "json", "-o", target.toString());
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err().contains("cannot write " + target + ": No space left on device"), run.err());
    assertEquals(List.of("filler"), names(full), "neither a partial report nor a temporary file");
  }

  @Test
  void stdoutThatCannotBeWrittenFailsTheRun() {
    StringWriter err = new StringWriter();
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void close() {}
        };
    int code =
        SsotCli.run(
            new String[] {"check", CYCLE.toString(), "--no-cache", "--fail-on", "never"},
            new PrintWriter(broken),
            new PrintWriter(err));
    assertEquals(2, code, err.toString());
    assertTrue(
        err.toString().contains("ssot: error: cannot write standard output"), err.toString());
  }

  @Test
  void stdoutToDevFullFailsTheProcess() throws Exception {
    File devFull = new File("/dev/full");
    assumeTrue(devFull.exists(), "/dev/full exists on Linux");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SsotCli.class.getName(),
                "check",
                CYCLE.toString(),
                "--no-cache",
                "--fail-on",
                "never")
            .redirectOutput(devFull)
            .redirectError(err.toFile())
            .start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finishes");
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(2, process.exitValue(), stderr);
    assertTrue(
        stderr.contains("ssot: error: cannot write standard output: No space left on device"),
        stderr);
  }

  @Test
  void baselineAndGraphOutputsFailTheSameWay() throws IOException {
    Path target = Files.createDirectories(dir.resolve("out"));
    Run baseline = run("baseline", CYCLE.toString(), "-o", target.toString());
    assertEquals(2, baseline.code(), baseline.err());
    assertTrue(
        baseline.err().contains("cannot write " + target + ": is a directory"), baseline.err());
    Run graph = run("graph", CYCLE.toString(), "--no-cache", "-o", target.toString());
    assertEquals(2, graph.code(), graph.err());
    assertTrue(graph.err().contains("cannot write " + target + ": is a directory"), graph.err());
  }
}
