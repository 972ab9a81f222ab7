package dev.ssot.core.model;

/**
 * An import as written in a source file. One statement that imports several names ({@code from m
 * import a, b}) gives one {@code ImportRef} per name.
 *
 * @param name the imported name without {@code .*} (Java: a type, a package, or for static imports
 *     a member or a type); for a {@code from m import x} import, the absolute module it imports
 *     from (relative imports resolved against the file's package), else the module imported
 * @param isStatic whether the import is {@code import static} (Java only)
 * @param onDemand whether the import ends in {@code .*} (Java) or is {@code from m import *}
 * @param line 1-based line of the import
 * @param column 1-based column of the import
 * @param fromImport whether it is a {@code from m import x} statement
 * @param member for a {@code from} import, the name imported from the module; otherwise {@code
 *     null}
 * @param alias the {@code as} name, or {@code null}
 * @param context where the import runs (Java imports are always {@link ImportContext#TOP_LEVEL})
 */
public record ImportRef(
    String name,
    boolean isStatic,
    boolean onDemand,
    int line,
    int column,
    boolean fromImport,
    String member,
    String alias,
    ImportContext context) {

  /** A Java import. */
  public ImportRef(String name, boolean isStatic, boolean onDemand, int line, int column) {
    this(name, isStatic, onDemand, line, column, false, null, null, ImportContext.TOP_LEVEL);
  }

  /** The import as it appears in source, without a trailing semicolon. */
  public String asWritten() {
    String as = alias == null ? "" : " as " + alias;
    if (fromImport) {
      return "from " + name + " import " + (onDemand ? "*" : member + as);
    }
    return "import " + (isStatic ? "static " : "") + name + (onDemand ? ".*" : "") + as;
  }

  /**
   * The dotted name the import reaches: {@code module.member} for a {@code from} import, the
   * imported name otherwise.
   */
  public String target() {
    return fromImport && member != null ? name + "." + member : name;
  }

  /** The local name the import binds, e.g. {@code a} for {@code import a.b}. */
  public String boundName() {
    if (alias != null) {
      return alias;
    }
    if (fromImport) {
      return member;
    }
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
