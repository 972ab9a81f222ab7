package dev.ssot.core.engine;

import dev.ssot.core.concept.Concepts;
import dev.ssot.core.config.ConceptDeclaration;
import dev.ssot.core.config.ConfigException;
import dev.ssot.core.config.SsotConfig;
import dev.ssot.core.graph.CodeGraph;

/** Builds the concepts once, on first use, and checks the declared ones exist. */
final class ConceptSupplier {
  private final CodeGraph graph;
  private final SsotConfig config;
  private Concepts concepts;

  ConceptSupplier(CodeGraph graph, SsotConfig config) {
    this.graph = graph;
    this.config = config;
  }

  boolean built() {
    return concepts != null;
  }

  Concepts get() {
    if (concepts == null) {
      concepts =
          Concepts.build(
              graph,
              config.concepts(),
              config.effectiveAffixes(),
              config.effectiveMinSharedMembers());
      for (ConceptDeclaration missing : concepts.unmatched()) {
        throw new ConfigException(
            config.file(),
            missing.declaredAt().line(),
            missing.key() + ".canonical",
            "no type '" + missing.canonical() + "' in the analysed sources");
      }
      for (Concepts.DeclarationProblem problem : concepts.declarationProblems()) {
        throw new ConfigException(
            config.file(),
            problem.declaration().declaredAt().line(),
            problem.key(),
            problem.problem());
      }
    }
    return concepts;
  }
}
