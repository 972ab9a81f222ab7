package dev.ssot.lang.java;

import dev.ssot.core.similarity.SourceTokens;
import dev.ssot.core.similarity.TokenBag;
import dev.ssot.core.similarity.TypeRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the source of one Java type declaration into the tokens of its {@link TokenBag}.
 *
 * <p>Comments (line, block, javadoc) and whitespace are dropped; keywords, identifiers, operators,
 * separators, annotations and literals (with their text: strings, text blocks, chars, numbers) are
 * kept. The declared type's simple name, and so its constructors' names and every other use of it
 * inside the declaration, is replaced by {@link TokenBag.Builder#PLACEHOLDER}: a class renamed with
 * all else equal gets the same bag. A char scanner, no parser: odd input never throws, an
 * unterminated literal or comment just ends its token.
 */
public final class JavaBodyLexer {

  private JavaBodyLexer() {}

  /** The bag of the declaration at {@code src[start, end)}. */
  public static TokenBag bag(CharSequence src, int start, int end) {
    TokenBag.Builder builder = TokenBag.builder();
    lex(src, start, end, builder);
    return builder.build();
  }

  /**
   * Feeds the tokens of the declaration at {@code src[start, end)} into {@code out}, its declared
   * name (see {@link #declaredName}) excluded; {@code out} is not built, so callers may add more
   * excluded names before or tokens after.
   */
  public static void lex(CharSequence src, int start, int end, TokenBag.Builder out) {
    String name = declaredName(src, start, end);
    if (!name.isEmpty()) {
      out.withoutTokens(name);
    }
    JavaTokenizer t = new JavaTokenizer(src, start, end);
    while (t.next() != JavaTokenizer.EOF) {
      out.add(src, t.from, t.to);
    }
  }

  /**
   * Every token of {@code src}, lexed once: the bag of a declaration at {@code [start, end)} named
   * {@code name} is then {@code sourceTokens(src).bag(start, end, name, builder)}, equal to {@link
   * #bag(CharSequence, int, int)} of that range when {@code name} is its {@link #declaredName}.
   */
  public static SourceTokens sourceTokens(CharSequence src) {
    SourceTokens.Builder out = SourceTokens.builder();
    JavaTokenizer t = new JavaTokenizer(src, 0, src.length());
    while (t.next() != JavaTokenizer.EOF) {
      out.add(t.from, TokenBag.tokenHash(src, t.from, t.to));
    }
    return out.build();
  }

  /** The tokens of {@code src[start, end)} as text, in order, for inspection and tests. */
  public static List<String> tokens(CharSequence src, int start, int end) {
    List<String> tokens = new ArrayList<>();
    JavaTokenizer t = new JavaTokenizer(src, start, end);
    while (t.next() != JavaTokenizer.EOF) {
      tokens.add(t.text());
    }
    return tokens;
  }

  /**
   * The simple name of the type declared at {@code src[start, end)}: the identifier after the first
   * {@code class}, {@code interface}, {@code enum} or {@code record} (not after a {@code .}, outside
   * annotation arguments) before the body's {@code {}; {@code ""} if there is none.
   */
  public static String declaredName(CharSequence src, int start, int end) {
    JavaTokenizer t = new JavaTokenizer(src, start, end);
    int parens = 0;
    boolean afterDot = false;
    boolean expectName = false;
    while (t.next() != JavaTokenizer.EOF) {
      if (expectName) {
        return t.kind == JavaTokenizer.IDENT ? t.text() : "";
      }
      if (t.isChar('(')) {
        parens++;
      } else if (t.isChar(')')) {
        parens = Math.max(0, parens - 1);
      } else if (parens == 0) {
        if (t.isChar('{')) {
          return "";
        }
        if (!afterDot && t.kind == JavaTokenizer.IDENT && isTypeKeyword(t)) {
          expectName = true;
        }
      }
      afterDot = t.isChar('.');
    }
    return "";
  }

  /**
   * The top-level type declarations of a compilation unit, found by a brace scan: each runs from
   * the first token after the preceding {@code ;} or {@code }} at the top level (so its annotations
   * and modifiers are included, comments before them are not) to its closing brace.
   */
  public static List<TypeRange> topLevelTypes(CharSequence src) {
    List<TypeRange> types = new ArrayList<>();
    JavaTokenizer t = new JavaTokenizer(src, 0, src.length());
    int depth = 0;
    int parens = 0;
    int declStart = -1;
    String name = null;
    boolean expectName = false;
    boolean inBody = false;
    boolean afterDot = false;
    while (t.next() != JavaTokenizer.EOF) {
      boolean dot = t.isChar('.');
      if (depth == 0) {
        if (declStart < 0) {
          declStart = t.from;
        }
        if (expectName) {
          name = t.kind == JavaTokenizer.IDENT ? t.text() : "";
          expectName = false;
        } else if (t.isChar('(')) {
          parens++;
        } else if (t.isChar(')')) {
          parens = Math.max(0, parens - 1);
        } else if (t.isChar(';') && parens == 0) {
          declStart = -1;
          name = null;
        } else if (t.isChar('{')) {
          depth++;
          inBody = parens == 0 && name != null;
        } else if (t.isChar('}')) {
          declStart = -1;
        } else if (parens == 0
            && name == null
            && !afterDot
            && t.kind == JavaTokenizer.IDENT
            && isTypeKeyword(t)) {
          expectName = true;
        }
      } else if (t.isChar('{')) {
        depth++;
      } else if (t.isChar('}')) {
        depth--;
        if (depth == 0) {
          if (inBody) {
            types.add(new TypeRange(name, declStart, t.to));
            declStart = -1;
            name = null;
            inBody = false;
            parens = 0;
          }
        }
      }
      afterDot = dot;
    }
    return types;
  }

  private static boolean isTypeKeyword(JavaTokenizer t) {
    return t.is("class") || t.is("interface") || t.is("enum") || t.is("record");
  }
}
