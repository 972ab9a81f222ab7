package dev.ssot.lang.python;

import java.util.Arrays;

/**
 * Where tree-sitter-python's grammar rejects what CPython accepts, a copy of the text that both
 * read alike, of the same length, so every byte offset (and the line table of the original) stays
 * valid. The parser tries the copy only after the original failed, and keeps it only when it parses
 * without an error, so a rewrite can never hide a real syntax error.
 *
 * <ul>
 *   <li>Lone carriage returns end lines in CPython (universal newlines); tree-sitter's scanner does
 *       not always take them as line ends. {@link #lineEndings} turns each into a line feed, as
 *       CPython's reader does, before the first parse.
 *   <li>{@code return None, *await f()}: tree-sitter's {@code list_splat} takes no {@code await}.
 *       The {@code *} becomes a space: the facts read no expression inside a statement.
 *   <li>A line inside brackets indented less than its block ({@code from m import (} with its names
 *       at the left margin in a function, {@code (bar.\n baz)} one level out): tree-sitter's
 *       scanner reads a dedent there. Every line break inside brackets becomes a space (implicit
 *       line joining makes the two the same in Python), with a comment ending the line and an
 *       explicit {@code \\} continuation blanked.
 * </ul>
 */
final class ParseRepair {

  private ParseRepair() {}

  /** The bytes with every lone carriage return a line feed; the same array when there is none. */
  static byte[] lineEndings(byte[] bytes) {
    byte[] result = bytes;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
        if (result == bytes) {
          result = bytes.clone();
        }
        result[i] = '\n';
      }
    }
    return result;
  }

  /** A same-length copy with the rewrites above applied, or null when none applies. */
  static byte[] repaired(byte[] bytes) {
    byte[] b = Arrays.copyOf(bytes, bytes.length);
    boolean changed = false;
    int depth = 0;
    int commentStart = -1;
    for (int i = 0; i < b.length; i++) {
      byte c = b[i];
      if (c == '#') {
        commentStart = i;
        while (i + 1 < b.length && b[i + 1] != '\n' && b[i + 1] != '\r') {
          i++;
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        i = stringEnd(b, i);
        commentStart = -1;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == '*' && starredAwait(b, i)) {
        b[i] = ' ';
        changed = true;
      } else if (c == '\n') {
        if (depth > 0) {
          if (commentStart >= 0) {
            Arrays.fill(b, commentStart, i, (byte) ' ');
          }
          b[i] = ' ';
          if (i > 0 && b[i - 1] == '\r') {
            b[i - 1] = ' ';
          }
          if (i > 0 && b[i - 1] == '\\') {
            b[i - 1] = ' '; // an explicit continuation inside brackets
          }
          changed = true;
        }
        commentStart = -1;
      }
    }
    return changed ? b : null;
  }

  /** A {@code *} unpacking an {@code await}: after a separator or keyword, before the word. */
  private static boolean starredAwait(byte[] b, int star) {
    if ((star > 0 && b[star - 1] == '*') || (star + 1 < b.length && b[star + 1] == '*')) {
      return false;
    }
    int after = star + 1;
    while (after < b.length && (b[after] == ' ' || b[after] == '\t')) {
      after++;
    }
    if (!word(b, after, "await")) {
      return false;
    }
    int before = star - 1;
    while (before >= 0 && (b[before] == ' ' || b[before] == '\t')) {
      before--;
    }
    if (before < 0) {
      return false;
    }
    if (",([{=".indexOf(b[before]) >= 0) {
      return true;
    }
    int start = before;
    while (start > 0 && PythonSource.identifierByte(b[start - 1])) {
      start--;
    }
    return word(b, start, "return") || word(b, start, "yield") || word(b, start, "in");
  }

  private static boolean word(byte[] b, int at, String word) {
    if (at < 0 || at + word.length() > b.length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (b[at + i] != word.charAt(i)) {
        return false;
      }
    }
    return (at == 0 || !PythonSource.identifierByte(b[at - 1]))
        && (at + word.length() == b.length || !PythonSource.identifierByte(b[at + word.length()]));
  }

  /** The offset of the last byte of the string literal whose opening quote is at {@code at}. */
  private static int stringEnd(byte[] b, int at) {
    byte quote = b[at];
    boolean triple = at + 2 < b.length && b[at + 1] == quote && b[at + 2] == quote;
    int i = at + (triple ? 3 : 1);
    while (i < b.length) {
      byte c = b[i];
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == quote && (!triple || (i + 2 < b.length && b[i + 1] == quote && b[i + 2] == quote))) {
        return triple ? i + 2 : i;
      }
      if (!triple && c == '\n') {
        return i - 1; // an unterminated string: the line ends it
      }
      i++;
    }
    return b.length - 1;
  }
}
