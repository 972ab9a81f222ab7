package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.engine.ToolVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code ssot --version}: version, git commit and Java runtime. */
class BuildInfoTest {

  @Test
  void showsTheCommitTheBuildCameFrom() {
    Properties build = new Properties();
    build.setProperty("commit", "0123456789ab");
    build.setProperty("commitTime", "2025-01-02T03:04:05Z");
    build.setProperty("dirty", "true");
    assertArrayEquals(
        new String[] {
          "ssot " + ToolVersion.get(),
          "commit: 0123456789ab-dirty (2025-01-02T03:04:05Z)",
          "java: 17.0.1+12, Acme"
        },
        BuildInfo.lines(build, "17.0.1+12", "Acme"));
  }

  @Test
  void aBuildOutsideAGitCheckoutSaysTheCommitIsUnknown() {
    Properties build = new Properties();
    build.setProperty("commit", "${ssot.git.commit}");
    build.setProperty("dirty", "false");
    assertEquals(
        "commit: unknown (built outside a git checkout)", BuildInfo.lines(build, "17", "")[1]);
  }

  @Test
  void theBuiltResourceCarriesThisCheckoutsCommit() throws IOException, InterruptedException {
    String out = SsotCliTest.run("--version").out();
    assertTrue(out.startsWith("ssot " + ToolVersion.get() + "\ncommit: "), out);
    assertTrue(out.contains("\njava: " + Runtime.version()), out);
    Path top = Path.of("").toAbsolutePath().getParent();
    if (Files.exists(top.resolve(".git"))) {
      Process git =
          new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD")
              .directory(top.toFile())
              .redirectErrorStream(true)
              .start();
      String head = new String(git.getInputStream().readAllBytes()).strip();
      if (git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0) {
        assertTrue(out.contains("commit: " + head), "expected HEAD " + head + " in\n" + out);
      }
    }
  }
}
