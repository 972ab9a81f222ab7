package dev.ssot.rules.imports;

import java.util.List;

/**
 * Options of {@code banned-import}, bound from {@code rules.banned-import} (the older top-level
 * {@code imports.banned} list is read into {@code prefixes}).
 *
 * @param prefixes the banned prefixes; none by default, so the rule reports nothing until some are
 *     configured
 */
public record BannedImportOptions(List<Prefix> prefixes) {

  public BannedImportOptions {
    prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
  }

  /**
   * One banned prefix.
   *
   * @param prefix a package, module or type prefix, e.g. {@code com.acme.ws.legacy}; a trailing
   *     {@code .*} is dropped
   * @param reason shown in the finding, e.g. what to use instead; may be empty
   */
  public record Prefix(String prefix, String reason) {

    public Prefix {
      if (prefix == null || prefix.isBlank()) {
        throw new IllegalArgumentException("a banned import needs a 'prefix'");
      }
      prefix = prefix.strip();
      if (prefix.endsWith(".*")) {
        prefix = prefix.substring(0, prefix.length() - 2);
      }
      reason = reason == null ? "" : reason.strip();
    }

    /** Whether a qualified name lies under this prefix (whole segments only). */
    public boolean matches(String qualifiedName) {
      return qualifiedName.equals(prefix) || qualifiedName.startsWith(prefix + ".");
    }
  }
}
