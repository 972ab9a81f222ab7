package dev.ssot.core.config;

/**
 * An entry of the older top-level {@code imports.banned} list, checked where it is read and then
 * handed to the {@code banned-import} rule as {@code rules.banned-import.prefixes}.
 *
 * @param prefix a package or type prefix, e.g. {@code com.acme.ws.legacy}
 * @param reason shown in the finding
 */
public record BannedImport(String prefix, String reason) {

  public BannedImport {
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalArgumentException("a banned import needs a 'prefix'");
    }
    prefix = prefix.strip();
    if (prefix.endsWith(".*")) {
      prefix = prefix.substring(0, prefix.length() - 2);
    }
    reason = reason == null ? "" : reason.strip();
  }
}
