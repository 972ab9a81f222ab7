package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files named in a config ({@code baseline}, {@code python.roots}) must lie inside the project root
 * once symlinks are resolved; only the command line may point elsewhere. And a file that fails to
 * parse is never quoted back.
 */
class ConfigTrustBoundaryTest {

  private static final String SECRET = "AWS_SECRET=hunter2-do-not-print";

  @TempDir Path dir;

  private Path tree;
  private Path secret;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SsotCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void tree() throws IOException {
    tree = dir.resolve("repo");
    Path java = Files.createDirectories(tree.resolve("src/main/java/p"));
    Files.writeString(java.resolve("A.java"), "package p;\npublic class A {}\n");
    secret = Files.createDirectories(dir.resolve("secret")).resolve("creds");
    Files.writeString(secret, SECRET + "\n");
  }

  private Run checkWith(String config, String... extra) throws IOException {
    Files.writeString(tree.resolve("ssot.yaml"), config);
    String[] args = new String[3 + extra.length];
    args[0] = "check";
    args[1] = tree.toString();
    args[2] = "--no-cache";
    System.arraycopy(extra, 0, args, 3, extra.length);
    return run(args);
  }

  @Test
  void aConfigBaselineOutsideTheRootIsRefusedUnread() throws IOException {
    Run run = checkWith("failOn: error\nbaseline: ../secret/creds\n");
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err().contains("ssot.yaml:2: baseline: '../secret/creds' is outside the project root"),
        run.err());
    assertFalse(run.err().contains("hunter2"), run.err());
    assertFalse(run.err().contains("AWS_SECRET"), run.err());
  }

  @Test
  void anAbsoluteConfigBaselineIsRefused() throws IOException {
    Run run = checkWith("baseline: /proc/self/environ\n");
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err().contains("ssot.yaml:1: baseline: '/proc/self/environ' is outside"), run.err());
  }

  @Test
  void aConfigBaselineThatIsASymlinkOutOfTheRootIsRefused() throws IOException {
    Files.createSymbolicLink(tree.resolve("ssot-baseline.json"), secret);
    Run run = checkWith("baseline: ssot-baseline.json\n");
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("baseline: 'ssot-baseline.json' is outside"), run.err());
    assertFalse(run.err().contains("hunter2"), run.err());
  }

  @Test
  void aConfigBaselineUnderASymlinkedDirectoryOutOfTheRootIsRefused() throws IOException {
    Files.createSymbolicLink(tree.resolve("linked"), secret.getParent());
    Run run = checkWith("baseline: linked/creds\n");
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("baseline: 'linked/creds' is outside"), run.err());
  }

  @Test
  void aBaselineNamedOnTheCommandLineMayLieOutsideButIsNeverQuoted() throws IOException {
    Run run = checkWith("failOn: error\n", "--baseline", secret.toString());
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains(secret + ": not a baseline file"), run.err());
    assertTrue(run.err().contains("line 1"), run.err());
    assertFalse(run.err().contains("hunter2"), run.err());
    assertFalse(run.err().contains("AWS_SECRET"), run.err());
  }

  @Test
  void aBaselineInsideTheRootStillWorks() throws IOException {
    assertEquals(0, run("baseline", tree.toString()).code());
    Run run = checkWith("baseline: ssot-baseline.json\n");
    assertEquals(0, run.code(), run.err());
  }

  @Test
  void aPythonRootThatIsASymlinkOutOfTheRootIsRefused() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("elsewhere/pkg"));
    Files.writeString(outside.resolve("__init__.py"), "");
    Files.createSymbolicLink(tree.resolve("lib"), outside.getParent());
    Run run = checkWith("python:\n  roots: [src, lib]\n");
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err().contains("ssot.yaml:2: python.roots[1]: 'lib' is outside the project root"),
        run.err());
  }
}
