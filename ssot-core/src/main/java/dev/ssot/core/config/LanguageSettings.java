package dev.ssot.core.config;

import java.util.List;

/**
 * A language's section of the config ({@code <language-id>:}).
 *
 * @param roots directories, relative to the analysed root, where module names start (as on a module
 *     search path); empty to detect them
 */
public record LanguageSettings(List<String> roots) {

  /** No settings. */
  public static final LanguageSettings NONE = new LanguageSettings(List.of());

  public LanguageSettings {
    roots = roots == null ? List.of() : List.copyOf(roots);
  }
}
