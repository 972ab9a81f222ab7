package dev.ssot.lang.java;

/**
 * A char scanner over Java source: skips whitespace and comments and yields identifiers (keywords
 * included), literals (strings, text blocks, chars, numbers, with their text) and operators or
 * separators. Never throws: an unterminated literal or comment ends at the end of the line or of
 * the range.
 */
final class JavaTokenizer {

  static final int EOF = 0;
  static final int IDENT = 1;
  static final int LITERAL = 2;
  static final int OP = 3;

  private static final String[] OPERATORS = {
    ">>>=", "<<=", ">>=", "...", "->", "::", "++", "--", "&&", "||", "==", "!=", "<=", ">=", "+=",
    "-=", "*=", "/=", "&=", "|=", "^=", "%=", "<<"
  };

  private final CharSequence s;
  private final int end;
  private int pos;

  int kind;
  int from;
  int to;

  JavaTokenizer(CharSequence s, int start, int end) {
    this.s = s;
    this.end = Math.min(end, s.length());
    this.pos = Math.max(0, start);
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

  /** Advances to the next token and returns its kind ({@link #EOF} at the end). */
  int next() {
    while (pos < end) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pos++;
        continue;
      }
      if (c == '/' && pos + 1 < end) {
        char d = s.charAt(pos + 1);
        if (d == '/') {
          pos += 2;
          while (pos < end && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
            pos++;
          }
          continue;
        }
        if (d == '*') {
          pos += 2;
          while (pos < end
              && !(s.charAt(pos) == '*' && pos + 1 < end && s.charAt(pos + 1) == '/')) {
            pos++;
          }
          pos = Math.min(end, pos + 2);
          continue;
        }
      }
      from = pos;
      if (c == '"') {
        if (pos + 2 < end && s.charAt(pos + 1) == '"' && s.charAt(pos + 2) == '"') {
          pos = textBlockEnd(pos + 3);
        } else {
          pos = quotedEnd(pos + 1, '"');
        }
        return emit(LITERAL);
      }
      if (c == '\'') {
        pos = quotedEnd(pos + 1, '\'');
        return emit(LITERAL);
      }
      if (Character.isJavaIdentifierStart(c)) {
        pos++;
        while (pos < end && Character.isJavaIdentifierPart(s.charAt(pos))) {
          pos++;
        }
        return emit(IDENT);
      }
      if (isDigit(c) || (c == '.' && pos + 1 < end && isDigit(s.charAt(pos + 1)))) {
        pos = numberEnd(pos);
        return emit(LITERAL);
      }
      for (String op : OPERATORS) {
        if (startsWith(op)) {
          pos += op.length();
          return emit(OP);
        }
      }
      pos++;
      return emit(OP);
    }
    from = end;
    to = end;
    kind = EOF;
    return EOF;
  }

  private int emit(int k) {
    to = pos;
    kind = k;
    return k;
  }

  private boolean startsWith(String op) {
    int n = op.length();
    if (pos + n > end) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(pos + i) != op.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int quotedEnd(int p, char quote) {
    while (p < end) {
      char c = s.charAt(p);
      if (c == '\\') {
        p += 2;
        continue;
      }
      if (c == quote) {
        return p + 1;
      }
      if (c == '\n' || c == '\r') {
        return p;
      }
      p++;
    }
    return end;
  }

  private int textBlockEnd(int p) {
    while (p < end) {
      char c = s.charAt(p);
      if (c == '\\') {
        p += 2;
        continue;
      }
      if (c == '"' && p + 2 < end && s.charAt(p + 1) == '"' && s.charAt(p + 2) == '"') {
        return p + 3;
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
      } else if ((c == '+' || c == '-') && isExponent(s.charAt(p - 1), hex)) {
        p++;
      } else {
        break;
      }
    }
    return Math.min(p, end);
  }

  private static boolean isExponent(char c, boolean hex) {
    return hex ? c == 'p' || c == 'P' : c == 'e' || c == 'E';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
