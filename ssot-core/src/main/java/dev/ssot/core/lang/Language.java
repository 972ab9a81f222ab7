package dev.ssot.core.lang;

import dev.ssot.core.config.EmbeddedConfigFile;
import dev.ssot.core.config.LanguageSettings;
import dev.ssot.core.graph.LanguageTraits;
import dev.ssot.core.graph.Linker;
import dev.ssot.core.graph.LinkerFactory;
import dev.ssot.core.graph.TypeIndex;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ModuleRoot;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.DiscoveryRule;
import dev.ssot.core.parse.SourceParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A language front end: everything ssot knows about one language, behind one service. The core and
 * the rules know no language; each front end (its own module) provides one {@code Language} through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.ssot.core.lang.Language}).
 *
 * <p>The engine asks, in order: {@link #configFiles} (where the config may be), {@link
 * #discoveryRules} (what discovery leaves out), {@link #buildFiles} (the build files it reads),
 * {@link #prepare} (names files before parsing), {@link #parser} (per file, in parallel), {@link
 * #opaqueModules}, {@link #linker} (once per analysis), and the neutral code asks {@link #traits()}
 * its questions.
 */
public interface Language extends LinkerFactory {

  /** The language id, as in {@link FileFacts#language()} and in config ({@code java}). */
  @Override
  String id();

  /** The parser; thread-safe. */
  SourceParser parser();

  /** The answers to the questions neutral code asks about this language. */
  @Override
  LanguageTraits traits();

  /**
   * Names this language's files before parsing, e.g. module names from source roots. Files of other
   * languages come back unchanged. The default changes nothing.
   *
   * @param root the analysed root
   * @param configBase the directory {@code roots} in the settings are relative to
   * @param files every discovered file, sorted by path
   * @param settings this language's config section
   */
  default List<SourceFile> prepare(
      Path root, Path configBase, List<SourceFile> files, LanguageSettings settings) {
    return files;
  }

  /**
   * {@link #prepare}, plus the source roots chosen from evidence rather than layout, for the
   * report. The default: {@link #prepare}'s files and no such roots.
   */
  default Prepared prepareWithRoots(
      Path root, Path configBase, List<SourceFile> files, LanguageSettings settings) {
    return new Prepared(prepare(root, configBase, files, settings), List.of());
  }

  /**
   * Files named by {@link #prepareWithRoots}.
   *
   * @param files the files, in the order given
   * @param inferredRoots the roots chosen from evidence, sorted by {@link ModuleRoot#ORDER}
   */
  record Prepared(List<SourceFile> files, List<ModuleRoot> inferredRoots) {
    public Prepared {
      files = List.copyOf(files);
      inferredRoots = List.copyOf(inferredRoots);
    }
  }

  /**
   * Modules that exist although their facts are unknown (compiled extensions, stubs): names may
   * exist in them that no reader can list. The default: none.
   */
  default Set<String> opaqueModules(Path root, List<SourceFile> files) {
    return Set.of();
  }

  /**
   * The linker over this language's files of one analysis.
   *
   * @param files the facts of this language's files, sorted by path
   * @param index every declared type of the analysis, all languages
   * @param opaqueModules modules whose facts are unknown (see {@link #opaqueModules}) plus those of
   *     files that failed to parse
   */
  @Override
  Linker linker(List<FileFacts> files, TypeIndex index, Set<String> opaqueModules);

  /**
   * The directories this language's tools create that discovery leaves out and lists with a reason:
   * virtual environments, installed packages, build output beside a build file. They apply to the
   * whole tree, whatever the language of the files below them; the core adds its own ({@link
   * DiscoveryRule#CORE}). The default: none.
   */
  default List<DiscoveryRule> discoveryRules() {
    return List.of();
  }

  /**
   * The project files of this language's tools that may hold ssot's config in a table of their own
   * (a TOML file with a {@code [tool.ssot]} table), looked for after ssot's own config files. The
   * default: none.
   */
  default List<EmbeddedConfigFile> configFiles() {
    return List.of();
  }

  /**
   * The readers of this language's build files ({@code pom.xml}): which module of a multi-module
   * build each file belongs to, and which modules depend on which. Discovery finds the files by
   * name anywhere in the tree; they are read, not parsed as sources. The default: none.
   */
  default List<dev.ssot.core.parse.BuildFileReader> buildFiles() {
    return List.of();
  }

  /**
   * The rewriter that moves this language's imports to other paths ({@code ssot fix}). The default:
   * none, so findings in this language's files are never fixed.
   */
  default java.util.Optional<ImportRewriter> importRewriter() {
    return java.util.Optional.empty();
  }
}
