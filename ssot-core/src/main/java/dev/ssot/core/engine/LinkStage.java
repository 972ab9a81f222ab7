package dev.ssot.core.engine;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.lang.Language;
import dev.ssot.core.lang.Languages;
import dev.ssot.core.model.SourceFile;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The link stage: the languages' linkers turn the facts into one {@link CodeGraph}, knowing which
 * modules exist without readable facts (compiled extensions, stubs, files that failed to parse).
 */
final class LinkStage {

  private LinkStage() {}

  static CodeGraph run(Path root, Languages languages, ParseStage.Parsed parsed) {
    Set<String> opaqueModules = new TreeSet<>();
    for (Language language : languages.all()) {
      opaqueModules.addAll(language.opaqueModules(root, parsed.files()));
    }
    Set<String> failedPaths = new HashSet<>();
    parsed.problems().forEach(problem -> failedPaths.add(problem.path()));
    for (SourceFile file : parsed.files()) {
      if (file.module() != null && failedPaths.contains(file.path())) {
        opaqueModules.add(file.module()); // it exists; what it binds is unknown
      }
    }
    return CodeGraph.of(parsed.facts(), languages.all(), opaqueModules);
  }
}
