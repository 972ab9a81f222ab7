package dev.ssot.lang.java;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The replacement a Javadoc {@code @deprecated} tag points to: the types of its {@code {@link}} and
 * {@code {@linkplain}} references that the note offers as the replacement ({@code Use {@link
 * Failable#run}} names {@code Failable}; {@code {@link X} instead}; a note that is only the link),
 * and the type after "use", "replaced by", "available as" and the like ({@code Use TreeBidiMap
 * instead}). A link the note only refers to ({@code see {@link Strings} for blank checks}) names no
 * replacement.
 */
final class Successors {
  private static final Pattern LINK =
      Pattern.compile("\\{@link(?:plain)?\\s+([A-Za-z_$][\\w$.]*)?(?:#[^}\\s]*)?[^}]*}");
  private static final Pattern PROSE =
      Pattern.compile(
          "\\b(?:[Uu]se|[Rr]eplaced (?:by|with)|[Ss]uperseded by|in favou?r of|available as"
              + "|[Rr]enamed to|[Mm]oved to)\\s+(?:the\\s+)?"
              + "((?:[a-z_][\\w$]*\\.)*[A-Z][\\w$]*)");

  /** The words before a link that offer it as the replacement. */
  private static final Pattern OFFERED =
      Pattern.compile(
          "(?i)(?:\\buse|replaced\\s+(?:by|with)|superseded\\s+by|in\\s+favou?r\\s+of|available"
              + "\\s+as|moved\\s+to|renamed\\s+to|served\\s+(?:now\\s+)?by|migrate\\s+to|switch\\s+to"
              + "|replacement\\s+is|instead\\s+(?:use|of\\s+this))\\b[^.;:]*$");

  /** How far before a link the words offering it are looked for. */
  private static final int CLAUSE = 80;

  private Successors() {}

  /**
   * Whether the link at {@code start..end} of the note is offered as the replacement: the note
   * starts with it, words such as "use" or "replaced by" come before it in its clause, or "instead"
   * follows it in its clause.
   */
  private static boolean offered(String text, int start, int end) {
    String before =
        text.substring(Math.max(0, start - CLAUSE), start)
            .replaceAll("\\s*\\n\\s*\\*?", " ")
            .replaceAll("\\{@link[^}]*}", "LINK");
    if (before.replaceAll("[\\s*]", "").isEmpty()) {
      return true;
    }
    if (OFFERED.matcher(before).find()) {
      return true;
    }
    String after = text.substring(end, Math.min(text.length(), end + CLAUSE));
    int stop = after.length();
    for (char c : new char[] {'.', ';', ':'}) {
      int at = after.indexOf(c);
      if (at >= 0) {
        stop = Math.min(stop, at);
      }
    }
    return after.substring(0, stop).matches("(?is).*\\binstead\\b.*");
  }

  /** The names the {@code @deprecated} tag of a Javadoc points to, in order; none without one. */
  static List<String> named(String javadoc) {
    if (javadoc == null) {
      return List.of();
    }
    int tag = javadoc.indexOf("@deprecated");
    if (tag < 0) {
      return List.of();
    }
    String text = javadoc.substring(tag + "@deprecated".length());
    Matcher next = Pattern.compile("(?m)^\\s*\\*?\\s*@(?!link|code)\\w+").matcher(text);
    if (next.find()) {
      text = text.substring(0, next.start()); // the tag ends where the next block tag starts
    }
    Set<String> names = new LinkedHashSet<>();
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      if (link.group(1) != null
          && !link.group(1).isEmpty()
          && offered(text, link.start(), link.end())) {
        names.add(link.group(1));
      }
    }
    Matcher prose = PROSE.matcher(text);
    while (prose.find()) {
      names.add(prose.group(1));
    }
    return List.copyOf(names);
  }
}
