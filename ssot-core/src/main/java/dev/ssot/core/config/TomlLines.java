package dev.ssot.core.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of a key of an {@link EmbeddedConfigFile}'s table ({@code [tool.ssot]}). Jackson's TOML
 * reader returns a tree without positions, so errors find their line here: each table header
 * ({@code [tool.ssot.rules.import-cycle]}, {@code [[tool.ssot.concepts]]}, counted per array) and
 * each {@code key = value} line gets its full key path, and the line whose path is the error's key,
 * or else its longest written prefix, is the answer.
 */
final class TomlLines {

  private static final Pattern HEADER = Pattern.compile("^\\s*(\\[\\[?)\\s*([^\\]]+?)\\s*\\]\\]?");
  private static final Pattern KEY =
      Pattern.compile(
          "^\\s*((?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)(?:\\s*\\.\\s*(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+))*)\\s*=");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

  private TomlLines() {}

  /**
   * The line (1-based) of {@code key} ({@code concepts[0].canonicall}, relative to the table), or
   * of the nearest enclosing key written in the file; 0 if none.
   *
   * @param tableName the dotted name of the table that holds the keys ({@code tool.ssot})
   */
  static int lineOf(byte[] content, String tableName, String key) {
    String target = normalise(tableName + (key == null || key.isEmpty() ? "" : "." + key));
    String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
    String table = "";
    Map<String, Integer> arrayCounts = new HashMap<>();
    int best = 0;
    int bestLength = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String path = null;
      Matcher header = HEADER.matcher(line);
      Matcher assignment = KEY.matcher(line);
      if (header.find() && !line.strip().startsWith("#")) {
        String name = dotted(header.group(2));
        if (header.group(1).equals("[[")) {
          arrayCounts.merge(name, 1, Integer::sum);
        }
        table = indexed(name, arrayCounts);
        path = table;
      } else if (assignment.find()) {
        String written = dotted(assignment.group(1));
        path = table.isEmpty() ? written : table + "." + written;
      }
      if (path == null) {
        continue;
      }
      String normal = normalise(path);
      if (normal.equals(target)) {
        return i + 1;
      }
      if ((target.startsWith(normal + ".") || target.startsWith(normal + "["))
          && normal.length() > bestLength) {
        best = i + 1;
        bestLength = normal.length();
      }
    }
    return best;
  }

  /** A header name with the current index of every array of tables along it. */
  private static String indexed(String name, Map<String, Integer> arrayCounts) {
    String[] parts = name.split("\\.");
    StringBuilder out = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    for (String part : parts) {
      if (plain.length() > 0) {
        plain.append('.');
        out.append('.');
      }
      plain.append(part);
      out.append(part);
      Integer count = arrayCounts.get(plain.toString());
      if (count != null) {
        out.append('[').append(count - 1).append(']');
      }
    }
    return out.toString();
  }

  /** A TOML key with quotes removed and the dots between its parts without spaces. */
  private static String dotted(String key) {
    List<String> parts = new ArrayList<>();
    Matcher part = Pattern.compile("\"([^\"]*)\"|'([^']*)'|([^.\\s]+)").matcher(key);
    while (part.find()) {
      parts.add(
          part.group(1) != null
              ? part.group(1)
              : part.group(2) != null ? part.group(2) : part.group(3));
    }
    return String.join(".", parts);
  }

  private static String normalise(String path) {
    return INDEX.matcher(path).replaceAll("[$1]");
  }
}
