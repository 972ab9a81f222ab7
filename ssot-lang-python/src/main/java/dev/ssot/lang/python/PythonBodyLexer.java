package dev.ssot.lang.python;

import dev.ssot.core.similarity.SourceTokens;
import dev.ssot.core.similarity.TokenBag;
import dev.ssot.core.similarity.TypeRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the source of one Python class (or function) definition into the tokens of its {@link
 * TokenBag}.
 *
 * <p>Comments, whitespace, line breaks and indentation are dropped, so re-indenting a class changes
 * nothing. Docstrings (a string literal, or several adjacent ones, forming the first statement of a
 * class or def body) are dropped. Other string literals, with any prefix and single or triple
 * quotes, are one token each with their text; an f-string, replacement fields included, is one
 * token. Names ({@code self} and {@code cls} included), keywords, numbers and operators are kept.
 * The declared name, and every use of it inside the definition, is replaced by {@link
 * TokenBag.Builder#PLACEHOLDER}. A char scanner, no parser: odd input never throws.
 */
public final class PythonBodyLexer {

  private PythonBodyLexer() {}

  /** The bag of the definition at {@code src[start, end)}. */
  public static TokenBag bag(CharSequence src, int start, int end) {
    TokenBag.Builder builder = TokenBag.builder();
    lex(src, start, end, builder);
    return builder.build();
  }

  /**
   * Feeds the tokens of the definition at {@code src[start, end)} into {@code out}, its declared
   * name excluded; {@code out} is not built.
   */
  public static void lex(CharSequence src, int start, int end, TokenBag.Builder out) {
    Tokens tokens = scan(src, start, end);
    if (!tokens.name.isEmpty()) {
      out.withoutTokens(tokens.name);
    }
    for (int k = 0; k < tokens.count; k++) {
      if (!tokens.dropped[k]) {
        out.add(src, tokens.from[k], tokens.to[k]);
      }
    }
  }

  /**
   * Every kept token of a module's text {@code src}, lexed once (docstrings of classes and
   * functions dropped): the bag of a class at {@code [start, end)} (from its first decorator or
   * {@code class} keyword to the end of its body) named {@code name} is then {@code
   * sourceTokens(src).bag(start, end, name, builder)}, equal to {@link #bag(CharSequence, int,
   * int)} of that range when {@code name} is its {@link #declaredName}.
   *
   * <p>{@code src} may be the module's UTF-8 bytes seen one char per byte, so that offsets are byte
   * offsets: outside string literals and comments only names hold non-ASCII characters, and every
   * char at or above 0x80 counts as part of a name.
   */
  public static SourceTokens sourceTokens(CharSequence src) {
    Tokens tokens = scan(src, 0, src.length());
    SourceTokens.Builder out = SourceTokens.builder();
    for (int k = 0; k < tokens.count; k++) {
      if (!tokens.dropped[k]) {
        out.add(tokens.from[k], TokenBag.tokenHash(src, tokens.from[k], tokens.to[k]));
      }
    }
    return out.build();
  }

  /** The kept tokens of {@code src[start, end)} as text, in order, for inspection and tests. */
  public static List<String> tokens(CharSequence src, int start, int end) {
    Tokens tokens = scan(src, start, end);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < tokens.count; k++) {
      if (!tokens.dropped[k]) {
        out.add(src.subSequence(tokens.from[k], tokens.to[k]).toString());
      }
    }
    return out;
  }

  /**
   * The name after the first {@code class} or {@code def} outside brackets in {@code src[start,
   * end)}, or {@code ""}.
   */
  public static String declaredName(CharSequence src, int start, int end) {
    PythonTokenizer t = new PythonTokenizer(src, start, end);
    boolean expectName = false;
    while (t.next() != PythonTokenizer.EOF) {
      if (expectName) {
        return t.kind == PythonTokenizer.NAME ? t.text() : "";
      }
      if (t.kind == PythonTokenizer.NAME && t.depth == 0 && (t.is("class") || t.is("def"))) {
        expectName = true;
      }
    }
    return "";
  }

  /**
   * The top-level class definitions of a module: each runs from its first decorator (or the {@code
   * class} keyword) to the last token of its body, the next statement at column 0 ending it.
   */
  public static List<TypeRange> topLevelTypes(CharSequence src) {
    List<TypeRange> types = new ArrayList<>();
    PythonTokenizer t = new PythonTokenizer(src, 0, src.length());
    int decoratorStart = -1;
    int classStart = -1;
    String name = null;
    boolean expectName = false;
    int lastEnd = 0;
    while (t.next() != PythonTokenizer.EOF) {
      if (expectName) {
        name = t.kind == PythonTokenizer.NAME ? t.text() : "";
        expectName = false;
      }
      if (t.lineFirst && t.column == 0) {
        if (classStart >= 0) {
          types.add(new TypeRange(name, classStart, lastEnd));
          classStart = -1;
        }
        if (t.isChar('@')) {
          if (decoratorStart < 0) {
            decoratorStart = t.from;
          }
        } else if (t.kind == PythonTokenizer.NAME && t.is("class")) {
          classStart = decoratorStart >= 0 ? decoratorStart : t.from;
          decoratorStart = -1;
          expectName = true;
        } else {
          decoratorStart = -1;
        }
      }
      lastEnd = t.to;
    }
    if (classStart >= 0) {
      types.add(new TypeRange(name == null ? "" : name, classStart, lastEnd));
    }
    return types;
  }

  private static final class Tokens {
    int count;
    int[] from = new int[128];
    int[] to = new int[128];
    int[] kind = new int[128];
    boolean[] lineFirst = new boolean[128];
    boolean[] dropped = new boolean[128];
    String name = "";

    void add(PythonTokenizer t) {
      if (count == from.length) {
        int n = count * 2;
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        kind = Arrays.copyOf(kind, n);
        lineFirst = Arrays.copyOf(lineFirst, n);
        dropped = Arrays.copyOf(dropped, n);
      }
      from[count] = t.from;
      to[count] = t.to;
      kind[count] = t.kind;
      lineFirst[count] = t.lineFirst;
      count++;
    }
  }

  private static Tokens scan(CharSequence src, int start, int end) {
    Tokens tokens = new Tokens();
    PythonTokenizer t = new PythonTokenizer(src, start, end);
    boolean header = false; // between a def/class keyword and the colon ending its header
    boolean bodyStart = false; // the previous token was such a colon
    boolean expectName = false;
    boolean keywordSeen = false;
    while (t.next() != PythonTokenizer.EOF) {
      int k = tokens.count;
      tokens.add(t);
      if (expectName) {
        if (t.kind == PythonTokenizer.NAME) {
          tokens.name = t.text();
        }
        expectName = false;
      }
      boolean colon = false;
      if (t.depth == 0) {
        if (t.kind == PythonTokenizer.NAME && (t.is("class") || t.is("def"))) {
          header = true;
          if (!keywordSeen) {
            keywordSeen = true;
            expectName = true;
          }
        } else if (header && t.isChar(':')) {
          header = false;
          colon = true;
        }
      }
      if (bodyStart && t.kind == PythonTokenizer.STRING) {
        tokens.dropped[k] = true; // provisionally a docstring; undone below if it is not
      }
      bodyStart = colon;
    }
    markDocstrings(tokens);
    return tokens;
  }

  /**
   * A provisional docstring at k is one if it, with the strings directly after it on the same
   * logical line, is the whole statement: the next token starts a line or there is none.
   */
  private static void markDocstrings(Tokens tokens) {
    for (int k = 0; k < tokens.count; k++) {
      if (!tokens.dropped[k]) {
        continue;
      }
      int m = k + 1;
      while (m < tokens.count && tokens.kind[m] == PythonTokenizer.STRING && !tokens.lineFirst[m]) {
        m++;
      }
      boolean statement = m == tokens.count || tokens.lineFirst[m];
      for (int i = k; i < m; i++) {
        tokens.dropped[i] = statement;
      }
      k = m - 1;
    }
  }
}
