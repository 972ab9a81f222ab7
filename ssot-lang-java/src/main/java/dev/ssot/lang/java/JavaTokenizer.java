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

  private final CharSequence s;

  /** {@link #s} if it is a String, whose searches are intrinsics: comments are skipped by them. */
  private final String string;

  /** Whether the text holds a carriage return, which may end a line comment on its own. */
  private final boolean carriageReturns;

  private final int end;
  private int pos;

  int kind;
  int from;
  int to;

  JavaTokenizer(CharSequence s, int start, int end) {
    this.s = s;
    this.end = Math.min(end, s.length());
    this.pos = Math.max(0, start);
    this.string = s instanceof String text ? text : null;
    this.carriageReturns = string == null || string.indexOf('\r') >= 0;
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
          pos = lineCommentEnd(pos + 2);
          continue;
        }
        if (d == '*') {
          pos = blockCommentEnd(pos + 2);
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
      if (isIdentifierStart(c)) {
        pos++;
        while (pos < end && isIdentifierPart(s.charAt(pos))) {
          pos++;
        }
        return emit(IDENT);
      }
      if (isDigit(c) || (c == '.' && pos + 1 < end && isDigit(s.charAt(pos + 1)))) {
        pos = numberEnd(pos);
        return emit(LITERAL);
      }
      pos += operatorLength(c);
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

  /**
   * The length of the operator or separator at {@link #pos} starting with {@code c}: the longest of
   * {@code >>>= <<= >>= ... -> :: ++ -- && || == != <= >= += -= *= /= &= |= ^= %= <<}, else 1
   * ({@code >>} and {@code >>>} are two and three tokens, as they close type arguments too).
   */
  private int operatorLength(char c) {
    char d = pos + 1 < end ? s.charAt(pos + 1) : 0;
    char e = pos + 2 < end ? s.charAt(pos + 2) : 0;
    switch (c) {
      case '>':
        if (d == '>' && e == '>' && pos + 3 < end && s.charAt(pos + 3) == '=') {
          return 4;
        }
        return d == '>' && e == '=' ? 3 : d == '=' ? 2 : 1;
      case '<':
        return d == '<' && e == '=' ? 3 : d == '=' || d == '<' ? 2 : 1;
      case '.':
        return d == '.' && e == '.' ? 3 : 1;
      case '-':
        return d == '>' || d == '-' || d == '=' ? 2 : 1;
      case ':':
        return d == ':' ? 2 : 1;
      case '+':
        return d == '+' || d == '=' ? 2 : 1;
      case '&':
        return d == '&' || d == '=' ? 2 : 1;
      case '|':
        return d == '|' || d == '=' ? 2 : 1;
      case '=', '!', '*', '/', '^', '%':
        return d == '=' ? 2 : 1;
      default:
        return 1;
    }
  }

  /** Where a line comment whose text starts at {@code p} ends: at its line break, not past it. */
  private int lineCommentEnd(int p) {
    if (string != null) {
      int newline = string.indexOf('\n', p);
      int stop = newline < 0 || newline > end ? end : newline;
      if (carriageReturns) {
        int cr = string.indexOf('\r', p);
        if (cr >= 0 && cr < stop) {
          stop = cr;
        }
      }
      return stop;
    }
    while (p < end && s.charAt(p) != '\n' && s.charAt(p) != '\r') {
      p++;
    }
    return p;
  }

  /** Where a block comment whose text starts at {@code p} ends: past its {@code *}{@code /}. */
  private int blockCommentEnd(int p) {
    if (string != null) {
      int close = string.indexOf("*/", p);
      return close < 0 || close + 2 > end ? end : close + 2;
    }
    while (p < end && !(s.charAt(p) == '*' && p + 1 < end && s.charAt(p + 1) == '/')) {
      p++;
    }
    return Math.min(end, p + 2);
  }

  private static boolean isIdentifierStart(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }
    return Character.isJavaIdentifierStart(c);
  }

  private static boolean isIdentifierPart(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '$'
          || (c <= 8 || (c >= 0x0e && c <= 0x1b) || c == 0x7f);
    }
    return Character.isJavaIdentifierPart(c);
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
