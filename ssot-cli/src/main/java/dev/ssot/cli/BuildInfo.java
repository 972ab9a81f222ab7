package dev.ssot.cli;

import dev.ssot.core.engine.ToolVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What {@code ssot --version} prints: the version, the git commit the jar was built from (with
 * {@code -dirty} when the checkout had uncommitted changes) and its time, and the Java runtime. A
 * build outside a git checkout has no commit and says so.
 */
final class BuildInfo {

  private BuildInfo() {}

  static String[] lines() {
    return lines(read(), Runtime.version().toString(), System.getProperty("java.vendor", ""));
  }

  static String[] lines(Properties build, String javaVersion, String javaVendor) {
    List<String> lines = new ArrayList<>();
    lines.add("ssot " + ToolVersion.get());
    String commit = known(build.getProperty("commit"));
    if (commit == null) {
      lines.add("commit: unknown (built outside a git checkout)");
    } else {
      String time = known(build.getProperty("commitTime"));
      lines.add(
          "commit: "
              + commit
              + ("true".equals(known(build.getProperty("dirty"))) ? "-dirty" : "")
              + (time != null ? " (" + time + ")" : ""));
    }
    lines.add(
        "java: "
            + javaVersion
            + (javaVendor == null || javaVendor.isEmpty() ? "" : ", " + javaVendor));
    return lines.toArray(String[]::new);
  }

  /** A filtered value, or null when the build left it unset (still {@code ${...}}) or empty. */
  static String known(String value) {
    if (value == null || value.isBlank() || value.startsWith("${")) {
      return null;
    }
    return value.strip();
  }

  private static Properties read() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // no build information: reported as unknown
    }
    return properties;
  }
}
