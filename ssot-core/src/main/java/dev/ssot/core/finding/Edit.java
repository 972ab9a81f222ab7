package dev.ssot.core.finding;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Objects;

/**
 * One replacement of a range of a file's bytes by new text (UTF-8 encoded when applied).
 *
 * @param path the file, relative to the analysed root
 * @param start the first byte replaced (0-based offset into the file as read)
 * @param end the byte after the last one replaced ({@code start == end} inserts)
 * @param replacement the text written instead
 * @param startLine 1-based line of {@code start}
 * @param startColumn 1-based column (in characters) of {@code start}
 * @param endLine 1-based line of {@code end}
 * @param endColumn 1-based column (in characters) of {@code end}
 */
public record Edit(
    String path,
    int start,
    int end,
    String replacement,
    int startLine,
    int startColumn,
    int endLine,
    int endColumn) {

  /** File order: path, then offset, then end. */
  public static final Comparator<Edit> ORDER =
      Comparator.comparing(Edit::path).thenComparingInt(Edit::start).thenComparingInt(Edit::end);

  public Edit {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(replacement, "replacement");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end + " in " + path);
    }
  }

  /** An edit whose line and column are not known yet (see {@link #locatedIn}). */
  public static Edit of(String path, int start, int end, String replacement) {
    return new Edit(path, start, end, replacement, 0, 0, 0, 0);
  }

  /** This edit with the lines and columns of its range in {@code content}. */
  public Edit locatedIn(byte[] content) {
    int[] from = position(content, start);
    int[] to = position(content, end);
    return new Edit(path, start, end, replacement, from[0], from[1], to[0], to[1]);
  }

  /** The number of bytes replaced. */
  public int length() {
    return end - start;
  }

  /** Whether two edits touch overlapping bytes (two insertions at one offset overlap too). */
  public boolean overlaps(Edit other) {
    if (!path.equals(other.path)) {
      return false;
    }
    if (start == end || other.start == other.end) {
      return start == other.start
          || (start > other.start && start < other.end)
          || (other.start > start && other.start < end);
    }
    return start < other.end && other.start < end;
  }

  private static int[] position(byte[] content, int offset) {
    int line = 1;
    int column = 1;
    int limit = Math.min(offset, content.length);
    for (int i = 0; i < limit; i++) {
      byte b = content[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** The replacement's bytes. */
  public byte[] replacementBytes() {
    return replacement.getBytes(StandardCharsets.UTF_8);
  }
}
