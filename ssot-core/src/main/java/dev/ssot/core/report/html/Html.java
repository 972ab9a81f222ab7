package dev.ssot.core.report.html;

import dev.ssot.core.report.ReportText;

/**
 * Escaping for the HTML report: every string from the analysed code goes through {@link #escape}.
 */
final class Html {

  private Html() {}

  /**
   * Text safe in HTML element content and in a double- or single-quoted attribute value: {@code & <
   * > " '} as character references, line breaks as {@code &#10;} and {@code &#13;} (the same to a
   * browser, but never a new line in the file), the {@code [} of {@code ##[} as {@code &#91;},
   * other control and bidirectional formatting characters and lone surrogates spelled visibly
   * ({@link ReportText#visible}). Nothing in the result can close an element, open a tag, end an
   * attribute, reorder the text around it or start a workflow command when the file is printed.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
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
