package dev.ssot.core.parse;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ParseProblem;

/** The result of parsing one file: facts, or the reason there are none. */
public sealed interface ParseOutcome {

  /** The file parsed. */
  record Parsed(FileFacts facts) implements ParseOutcome {}

  /** The file did not parse; it contributes no facts. */
  record Failed(ParseProblem problem) implements ParseOutcome {}
}
