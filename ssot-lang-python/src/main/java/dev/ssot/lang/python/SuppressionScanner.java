package dev.ssot.lang.python;

import dev.ssot.core.model.Location;
import dev.ssot.core.model.Suppression;
import org.treesitter.TSNode;

/**
 * The {@code # ssot: ignore[...]} comments of a file, found by the {@link SourceMarks#SSOT_MARK}
 * offsets of the scan.
 */
final class SuppressionScanner {

  private final ExtractionContext context;
  private final Syntax.Table syntax;

  SuppressionScanner(ExtractionContext context) {
    this.context = context;
    this.syntax = context.syntax;
  }

  /**
   * {@code # ssot: ignore[rule-id, other-id] reason} or {@code # ssot:ignore rule-id -- reason}:
   * covers its own line and the next.
   */
  void scan() {
    byte[] bytes = context.src.bytes;
    int after = -1;
    for (int i : context.found[SourceMarks.SSOT]) {
      if (i < after) {
        continue; // inside a comment already read
      }
      // `# ssot: …`, also after another directive in the same comment (`# noqa  # ssot: …`).
      int hash = i - 1;
      while (hash >= 0 && (bytes[hash] == ' ' || bytes[hash] == '\t')) {
        hash--;
      }
      if (hash < 0 || bytes[hash] != '#') {
        continue;
      }
      TSNode comment =
          context.root.getDescendantForByteRange(hash, i + SourceMarks.SSOT_MARK.length);
      if (Syntax.isNull(comment) || syntax.of(comment) != Syntax.COMMENT) {
        continue;
      }
      String rest =
          context.src.text(i + SourceMarks.SSOT_MARK.length, Nodes.endByte(comment)).stripLeading();
      if (!rest.startsWith("ignore")) {
        continue;
      }
      rest = rest.substring(6);
      String ids;
      String reason;
      if (rest.startsWith("[")) {
        int close = rest.indexOf(']');
        if (close < 0) {
          continue;
        }
        ids = rest.substring(1, close);
        reason = rest.substring(close + 1).strip();
        if (reason.startsWith("--")) {
          reason = reason.substring(2).strip();
        }
      } else {
        int dashes = rest.indexOf("--");
        ids = dashes < 0 ? rest : rest.substring(0, dashes);
        reason = dashes < 0 ? "" : rest.substring(dashes + 2).strip();
      }
      int line = context.line(comment);
      for (String id : ids.split("[,\\s]+")) {
        if (!id.isBlank()) {
          context.suppressions.add(
              new Suppression(
                  id.strip(),
                  new Location(context.file.path(), line, context.column(comment)),
                  line,
                  line + 1,
                  reason));
        }
      }
      after = Nodes.endByte(comment);
    }
  }
}
