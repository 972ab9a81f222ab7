package dev.ssot.lang.python;

import dev.ssot.core.config.EmbeddedConfigFile;
import dev.ssot.core.config.LanguageSettings;
import dev.ssot.core.graph.LanguageTraits;
import dev.ssot.core.graph.Linker;
import dev.ssot.core.graph.TypeIndex;
import dev.ssot.core.lang.Language;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.DiscoveryRule;
import dev.ssot.core.parse.SourceParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The Python front end: module names from the source roots, tree-sitter-python to facts, Python's
 * import semantics to link them; environments and build output left out of discovery, and {@code
 * pyproject.toml} as a config file ({@link PythonProjectFiles}).
 */
public final class PythonLanguage implements Language {

  private final PythonSourceParser parser = new PythonSourceParser();

  @Override
  public String id() {
    return "python";
  }

  @Override
  public SourceParser parser() {
    return parser;
  }

  @Override
  public LanguageTraits traits() {
    return PythonTraits.INSTANCE;
  }

  @Override
  public List<DiscoveryRule> discoveryRules() {
    return PythonProjectFiles.DISCOVERY_RULES;
  }

  @Override
  public List<EmbeddedConfigFile> configFiles() {
    return List.of(PythonProjectFiles.PYPROJECT);
  }

  @Override
  public List<SourceFile> prepare(
      Path root, Path configBase, List<SourceFile> files, LanguageSettings settings) {
    return prepareWithRoots(root, configBase, files, settings).files();
  }

  @Override
  public Prepared prepareWithRoots(
      Path root, Path configBase, List<SourceFile> files, LanguageSettings settings) {
    return PythonModules.assignWithRoots(root, configBase, files, settings.roots());
  }

  @Override
  public Set<String> opaqueModules(Path root, List<SourceFile> files) {
    return PythonModules.extensionModules(root, files);
  }

  @Override
  public Linker linker(List<FileFacts> files, TypeIndex index, Set<String> opaqueModules) {
    return new PythonGraphLinker(files, index, opaqueModules);
  }

  @Override
  public java.util.Optional<dev.ssot.core.lang.ImportRewriter> importRewriter() {
    return java.util.Optional.of(new PythonImportRewriter());
  }
}
