package dev.ssot.core.graph;

import dev.ssot.core.model.FileFacts;
import java.util.List;
import java.util.Set;

/** How the graph builder gets a language's linker and traits; a language front end provides it. */
public interface LinkerFactory {

  /** The language id of the files this linker takes ({@link FileFacts#language()}). */
  String id();

  /** The answers to the questions neutral code asks about this language. */
  LanguageTraits traits();

  /**
   * The linker over this language's files of one analysis.
   *
   * @param files the facts of this language's files, sorted by path
   * @param index every declared type of the analysis, all languages
   * @param opaqueModules modules whose facts are unknown (compiled extensions, files that failed to
   *     parse)
   */
  Linker linker(List<FileFacts> files, TypeIndex index, Set<String> opaqueModules);
}
