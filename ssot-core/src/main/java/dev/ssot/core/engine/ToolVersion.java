package dev.ssot.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** ssot's own version, from the build. */
public final class ToolVersion {

  private static final String VERSION = read();

  private ToolVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in =
        ToolVersion.class.getResourceAsStream("/dev/ssot/core/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
