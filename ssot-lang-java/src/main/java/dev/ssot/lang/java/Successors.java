package dev.ssot.lang.java;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The replacement a Javadoc {@code @deprecated} tag points to: the types of its {@code {@link}} and
 * {@code {@linkplain}} references ({@code {@link Failable#run}} names {@code Failable}) and the
 * type after "use" or "replaced by" ({@code Use TreeBidiMap instead}).
 */
final class Successors {
  private static final Pattern LINK =
      Pattern.compile("\\{@link(?:plain)?\\s+([A-Za-z_$][\\w$.]*)?(?:#[^}\\s]*)?[^}]*}");
  private static final Pattern PROSE =
      Pattern.compile(
          "\\b(?:[Uu]se|[Rr]eplaced by|[Ss]uperseded by|in favou?r of)\\s+(?:the\\s+)?"
              + "((?:[a-z_][\\w$]*\\.)*[A-Z][\\w$]*)");

  private Successors() {}

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
      if (link.group(1) != null && !link.group(1).isEmpty()) {
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
