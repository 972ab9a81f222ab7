package dev.ssot.core.config;

/**
 * An import prefix nobody may use ({@code imports.banned} in config).
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

  /** Whether a qualified name lies under this prefix (whole segments only). */
  public boolean matches(String qualifiedName) {
    return qualifiedName.equals(prefix) || qualifiedName.startsWith(prefix + ".");
  }
}
