package dev.ssot.core.model;

import java.util.List;

/**
 * What a module with module-level bindings makes available besides its classes and imports.
 *
 * @param isPackage whether the file is a package's own module (its initialiser)
 * @param exports the names in a literal {@code __all__}, or {@code null} when there is none (or it
 *     is not a literal list or tuple of strings)
 * @param deprecation why the module is deprecated (a module-level {@code warnings.warn(...,
 *     DeprecationWarning)} or a docstring starting with "DEPRECATED"), or {@code null}
 * @param dynamicAttributes whether the module defines {@code __getattr__} (any name may exist)
 * @param aliases module-level {@code X = Y} bindings, in source order
 * @param functions module-level functions, in source order
 * @param mocks {@code NAME = Mock(spec=Type)}-style test doubles, in source order
 * @param summary the first line of the module docstring, or {@code null}
 * @param names the other names bound at module level (assignment, {@code for} and {@code with}
 *     targets, {@code type} statements), sorted
 * @param loadSteps what the module does when it is loaded, in the order it runs (empty when
 *     unknown)
 */
public record ModuleFacts(
    boolean isPackage,
    List<String> exports,
    String deprecation,
    boolean dynamicAttributes,
    List<AliasDecl> aliases,
    List<MethodDecl> functions,
    List<MockDecl> mocks,
    String summary,
    List<String> names,
    List<LoadStep> loadSteps) {

  /** Module facts without load steps. */
  public ModuleFacts(
      boolean isPackage,
      List<String> exports,
      String deprecation,
      boolean dynamicAttributes,
      List<AliasDecl> aliases,
      List<MethodDecl> functions,
      List<MockDecl> mocks,
      String summary,
      List<String> names) {
    this(
        isPackage,
        exports,
        deprecation,
        dynamicAttributes,
        aliases,
        functions,
        mocks,
        summary,
        names,
        List.of());
  }

  public ModuleFacts {
    exports = exports == null ? null : List.copyOf(exports);
    aliases = List.copyOf(aliases);
    functions = List.copyOf(functions);
    mocks = List.copyOf(mocks);
    names = List.copyOf(names);
    loadSteps = List.copyOf(loadSteps);
  }

  /** These facts with the given load steps. */
  public ModuleFacts withLoadSteps(List<LoadStep> steps) {
    return new ModuleFacts(
        isPackage,
        exports,
        deprecation,
        dynamicAttributes,
        aliases,
        functions,
        mocks,
        summary,
        names,
        steps);
  }

  public boolean deprecated() {
    return deprecation != null;
  }

  /**
   * Whether the docstring says the module is a leftover that points elsewhere: a shim, legacy,
   * deprecated or backward-compatibility module, or one that says where to import from instead. A
   * "compatibility namespace" that is a library's public face says none of that.
   */
  public boolean shimIntent() {
    if (summary == null) {
      return false;
    }
    String text = summary.toLowerCase(java.util.Locale.ROOT);
    return text.contains("shim")
        || text.contains("legacy")
        || text.contains("deprecated")
        || text.contains("backward")
        || text.contains("moved to")
        || text.contains("import from")
        || text.contains("instead");
  }
}
