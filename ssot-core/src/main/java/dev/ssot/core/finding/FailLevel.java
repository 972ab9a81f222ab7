package dev.ssot.core.finding;

import java.util.Locale;
import java.util.Optional;

/** The lowest severity that fails a run ({@code never}: no finding fails it). */
public enum FailLevel {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  NEVER(null);

  private final Severity threshold;

  FailLevel(Severity threshold) {
    this.threshold = threshold;
  }

  /** The lowest severity that fails, or empty for {@link #NEVER}. */
  public Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }

  /** Whether a finding of this severity fails the run. */
  public boolean fails(Severity severity) {
    return threshold != null && severity.atLeast(threshold);
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning}, {@code info} or {@code never} (any case). */
  public static FailLevel parse(String text) {
    for (FailLevel level : values()) {
      if (level.id().equalsIgnoreCase(text.strip())) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a fail level (expected error, warning, info or never)");
  }
}
