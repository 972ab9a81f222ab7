package dev.ssot.core.report.html;

/**
 * HTML escaping, for every report that can hold markup: every string from the analysed code goes
 * through {@link #escape} in the HTML report, and the Markdown report takes its character
 * references from {@link #reference}.
 */
public final class Html {

  private Html() {}

  /**
   * The character reference for {@code c} where HTML text or a double-quoted attribute value needs
   * one: {@code &amp; &lt; &gt; &quot;} for {@code & < > "}; null for every other character.
   */
  public static String reference(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      default -> null;
    };
  }

  /**
   * Text safe in HTML element content and in a double- or single-quoted attribute value: {@code & <
   * > " '} as character references, control characters other than tab and line breaks, and lone
   * surrogates, as U+FFFD. Nothing in the result can close an element, open a tag or end an
   * attribute.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String reference = reference(c);
      if (reference != null) {
        escaped.append(reference);
        continue;
      }
      switch (c) {
        case '\'' -> escaped.append("&#39;");
        case '\t', '\n', '\r' -> escaped.append(c);
        default -> {
          if (c < 0x20 || c == 0x7f) {
            escaped.append('\uFFFD');
          } else if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            escaped.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            escaped.append('\uFFFD');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
