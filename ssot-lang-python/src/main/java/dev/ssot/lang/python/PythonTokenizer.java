package dev.ssot.lang.python;

/**
 * A char scanner over Python source: skips whitespace, indentation, line continuations and comments
 * and yields names (keywords included; any char at or above 0x80 counts as part of a name),
 * numbers, string literals (any prefix, single or triple quotes, f-strings with nested replacement
 * fields as one token) and operators. Records for each token whether it starts a logical line, its
 * column and the bracket depth before it. Never throws: an unterminated string ends at the end of
 * its line (single quotes) or of the range.
 */
final class PythonTokenizer {

  static final int EOF = 0;
  static final int NAME = 1;
  static final int NUMBER = 2;
  static final int STRING = 3;
  static final int OP = 4;

  private final CharSequence s;
  private final int end;
  private int pos;
  private int lineStart;
  private int brackets;
  private boolean pendingLine = true;

  int kind;
  int from;
  int to;

  /** Whether this token is the first of a logical line. */
  boolean lineFirst;

  /** Column of the token's first char in its physical line (tabs count as one). */
  int column;

  /** Bracket nesting before this token. */
  int depth;

  PythonTokenizer(CharSequence s, int start, int end) {
    this.s = s;
    this.end = Math.min(end, s.length());
    this.pos = Math.max(0, start);
    int ls = pos;
    while (ls > 0 && s.charAt(ls - 1) != '\n' && s.charAt(ls - 1) != '\r') {
      ls--;
    }
    this.lineStart = ls;
  }

