package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher put on the {@code PATH} through a symbolic link ({@code ln -s /path/to/ssot/ssot
 * ~/bin/ssot}), or a chain of them, finds its own checkout and runs its jar in the caller's
 * directory. A copy of the launcher beside a jar file stands in for the checkout; a {@code java}
 * that prints what it was asked to run stands in for the JVM.
 */
class LauncherSymlinkTest {

  private static final Path LAUNCHER = Path.of("../ssot");

  @TempDir Path dir;

  @Test
  void aChainOfRelativeAndAbsoluteLinksLeadsToTheCheckout() throws Exception {
    Path checkout = dir.resolve("checkout");
    Files.createDirectories(checkout.resolve("ssot-cli/target"));
    Files.copy(LAUNCHER, checkout.resolve("ssot"));
    Files.writeString(checkout.resolve("ssot-cli/target/ssot.jar"), "a jar");
    Path jdk = dir.resolve("jdk/bin");
    Files.createDirectories(jdk);
    Files.writeString(
        jdk.resolve("java"), "#!/usr/bin/env bash\necho \"cwd=$PWD\"\necho \"args=$*\"\n");
    Files.setPosixFilePermissions(
        jdk.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));

    Path bin = Files.createDirectories(dir.resolve("home/bin"));
    Path tools = Files.createDirectories(dir.resolve("tools"));
    // ~/bin/ssot -> ../../tools/ssot (relative) -> <checkout>/ssot (absolute)
    Files.createSymbolicLink(tools.resolve("ssot"), checkout.resolve("ssot").toAbsolutePath());
    Files.createSymbolicLink(bin.resolve("ssot"), Path.of("../../tools/ssot"));
    Path work = Files.createDirectories(dir.resolve("somewhere/else"));

    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", "ssot check --no-cache")
            .directory(work.toFile())
            .redirectErrorStream(true);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    assertTrue(
        out.contains("cwd=" + work.toRealPath() + "\n") || out.contains("cwd=" + work + "\n"), out);
    assertTrue(
        out.contains(
            "-jar "
                + checkout.toRealPath().resolve("ssot-cli/target/ssot.jar")
                + " check --no-cache"),
        out);
  }
}
