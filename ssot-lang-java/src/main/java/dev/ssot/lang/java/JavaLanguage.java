package dev.ssot.lang.java;

import dev.ssot.core.graph.LanguageTraits;
import dev.ssot.core.graph.Linker;
import dev.ssot.core.graph.TypeIndex;
import dev.ssot.core.lang.Language;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.SkippedPath;
import dev.ssot.core.parse.DiscoveryRule;
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

  /**
   * Build output beside a JVM build file: {@code target}, {@code build} or {@code out} beside a
   * Maven, Gradle, Ant or sbt build file (or an IDE project, or a {@code package.json}).
   */
  private static final List<DiscoveryRule> DISCOVERY_RULES =
      List.of(
          DiscoveryRule.named(SkippedPath.Reason.BUILD_OUTPUT, "target", "build", "out")
              .besideAnyOf(
                  "pom.xml",
                  "build.gradle",
                  "build.gradle.kts",
                  "settings.gradle",
                  "settings.gradle.kts",
                  "build.xml",
                  "build.sbt",
                  "package.json",
                  ".idea"));

  @Override
  public List<DiscoveryRule> discoveryRules() {
    return DISCOVERY_RULES;
  }

  private static final List<dev.ssot.core.parse.BuildFileReader> BUILD_FILES =
      List.of(new MavenPomReader());

  /** Maven's {@code pom.xml}: the reactor modules of the tree and their dependencies. */
  @Override
  public List<dev.ssot.core.parse.BuildFileReader> buildFiles() {
    return BUILD_FILES;
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
