package dev.ssot.core.lang;

import dev.ssot.core.finding.Fix;
import dev.ssot.core.finding.ImportMove;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.FileFacts;
import java.util.List;

/**
 * Rewrites imports of one language to other paths ({@code ssot fix}): a language front end provides
 * one through {@link Language#importRewriter()}. It changes only the statements and references the
 * moves name, keeps every other byte, and declines (with a reason) whatever it cannot rewrite
 * without changing what the code means.
 */
public interface ImportRewriter {

  /**
   * The edits that carry out some import moves in one file. Edits of different moves never overlap
   * unless they are equal (two moves in one statement share the statement's edit).
   *
   * @param file the file's facts from the analysis
   * @param content the file's bytes as read now (the edits' offsets are into these bytes)
   * @param moves the moves to carry out, in file order, each once
   * @param graph the analysed code
   * @return per move, in the same order, its fix: edits, or none with the reason
   */
  List<Fix> rewrite(FileFacts file, byte[] content, List<ImportMove> moves, CodeGraph graph);
}
