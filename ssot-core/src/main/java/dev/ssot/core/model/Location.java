package dev.ssot.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a source file: the path relative to the analysed root (always with {@code /}
 * separators), a 1-based line and a 1-based column. Column 0 means "the whole line".
 */
public record Location(String path, int line, int column) implements Comparable<Location> {

  public static final Comparator<Location> ORDER =
      Comparator.comparing(Location::path)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  public Location {
    Objects.requireNonNull(path, "path");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "negative position " + line + ":" + column + " in " + path);
    }
  }

  public static Location of(String path, int line) {
    return new Location(path, line, 0);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  /** {@code path:line} — the form used in messages and evidence. */
  @Override
  public String toString() {
    return path + ":" + line;
  }
}
