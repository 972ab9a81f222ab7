package dev.ssot.lang.python;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The replacement a deprecation note points to (a docstring that says the class is deprecated, or
 * the {@code DeprecationWarning} its constructor raises): Sphinx references ({@code
 * :class:`~pkg.NewThing`}), names in backticks, and the dotted name after "use", "replaced by" or
 * "in favour of" ({@code Use packaging.version instead}).
 */
final class PythonSuccessors {
  private static final Pattern ROLE = Pattern.compile(":(?:class|obj|func|mod):`~?([\\w.]+)`");
  private static final Pattern QUOTED = Pattern.compile("``?~?([A-Za-z_][\\w.]*)(?:\\(\\))?``?");
  private static final Pattern PROSE =
      Pattern.compile(
          "\\b(?:[Uu]se|[Rr]eplaced by|[Ss]uperseded by|in favou?r of)\\s+(?:the\\s+)?"
              + "([A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)*)");

  private PythonSuccessors() {}

  /** The names a deprecation note points to, in order; none for a null note. */
  static List<String> named(String note) {
    if (note == null) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (Pattern pattern : List.of(ROLE, QUOTED, PROSE)) {
      Matcher matcher = pattern.matcher(note);
      while (matcher.find()) {
        String name = matcher.group(1);
        if (pattern != PROSE || name.contains(".") || Character.isUpperCase(name.charAt(0))) {
          names.add(name); // prose: a dotted path or a class name, not "use it"
        }
      }
    }
    return List.copyOf(names);
  }
}
