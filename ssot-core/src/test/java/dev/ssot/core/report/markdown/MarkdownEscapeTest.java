package dev.ssot.core.report.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Markdown escaping: HTML's character references, Markdown's punctuation, no line breaks (shown as
 * an escaped {@code \\n}).
 */
class MarkdownEscapeTest {

  @Test
  void escapesMarkupAndPunctuationButNotApostrophes() {
    assertEquals(
        "&lt;img src=x&gt; &amp; &quot;it's&quot; \\*a\\_b\\* \\[x\\](y) \\| \\`c\\` \\~ \\\\ one\\\\ntwo",
        MarkdownReportWriter.escape("<img src=x> & \"it's\" *a_b* [x](y) | `c` ~ \\ one\ntwo"));
  }
}
