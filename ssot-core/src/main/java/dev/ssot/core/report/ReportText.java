package dev.ssot.core.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text from the analysed tree (file names, type and module names, messages that quote them, source
 * lines) made harmless for whoever reads a report: a terminal, a CI log, an editor.
 *
 * <p>Unsafe characters are C0 controls (newline, carriage return, tab, escape, ...), DEL, C1
 * controls, the bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069), the line and paragraph separators U+2028 and U+2029, and lone surrogates. {@link
 * #visible} spells each as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}.
 *
 * <p>GitHub Actions executes a log line as a workflow command when, leading spaces aside, it starts
 * with {@code ::} (and has a second {@code ::}), or when it contains {@code ##[} followed by a
 * command name anywhere. {@link #line} and {@link #lines} neutralise both, so that no report line
 * is a command unless ssot wrote it as one (the {@code github} format).
 */
public final class ReportText {

  private ReportText() {}

  /** Whether a character is unsafe to show as it is. */
  public static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028
        || c == 0x2029;
  }

  /** {@code text} with every unsafe character spelled visibly; null as the empty string. */
  public static String visible(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = escape(text, i);
      if (escaped == null) {
        if (out != null) {
          out.append(c);
          if (Character.isHighSurrogate(c)) {
            out.append(text.charAt(++i));
          }
        } else if (Character.isHighSurrogate(c)) {
          i++;
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      out.append(escaped);
    }
    return out == null ? text : out.toString();
  }

  /**
   * The visible spelling of the character at {@code i}, or null when it is safe as it is (a high
   * surrogate followed by a low one is safe: a character outside the BMP).
   */
  private static String escape(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      return null;
    }
    if (!unsafe(c) && !Character.isSurrogate(c)) {
      return null;
    }
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> unicode(c);
    };
  }

  /** {@code \}{@code uXXXX}, upper-case hex. */
  public static String unicode(char c) {
    return String.format("\\u%04X", (int) c);
  }

  /**
   * One line of a plain-text report: {@link #visible}, and never a workflow command. A line that
   * would start with {@code ::} (leading spaces aside) has its first colon spelled {@code \}{@code
   * u003A}; {@code ##[} becomes {@code ##\}{@code u005B}.
   */
  public static String line(String text) {
    return guard(visible(text));
  }

  private static String guard(String line) {
    String guarded = line.replace("##[", "##" + unicode('['));
    int start = 0;
    while (start < guarded.length() && Character.isWhitespace(guarded.charAt(start))) {
      start++;
    }
    if (guarded.startsWith("::", start)) {
      guarded = guarded.substring(0, start) + unicode(':') + guarded.substring(start + 1);
    }
    return guarded;
  }

  /**
   * A writer for a line-oriented report: every line written through it goes through {@link #line}
   * once complete, with the line feeds the writer of the report writes kept. Text from the tree
   * that may hold a line feed must still go through {@link #visible} before it is written.
   */
  public static Writer lines(Writer out) {
    return new LineWriter(out);
  }

  /**
   * A writer for JSON: every unsafe character that reaches it as it is (Jackson escapes C0 controls
   * itself) is written as a {@code \}{@code uXXXX} escape, and {@code [} after {@code ##} as {@code
   * \}{@code u005B}. Outside strings JSON holds neither, so the document means exactly the same;
   * only printed as it is, it can no longer reorder a terminal's text or start a workflow command.
   */
  public static Writer json(Writer out) {
    return new JsonWriter(out);
  }

  private static final class LineWriter extends FilterWriter {
    private final StringBuilder line = new StringBuilder();

    LineWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (c == '\n') {
        out.write(line(line.toString()));
        out.write('\n');
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        write(buffer[i]);
      }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        write(text.charAt(i));
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      if (line.length() > 0) {
        out.write(line(line.toString()));
        line.setLength(0);
      }
      out.close();
    }
  }

  private static final class JsonWriter extends FilterWriter {
    private int hashes;
    private char pendingHigh;

    JsonWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int value) throws IOException {
      char c = (char) value;
      if (pendingHigh != 0) {
        char high = pendingHigh;
        pendingHigh = 0;
        if (Character.isLowSurrogate(c)) {
          out.write(high);
          out.write(c);
          hashes = 0;
          return;
        }
        out.write(unicode(high));
      }
      if (Character.isHighSurrogate(c)) {
        pendingHigh = c;
        return;
      }
      if (c == '[' && hashes >= 2) {
        out.write(unicode(c));
      } else if ((unsafe(c) && c >= 0x7f) || Character.isLowSurrogate(c)) {
        out.write(unicode(c));
      } else {
        out.write(c);
      }
      hashes = c == '#' ? hashes + 1 : 0;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        write(buffer[i]);
      }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        write(text.charAt(i));
      }
    }

    @Override
    public void flush() throws IOException {
      if (pendingHigh != 0) {
        out.write(unicode(pendingHigh));
        pendingHigh = 0;
      }
      out.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
      out.close();
    }
  }
}
