package dev.ssot.lang.java;

import dev.ssot.core.graph.LanguageTraits;
import dev.ssot.core.graph.Linker;
import dev.ssot.core.graph.TypeIndex;
import dev.ssot.core.lang.Language;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.parse.SourceParser;
import java.util.List;
import java.util.Set;

/**
 * The Java front end: JavaParser (syntax only) to facts, javac's scoping rules to link them. Java
 * answers every {@link LanguageTraits} question with the defaults: written types, marked overrides,
 * nominal interfaces, packages as namespaces.
 */
public final class JavaLanguage implements Language {

  private final JavaSourceParser parser = new JavaSourceParser();

  @Override
  public String id() {
    return "java";
  }

  @Override
  public SourceParser parser() {
    return parser;
  }

  @Override
  public LanguageTraits traits() {
    return LanguageTraits.DEFAULT;
  }

  @Override
  public Linker linker(List<FileFacts> files, TypeIndex index, Set<String> opaqueModules) {
    return new JavaLinker(files, index);
  }

  @Override
  public java.util.Optional<dev.ssot.core.lang.ImportRewriter> importRewriter() {
    return java.util.Optional.of(new JavaImportRewriter());
  }
}
