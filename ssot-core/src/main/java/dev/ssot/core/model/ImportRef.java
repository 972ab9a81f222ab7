package dev.ssot.core.model;

/**
 * An import as written in a source file.
 *
 * @param name the imported name without {@code .*} (a type, a package, or for static imports a
 *     member or a type)
 * @param isStatic whether the import is {@code import static}
 * @param onDemand whether the import ends in {@code .*}
 * @param line 1-based line of the import
 * @param column 1-based column of the import
 */
public record ImportRef(String name, boolean isStatic, boolean onDemand, int line, int column) {

  /** The import as it appears in source, without the trailing semicolon. */
  public String asWritten() {
    return "import " + (isStatic ? "static " : "") + name + (onDemand ? ".*" : "");
  }
}
