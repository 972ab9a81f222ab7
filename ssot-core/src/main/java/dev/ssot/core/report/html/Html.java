package dev.ssot.core.report.html;

import dev.ssot.core.report.ReportText;

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
   * > " '} as character references, line breaks as {@code &#10;} and {@code &#13;} (the same to a
   * browser, but never a new line in the file), the {@code [} of {@code ##[} as {@code &#91;},
   * other control and bidirectional formatting characters and lone surrogates spelled visibly
   * ({@link ReportText#visible}). Nothing in the result can close an element, open a tag, end an
   * attribute, reorder the text around it or start a workflow command when the file is printed.
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
        case '\t' -> escaped.append(c);
        case '\n' -> escaped.append("&#10;");
        case '\r' -> escaped.append("&#13;");
        default -> {
          if (c == '[' && i >= 2 && text.charAt(i - 1) == '#' && text.charAt(i - 2) == '#') {
            escaped.append("&#91;");
          } else if (ReportText.unsafe(c)) {
            escaped.append(ReportText.unicode(c));
          } else if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            escaped.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            escaped.append(ReportText.unicode(c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
