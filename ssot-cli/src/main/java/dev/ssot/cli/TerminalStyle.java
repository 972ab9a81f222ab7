package dev.ssot.cli;

import dev.ssot.core.report.text.TextStyle;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * The text report's colours on a terminal, as picocli's {@link Ansi} spells them: paths bold,
 * errors red, warnings yellow, infos cyan, rule ids magenta, the code frame's gutter blue, the
 * caret red, headings bold, secondary text faint. Each painted part ends with a reset, so nothing
 * bleeds into the next.
 */
final class TerminalStyle implements TextStyle {

  static final TerminalStyle INSTANCE = new TerminalStyle();

  private TerminalStyle() {}

  @Override
  public String paint(Role role, String text) {
    if (text.isEmpty()) {
      return text;
    }
    IStyle[] styles =
        switch (role) {
          case PATH, HEADING -> new IStyle[] {Style.bold};
          case ERROR, CARET -> new IStyle[] {Style.bold, Style.fg_red};
          case WARNING -> new IStyle[] {Style.bold, Style.fg_yellow};
          case INFO -> new IStyle[] {Style.bold, Style.fg_cyan};
          case RULE -> new IStyle[] {Style.fg_magenta};
          case GUTTER -> new IStyle[] {Style.fg_blue};
          case MUTED -> new IStyle[] {Style.faint};
        };
    return Style.on(styles) + text + Style.reset.on();
  }

  /**
   * Whether {@code --color auto} colours standard output: picocli's {@link Ansi#AUTO} (which
   * honours {@code NO_COLOR}, {@code CLICOLOR=0} and {@code CLICOLOR_FORCE}, and wants a console)
   * and, on a JDK that has a console even when redirected, standard output really being a terminal.
   */
  static boolean auto() {
    if (!Ansi.AUTO.enabled()) {
      return false;
    }
    String force = System.getenv("CLICOLOR_FORCE");
    if (force != null && !force.isEmpty() && !"0".equals(force)) {
      return true;
    }
    return ProgressLine.interactive() && !"dumb".equals(System.getenv("TERM"));
  }
}
