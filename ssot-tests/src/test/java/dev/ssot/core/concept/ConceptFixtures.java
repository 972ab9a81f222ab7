package dev.ssot.core.concept;

import dev.ssot.core.config.LanguageSettings;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.lang.Language;
import dev.ssot.core.lang.Languages;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.parse.ParseOutcome;
import dev.ssot.core.parse.SourceParser;
import dev.ssot.core.parse.SourceSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Source trees under {@code src/test/resources/concept/}, discovered, parsed and linked with the
 * installed front ends the way the engine does it (without the engine, which sits above concepts).
 */
final class ConceptFixtures {

  private ConceptFixtures() {}

  /** The linked graph of one fixture tree; fails on a file that does not parse. */
  static CodeGraph graph(String name) {
    Path root = Path.of("src/test/resources/concept", name).toAbsolutePath();
    Languages languages = Languages.installed();
    List<SourceParser> parsers = languages.all().stream().map(Language::parser).toList();
    List<SourceFile> files =
        SourceSet.discover(
                root,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                path -> parsers.stream().anyMatch(p -> p.accepts(path)))
            .files();
    for (Language language : languages.all()) {
      files = language.prepare(root, root, files, LanguageSettings.NONE);
    }
    List<FileFacts> facts = new ArrayList<>();
    for (SourceFile file : files) {
      SourceParser parser =
          parsers.stream().filter(p -> p.accepts(file.path())).findFirst().orElseThrow();
      ParseOutcome outcome = parser.parse(file, read(file.absolutePath()));
      if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
        throw new AssertionError(file.path() + " does not parse: " + outcome);
      }
      facts.add(parsed.facts());
    }
    return languages.link(facts, Set.of());
  }

  /** The declared type of that name in the graph. */
  static TypeDecl type(CodeGraph graph, String qualifiedName) {
    return graph
        .type(qualifiedName)
        .orElseThrow(() -> new AssertionError("no type " + qualifiedName + " in the fixture"));
  }

  /** The concepts of a graph with the default affixes and threshold and nothing declared. */
  static Concepts concepts(CodeGraph graph) {
    return Concepts.build(
        graph, List.of(), NameNormalizer.DEFAULT_AFFIXES, Concepts.DEFAULT_MIN_SHARED_MEMBERS);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