  boolean is(String text) {
    int n = to - from;
    if (n != text.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(from + i) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  boolean isChar(char c) {
    return to - from == 1 && s.charAt(from) == c;
  }

  String text() {
    return s.subSequence(from, to).toString();
  }

  int next() {
    while (pos < end) {
      char c = s.charAt(pos);
      if (c == '\n' || c == '\r') {
        pos++;
        lineStart = pos;
        if (brackets == 0) {
          pendingLine = true;
        }
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\f') {
        pos++;
        continue;
      }
      if (c == '#') {
        while (pos < end && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
          pos++;
        }
        continue;
      }
      if (c == '\\' && pos + 1 < end && (s.charAt(pos + 1) == '\n' || s.charAt(pos + 1) == '\r')) {
        pos += 2;
        if (pos < end && s.charAt(pos - 1) == '\r' && s.charAt(pos) == '\n') {
          pos++;
        }
        lineStart = pos;
        continue;
      }
      from = pos;
      column = pos - lineStart;
      depth = brackets;
      lineFirst = pendingLine;
      pendingLine = false;
      if (c == '"' || c == '\'') {
        pos = stringEnd(pos, false, false);
        return emit(STRING);
      }
      int prefix = stringPrefix(pos);
      if (prefix > 0) {
        boolean raw = false;
        boolean f = false;
        for (int i = pos; i < pos + prefix; i++) {
          char p = Character.toLowerCase(s.charAt(i));
          raw |= p == 'r';
          f |= p == 'f' || p == 't';
        }
        pos = stringEnd(pos + prefix, raw, f);
        return emit(STRING);
      }
      if (isNameStart(c)) {
        pos++;
        while (pos < end && isNamePart(s.charAt(pos))) {
          pos++;
        }
        return emit(NAME);
      }
      if (isDigit(c) || (c == '.' && pos + 1 < end && isDigit(s.charAt(pos + 1)))) {
        pos = numberEnd(pos);
        return emit(NUMBER);
      }
      if (c == '(' || c == '[' || c == '{') {
        brackets++;
      } else if (c == ')' || c == ']' || c == '}') {
        brackets = Math.max(0, brackets - 1);
      }
      pos += operatorLength(c);
      return emit(OP);
    }
    from = end;
    to = end;
    kind = EOF;
    lineFirst = true;
    column = 0;
    depth = brackets;
    return EOF;
  }

  private int emit(int k) {
    to = pos;
    kind = k;
    return k;
  }

  /**
   * The length of the operator at {@link #pos} starting with {@code c}: the longest of {@code **=
   * //= >>= <<= ... -> := ** // << >> <= >= == != += -= *= /= %= &= |= ^= @=}, else 1.
   */
  private int operatorLength(char c) {
    char d = pos + 1 < end ? s.charAt(pos + 1) : 0;
    char e = pos + 2 < end ? s.charAt(pos + 2) : 0;
    switch (c) {
      case '*', '/', '>', '<':
        if (d == c) {
          return e == '=' ? 3 : 2;
        }
        return d == '=' ? 2 : 1;
      case '.':
        return d == '.' && e == '.' ? 3 : 1;
      case '-':
        return d == '>' || d == '=' ? 2 : 1;
      case ':', '=', '!', '+', '%', '&', '|', '^', '@':
        return d == '=' ? 2 : 1;
      default:
        return 1;
    }
  }

  /**
   * Length of a string prefix (r, b, u, f, t and two-letter mixes) directly before a quote, or 0.
   */
  private int stringPrefix(int p) {
    for (int n = 1; n <= 2 && p + n < end; n++) {
      char c = Character.toLowerCase(s.charAt(p + n - 1));
      if (c != 'r' && c != 'b' && c != 'u' && c != 'f' && c != 't') {
        return 0;
      }
      char q = s.charAt(p + n);
      if (q == '"' || q == '\'') {
        return n;
      }
    }
    return 0;
  }

  /** End of the string whose opening quote is at {@code p}. */
  private int stringEnd(int p, boolean raw, boolean f) {
    char quote = s.charAt(p);
    boolean triple = p + 2 < end && s.charAt(p + 1) == quote && s.charAt(p + 2) == quote;
    p += triple ? 3 : 1;
    while (p < end) {
      char c = s.charAt(p);
      if (c == '\\') {
        p += 2;
        continue;
      }
      if (f && c == '{') {
        if (p + 1 < end && s.charAt(p + 1) == '{') {
          p += 2;
          continue;
        }
        p = replacementFieldEnd(p + 1, triple);
        continue;
      }
      if (c == quote) {
        if (!triple) {
          return p + 1;
        }
        if (p + 2 < end && s.charAt(p + 1) == quote && s.charAt(p + 2) == quote) {
          return p + 3;
        }
      } else if (!triple && (c == '\n' || c == '\r')) {
        return p;
      }
      p++;
    }
    return end;
  }

  /** End of an f-string replacement field whose text starts at {@code p} (after its brace). */
  private int replacementFieldEnd(int p, boolean triple) {
    int nested = 1;
    while (p < end) {
      char c = s.charAt(p);
      if (c == '"' || c == '\'') {
        p = stringEnd(p, false, false);
        continue;
      }
      if (!triple && (c == '\n' || c == '\r')) {
        return p;
      }
      if (c == '{' || c == '[' || c == '(') {
        nested++;
      } else if (c == '}' || c == ']' || c == ')') {
        nested--;
        if (nested == 0) {
          return p + 1;
        }
      }
      p++;
    }
    return end;
  }

  private int numberEnd(int p) {
    boolean hex =
        s.charAt(p) == '0' && p + 1 < end && (s.charAt(p + 1) == 'x' || s.charAt(p + 1) == 'X');
    p++;
    while (p < end) {
      char c = s.charAt(p);
      if (isDigit(c) || Character.isLetter(c) || c == '_' || c == '.') {
        p++;
      } else if ((c == '+' || c == '-')
          && !hex
          && (s.charAt(p - 1) == 'e' || s.charAt(p - 1) == 'E')) {
        p++;
      } else {
        break;
      }
    }
    return p;
  }

  /**
   * Outside literals and comments, a non-ASCII character can only be part of a name in Python; so
   * every char at or above 0x80 counts, which also keeps a name whole when the text is UTF-8 bytes
   * read one char per byte.
   */
  private static boolean isNameStart(char c) {
    return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
