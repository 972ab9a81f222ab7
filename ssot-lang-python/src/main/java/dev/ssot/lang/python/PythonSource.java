package dev.ssot.lang.python;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A Python file's bytes as the parser sees them: UTF-8 without a byte-order mark (files declaring
 * another encoding with a PEP 263 cookie are transcoded), with the start of every line, so byte
 * offsets from the tree map to line and column without asking the tree again.
 */
final class PythonSource {

  final byte[] bytes;
  private final int[] lineStarts;
  private final int lineCount;

  private PythonSource(byte[] bytes, int[] lineStarts, int lineCount) {
    this.bytes = bytes;
    this.lineStarts = lineStarts;
    this.lineCount = lineCount;
  }

  /**
   * The same source read from other bytes of the same length (a {@link ParseRepair} copy): lines
   * and columns stay those of the original text.
   */
  PythonSource withBytes(byte[] sameLength) {
    if (sameLength.length != bytes.length) {
      throw new IllegalArgumentException("not the same length");
    }
    return new PythonSource(sameLength, lineStarts, lineCount);
  }

  private PythonSource(byte[] bytes) {
    this.bytes = bytes;
    int[] starts = new int[64];
    int count = 1;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = starts;
    this.lineCount = count;
  }

  /**
   * Decodes a file: strips a UTF-8 BOM, honours a coding cookie on line 1 or 2.
   *
   * @throws CharacterCodingException when the bytes are not valid in the declared encoding
   * @throws IllegalArgumentException when the cookie names an unknown encoding
   */
  static PythonSource of(byte[] content) throws CharacterCodingException {
    byte[] bytes = content;
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xef
            && (bytes[1] & 0xff) == 0xbb
            && (bytes[2] & 0xff) == 0xbf;
    if (bom) {
      bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    String cookie = bom ? null : codingCookie(bytes);
    if (cookie != null) {
      Charset charset = charsetOf(cookie);
      if (!charset.equals(StandardCharsets.UTF_8)) {
        CharsetDecoder decoder =
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes = decoder.decode(ByteBuffer.wrap(bytes)).toString().getBytes(StandardCharsets.UTF_8);
      }
    }
    return new PythonSource(bytes);
  }

  /** The encoding named by a PEP 263 cookie in the first two lines, or null. */
  static String codingCookie(byte[] bytes) {
    int lineStart = 0;
    for (int line = 0; line < 2 && lineStart < bytes.length; line++) {
      int end = lineStart;
      while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
        end++;
      }
      String text = new String(bytes, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
      String stripped = text.stripLeading();
      if (stripped.startsWith("#")) {
        // As Python's `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`: the first "coding" followed by : or
        // =.
        int at = stripped.indexOf("coding");
        while (at >= 0
            && !(at + 6 < stripped.length()
                && (stripped.charAt(at + 6) == ':' || stripped.charAt(at + 6) == '='))) {
          at = stripped.indexOf("coding", at + 6);
        }
        if (at >= 0) {
          int from = at + 7;
          while (from < stripped.length()
              && (stripped.charAt(from) == ' ' || stripped.charAt(from) == '\t')) {
            from++;
          }
          int to = from;
          while (to < stripped.length()
              && (Character.isLetterOrDigit(stripped.charAt(to))
                  || stripped.charAt(to) == '-'
                  || stripped.charAt(to) == '_'
                  || stripped.charAt(to) == '.')) {
            to++;
          }
          if (to > from) {
            return stripped.substring(from, to);
          }
        }
      } else if (!stripped.isEmpty()) {
        return null; // the cookie must be on a comment-only line before any code
      }
      lineStart =
          end < bytes.length
                  && bytes[end] == '\r'
                  && end + 1 < bytes.length
                  && bytes[end + 1] == '\n'
              ? end + 2
              : end + 1;
    }
    return null;
  }

  private static Charset charsetOf(String name) {
    String normal = name.toLowerCase(Locale.ROOT).replace('_', '-');
    if (normal.equals("utf-8") || normal.startsWith("utf-8-") || normal.equals("utf8")) {
      return StandardCharsets.UTF_8;
    }
    if (normal.equals("latin-1")
        || normal.startsWith("latin-1-")
        || normal.startsWith("iso-8859-1")) {
      return StandardCharsets.ISO_8859_1;
    }
    try {
      return Charset.forName(normal);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown encoding '" + name + "' in the coding cookie");
    }
  }

  int lines() {
    // A final line without a newline counts; a trailing newline does not open another line.
    if (bytes.length == 0) {
      return 0;
    }
    return lineStarts[lineCount - 1] == bytes.length ? lineCount - 1 : lineCount;
  }

  /** The 1-based line of a byte offset. */
  int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The 1-based column (in characters) of a byte offset. */
  int column(int offset) {
    int start = lineStarts[line(offset) - 1];
    int column = 1;
    for (int i = start; i < offset && i < bytes.length; i++) {
      if ((bytes[i] & 0xc0) != 0x80) {
        column++;
      }
    }
    return column;
  }

  /** The index in the decoded text ({@code text(0, length)}) of the character at a byte offset. */
  int charIndex(int byteOffset) {
    int chars = 0;
    int end = Math.min(byteOffset, bytes.length);
    for (int i = 0; i < end; i++) {
      byte b = bytes[i];
      if ((b & 0xC0) != 0x80) {
        chars += (b & 0xF8) == 0xF0 ? 2 : 1; // a four-byte sequence is a surrogate pair in Java
      }
    }
    return chars;
  }

  /**
   * The bytes seen one char per byte (ISO 8859-1), no copy: char offsets are byte offsets. ASCII
   * reads as itself; a multi-byte character reads as several chars at or above 0x80.
   */
  CharSequence chars() {
    return new ByteChars(bytes, 0, bytes.length);
  }

  private record ByteChars(byte[] bytes, int from, int to) implements CharSequence {

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException(index);
      }
      return (char) (bytes[from + index] & 0xff);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      if (start < 0 || end > to - from || start > end) {
        throw new IndexOutOfBoundsException(start + ".." + end);
      }
      return new ByteChars(bytes, from + start, from + end);
    }

