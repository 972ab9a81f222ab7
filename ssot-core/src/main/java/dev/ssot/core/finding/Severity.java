package dev.ssot.core.finding;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case name used in config, on the command line and in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** Parses {@code error}, {@code warning} or {@code info} (any case). */
  public static Severity parse(String text) {
    for (Severity severity : values()) {
      if (severity.id().equalsIgnoreCase(text.strip())) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a severity (expected error, warning or info)");
  }
}
