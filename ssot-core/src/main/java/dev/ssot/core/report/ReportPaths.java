package dev.ssot.core.report;

import java.nio.charset.StandardCharsets;

/** How report writers spell root-relative paths as links. */
public final class ReportPaths {

  private ReportPaths() {}

  /**
   * A relative URI reference for a root-relative path: unreserved characters and {@code /} as they
   * are, everything else percent-encoded as UTF-8 (a space, {@code %}, {@code #}, a colon that
   * would read as a scheme, non-ASCII names).
   */
  public static String uri(String path) {
    StringBuilder uri = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || c == '/'
          || c == '$'
          || c == '+'
          || c == '@') {
        uri.append((char) c);
      } else {
        uri.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return uri.toString();
  }
}
