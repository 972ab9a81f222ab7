package dev.ssot.core.rule;

import dev.ssot.core.graph.CodeGraph;

/** What a rule sees: the code graph and its own bound options. */
public interface RuleContext {

  /** The analysed code. */
  CodeGraph graph();

  /**
   * The rule's options, bound from config to the type named in {@link RuleDefinition#options()}
   * (defaults when config says nothing).
   */
  <T extends Record> T options(Class<T> type);
}
