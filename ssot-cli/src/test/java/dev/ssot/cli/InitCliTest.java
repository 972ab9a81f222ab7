package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssot init}: the starter config it writes for the two examples (their own {@code ssot.yaml}
 * removed) and for a tree with a dated backup copy; the config must load and check (exit 0 or 1,
 * never 2); it never overwrites without {@code --force}.
 */
class InitCliTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SsotCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path copy(Path from, String name) throws IOException {
    Path tree = dir.resolve(name);
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.toList()) {
        Path to = tree.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else if (!file.getFileName().toString().equals("ssot.yaml")
            && !file.getFileName().toString().equals("expected-report.json")) {
          Files.copy(file, to);
        }
      }
    }
    Files.createDirectories(tree.resolve(".git")); // no config from above
    return tree;
  }

  private Path fixture(String name) throws IOException, URISyntaxException {
    return copy(Path.of(getClass().getResource("/init/" + name).toURI()), name);
  }

  private static String initAndCheck(Path tree) throws IOException {
    Run init = run("init", tree.toString());
    assertEquals(0, init.code(), init.err());
    assertTrue(init.out().contains("ssot: wrote "), init.out());
    String yaml = Files.readString(tree.resolve("ssot.yaml"));
    Run check = run("check", tree.toString(), "--no-cache");
    assertNotEquals(2, check.code(), "the written config must load:\n" + yaml + check.err());
    assertNotEquals(3, check.code(), check.err());
    return yaml;
  }

  @Test
  void pythonExampleGetsThePublicAliasAsImportPathOfTheImplementation() throws IOException {
    Path tree = copy(Path.of("../examples/python-websocket-fragmented"), "python");
    String yaml = initAndCheck(tree);
    assertTrue(
        yaml.contains(
            "  - name: \"WebSocketManager\"\n"
                + "    canonical: app.websocket_core.unified_manager"
                + "._UnifiedWebSocketManagerImplementation\n"
                + "    import: app.websocket_core.websocket_manager.WebSocketManager\n"),
        yaml);
    assertTrue(yaml.contains("# canonical: "), "each canonical says why: " + yaml);
    assertFalse(yaml.contains("\nexclude:"), "nothing to exclude here: " + yaml);
  }

  @Test
  void javaExampleDeclaresTheLiveManagerNotTheLegacyCopy() throws IOException {
    Path tree = copy(Path.of("../examples/websocket-fragmented"), "java");
    String yaml = initAndCheck(tree);
    assertTrue(yaml.contains("    canonical: com.acme.ws.WebSocketManager\n"), yaml);
  }

  @Test
  void aDatedBackupCopyOfLiveCodeIsProposedAsExclude() throws Exception {
    Path tree = fixture("python-with-backups");
    String yaml = initAndCheck(tree);
    assertTrue(yaml.contains("\nexclude:\n"), yaml);
    assertTrue(yaml.contains("  - \"backups/**\"\n"), yaml);
    assertTrue(
        yaml.contains(
            "copies of live code, e.g. backups/2024-05-01/app/ws/manager.py = app/ws/manager.py"),
        yaml);
    assertFalse(yaml.contains("notes_old"), "a stale name without copies stays: " + yaml);
    Run check = run("check", tree.toString(), "--no-cache");
    assertEquals(0, check.code(), "the backup's duplicate is excluded: " + check.out());
  }

  @Test
  void anExistingConfigIsKeptUnlessForced() throws Exception {
    Path tree = fixture("python-with-backups");
    Files.writeString(tree.resolve("ssot.yaml"), "failOn: never\n");
    Run refused = run("init", tree.toString());
    assertEquals(2, refused.code(), refused.err());
    assertTrue(refused.err().contains("ssot.yaml exists"), refused.err());
    assertTrue(refused.err().contains("--force"), refused.err());
    assertEquals("failOn: never\n", Files.readString(tree.resolve("ssot.yaml")));

    Run printed = run("init", tree.toString(), "--stdout");
    assertEquals(0, printed.code(), printed.err());
    assertTrue(printed.out().contains("\"backups/**\""), printed.out());
    assertEquals("failOn: never\n", Files.readString(tree.resolve("ssot.yaml")));

    Run forced = run("init", tree.toString(), "--force");
    assertEquals(0, forced.code(), forced.err());
    assertEquals(printed.out(), Files.readString(tree.resolve("ssot.yaml")), "deterministic");
  }

  @Test
  void baselineAcceptsWhatRemainsAndTheConfigNamesIt() throws Exception {
    Path tree = copy(Path.of("../examples/python-websocket-fragmented"), "python");
    Run init = run("init", tree.toString(), "--baseline");
    assertEquals(0, init.code(), init.err());
    assertTrue(
        Files.readString(tree.resolve("ssot.yaml")).contains("\nbaseline: ssot-baseline.json\n"));
    Run check = run("check", tree.toString(), "--no-cache");
    assertEquals(0, check.code(), "every finding is baselined: " + check.out() + check.err());
  }
}
