package dev.ssot.core.model;

import java.util.List;

/**
 * Everything ssot needs to know about one source file. A pure function of (path, bytes): parsers
 * produce it, nothing changes it afterwards.
 *
 * @param path the path relative to the analysed root, with {@code /} separators
 * @param language the language id of the parser that produced it ({@code java})
 * @param test whether the file belongs to test sources
 * @param packageName the declared package ({@code ""} for the default package); for a language with
 *     modules, the module's dotted name
 * @param lines number of lines in the file
 * @param imports imports in source order
 * @param types all declared types, nested ones included, in source order
 * @param references type references in code, in source order
 * @param suppressions {@code ssot:} suppressions written in the file
 * @param module module-level bindings, or {@code null} for languages without them
 */
public record FileFacts(
    String path,
    String language,
    boolean test,
    String packageName,
    int lines,
    List<ImportRef> imports,
    List<TypeDecl> types,
    List<TypeRef> references,
    List<Suppression> suppressions,
    ModuleFacts module) {

  /** Facts of a file without module-level bindings (Java). */
  public FileFacts(
      String path,
      String language,
      boolean test,
      String packageName,
      int lines,
      List<ImportRef> imports,
      List<TypeDecl> types,
      List<TypeRef> references,
      List<Suppression> suppressions) {
    this(path, language, test, packageName, lines, imports, types, references, suppressions, null);
  }

  public FileFacts {
    imports = List.copyOf(imports);
    types = List.copyOf(types);
    references = List.copyOf(references);
    suppressions = List.copyOf(suppressions);
  }
}
