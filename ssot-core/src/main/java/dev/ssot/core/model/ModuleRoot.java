package dev.ssot.core.model;

import java.util.Comparator;

/**
 * A source root a language front end chose from evidence rather than from the tree's layout: the
 * modules of the files in {@code directory} are named relative to {@code root}, because that is how
 * the code's own imports name them.
 *
 * @param language the language id
 * @param directory the directory whose files it names, relative to the analysed root ({@code ""}:
 *     the root itself)
 * @param root the chosen root, relative to the analysed root ({@code ""}: the root itself)
 * @param layoutRoot the root the layout alone would have given
 * @param files how many files of {@code directory} (and its packages) it names
 * @param reason why, in words: the imports that name them this way and the other
 */
public record ModuleRoot(
    String language, String directory, String root, String layoutRoot, int files, String reason) {

  /** By language, then directory: the order reports list them in. */
  public static final Comparator<ModuleRoot> ORDER =
      Comparator.comparing(ModuleRoot::language).thenComparing(ModuleRoot::directory);
}
