package dev.ssot.junit;

/**
 * ssot's rules as ArchUnit {@link com.tngtech.archunit.lang.ArchRule}s, to sit beside an existing
 * ArchUnit suite ({@code @ArchTest static final ArchRule ... = SsotArchRules.noImportCycles();}) or
 * to be wrapped in {@link com.tngtech.archunit.library.freeze.FreezingArchRule#freeze} so a legacy
 * project keeps the findings it has and fails on new ones. Each violation reads {@code path:
 * message [rule-id]} with no line numbers, so the freeze store survives code moving; it shrinks as
 * findings are fixed.
 *
 * <p>The rules analyse the project in the working directory (the module's directory under Maven),
 * or the one given with {@link SsotArchRule#in}; the classes ArchUnit passes to {@code check} are
 * not what ssot reads (it reads the sources).
 */
public final class SsotArchRules {

  private SsotArchRules() {}

  /** No concept defined by more than one type ({@code duplicate-type}). */
  public static SsotArchRule noDuplicateConcepts() {
    return rules("no concept should be defined more than once", "duplicate-type");
  }

  /** Every concept imported through its canonical path ({@code non-canonical-import}). */
  public static SsotArchRule noNonCanonicalImports() {
    return rules(
        "concepts should be imported through their canonical path", "non-canonical-import");
  }

  /** No packages or modules depending on each other in a cycle ({@code import-cycle}). */
  public static SsotArchRule noImportCycles() {
    return rules("packages should not depend on each other in a cycle", "import-cycle");
  }

  /**
   * Any of ssot's rules by id, e.g. {@code rules("no deprecated imports", "deprecated-import")}.
   */
  public static SsotArchRule rules(String description, String... ruleIds) {
    return new SsotArchRule(description, java.util.List.of(ruleIds), null, null);
  }
}
