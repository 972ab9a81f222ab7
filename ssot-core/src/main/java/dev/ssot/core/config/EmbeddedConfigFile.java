package dev.ssot.core.config;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A project file of another tool that may hold ssot's config in a TOML table of its own: found
 * beside ssot's own config files when it has that table, and read like them, with errors naming the
 * line of the key inside it. A language front end supplies the files of its tools ({@code
 * Language.configFiles()}).
 *
 * @param fileName the file's name ({@code project.toml})
 * @param table the dotted path of the TOML table that holds ssot's settings ({@code tool.ssot})
 */
public record EmbeddedConfigFile(String fileName, String table) {

  public EmbeddedConfigFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(table, "table");
    if (table.isEmpty() || !table.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*")) {
      throw new IllegalArgumentException("not a dotted table name: " + table);
    }
  }

  /** The names along {@link #table()}: {@code [tool, ssot]}. */
  public List<String> tablePath() {
    return List.of(table.split("\\."));
  }

  /** The header that opens the table or a sub-table of it, as written: {@code [tool.ssot]}. */
  String header() {
    return "[" + table + "]";
  }

  /**
   * A line that opens the table, a sub-table or an array of tables below it, quotes and blanks
   * around the names allowed ({@code [ "tool" . ssot.rules ]}).
   */
  Pattern headerPattern() {
    StringBuilder names = new StringBuilder();
    for (String name : tablePath()) {
      if (names.length() > 0) {
        names.append("[ \\t]*\\.[ \\t]*");
      }
      names.append("[\"']?").append(Pattern.quote(name)).append("[\"']?");
    }
    return Pattern.compile("(?m)^[ \\t]*\\[\\[?[ \\t]*" + names + "[ \\t]*[\\].]");
  }
}
