package dev.ssot.core.report.text;

/**
 * How the text report marks up its parts, e.g. with a terminal's colours. The report decides what
 * each part is; a style decides how it looks. {@link #PLAIN} leaves text as it is.
 */
@FunctionalInterface
public interface TextStyle {

  /** What a piece of the text report is. */
  enum Role {
    /** A file path. */
    PATH,
    /** The severity {@code error}. */
    ERROR,
    /** The severity {@code warning}. */
    WARNING,
    /** The severity {@code info}. */
    INFO,
    /** A rule id. */
    RULE,
    /** The line-number gutter of a code frame. */
    GUTTER,
    /** The caret under the reported column. */
    CARET,
    /** A section heading. */
    HEADING,
    /** Secondary text: omitted counts, hints. */
    MUTED
  }

  /** No markup at all. */
  TextStyle PLAIN = (role, text) -> text;

  /**
   * {@code text} marked up as {@code role}. The text holds no control characters; a style adds only
   * markup that does not change the visible text.
   */
  String paint(Role role, String text);
}
