package dev.ssot.core.rule;

import dev.ssot.core.concept.Concepts;
import dev.ssot.core.graph.CodeGraph;
import java.util.List;

/** What a rule sees: the code graph, the concepts, and its own bound options. */
public interface RuleContext {

  /** The analysed code. */
  CodeGraph graph();

  /** The concepts (declared and inferred) and the role of every type; built on first use. */
  Concepts concepts();

  /**
   * The suppressions written in source and whether they silenced anything; only filled for rules
   * that declare {@link RuleDefinition#reviewsSuppressions()}, empty for the others.
   */
  List<SuppressionUse> suppressions();

  /**
   * The rule's options, bound from config to the type named in {@link RuleDefinition#options()}
   * (defaults when config says nothing).
   */
  <T extends Record> T options(Class<T> type);
}