    @Override
    public String toString() {
      return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
  }

  String text(int start, int end) {
    return new String(
        bytes, start, Math.max(0, Math.min(end, bytes.length) - start), StandardCharsets.UTF_8);
  }

  /** Whether the bytes at {@code at} spell {@code word} as a whole word. */
  boolean wordAt(int at, byte[] word) {
    if (at < 0 || at + word.length > bytes.length) {
      return false;
    }
    for (int i = 0; i < word.length; i++) {
      if (bytes[at + i] != word[i]) {
        return false;
      }
    }
    return (at == 0 || !identifierByte(bytes[at - 1]))
        && (at + word.length == bytes.length || !identifierByte(bytes[at + word.length]));
  }

  static boolean identifierByte(byte b) {
    return b == '_'
        || (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || b < 0;
  }

  /** Offsets of every whole-word occurrence of {@code word}, in order. */
  int[] occurrences(byte[] word) {
    int[] found = new int[8];
    int count = 0;
    byte first = word[0];
    for (int i = 0; i + word.length <= bytes.length; i++) {
      if (bytes[i] == first && wordAt(i, word)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i;
      }
    }
    return Arrays.copyOf(found, count);
  }

  /**
   * One pass over the bytes for several ASCII needles at once: every occurrence of each (whole
   * words only where asked). Reading a 1 M-line tree once instead of once per needle matters: the
   * parse is the only cost meant to remain.
   *
   * @param needles what to look for
   * @param wholeWord per needle, whether it must stand as a whole word
   * @param firstOnly per needle, whether one occurrence is enough (a marker)
   * @return per needle, the offsets found, in order
   */
  int[][] scan(byte[][] needles, boolean[] wholeWord, boolean[] firstOnly) {
    boolean[] starts = new boolean[256];
    for (byte[] needle : needles) {
      starts[needle[0] & 0xff] = true;
    }
    int[][] found = new int[needles.length][];
    int[] counts = new int[needles.length];
    for (int n = 0; n < needles.length; n++) {
      found[n] = new int[4];
    }
    byte[] b = bytes;
    for (int i = 0; i < b.length; i++) {
      if (!starts[b[i] & 0xff]) {
        continue;
      }
      for (int n = 0; n < needles.length; n++) {
        byte[] needle = needles[n];
        if (needle[0] != b[i] || (firstOnly[n] && counts[n] > 0) || i + needle.length > b.length) {
          continue;
        }
        boolean match = true;
        for (int j = 1; j < needle.length && match; j++) {
          match = b[i + j] == needle[j];
        }
        if (match && wholeWord[n] && !wordAt(i, needle)) {
          match = false;
        }
        if (match) {
          if (counts[n] == found[n].length) {
            found[n] = Arrays.copyOf(found[n], counts[n] * 2);
          }
          found[n][counts[n]++] = i;
        }
      }
    }
    for (int n = 0; n < needles.length; n++) {
      found[n] = Arrays.copyOf(found[n], counts[n]);
    }
    return found;
  }
}
