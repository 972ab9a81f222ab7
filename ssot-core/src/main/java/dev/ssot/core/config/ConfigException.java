package dev.ssot.core.config;

import java.nio.file.Path;

/**
 * A configuration that cannot be used: names the file, the line (0 if unknown) and the key. The
 * message reads {@code ssot.yaml:7: rules.import-cycle.level: bad value 'module' …}.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String key;
  private final String problem;

  public ConfigException(Path file, int line, String key, String problem) {
    super(format(file, line, key, problem));
    this.file = file == null ? null : file.toString();
    this.line = line;
    this.key = key;
    this.problem = problem;
  }

  /** What is wrong, without the file, line and key. */
  public String problem() {
    return problem;
  }

  private static String format(Path file, int line, String key, String problem) {
    StringBuilder text = new StringBuilder();
    if (file != null) {
      text.append(file);
      if (line > 0) {
        text.append(':').append(line);
      }
      text.append(": ");
    }
    if (key != null && !key.isEmpty()) {
      text.append(key).append(": ");
    }
    return text.append(problem).toString();
  }

  /** The config file, or null when the problem is not in a file (e.g. a command-line value). */
  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  /** The dotted key path, e.g. {@code rules.import-cycle.level}. */
  public String key() {
    return key;
  }
}
