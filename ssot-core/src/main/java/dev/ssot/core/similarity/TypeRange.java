package dev.ssot.core.similarity;

/**
 * The source range {@code [start, end)} (char offsets) of one type declaration, with its simple
 * name.
 *
 * @param name the declared simple name, or {@code ""} if none was found
 * @param start offset of the declaration's first char (its first annotation, decorator or modifier)
 * @param end offset just past its last char (the closing brace or last token of the body)
 */
public record TypeRange(String name, int start, int end) {

  /**
   * The char range of lines {@code firstLine..lastLine} (1-based, inclusive) of {@code src}, for
   * callers that know a declaration by its lines. Lines beyond the text are clamped to it.
   */
  public static TypeRange ofLines(String name, CharSequence src, int firstLine, int lastLine) {
    int n = src.length();
    int line = 1;
    int start = firstLine <= 1 ? 0 : -1;
    int end = n;
    for (int i = 0; i < n; i++) {
      char c = src.charAt(i);
      boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= n || src.charAt(i + 1) != '\n'));
      if (!lineBreak) {
        continue;
      }
      if (line == lastLine) {
        end = i + 1;
        break;
      }
      line++;
      if (line == firstLine) {
        start = i + 1;
      }
    }
    if (start < 0) {
      start = n;
    }
    return new TypeRange(name, start, Math.max(start, end));
  }
}
