package dev.ssot.core.engine;

import dev.ssot.core.finding.Edit;
import dev.ssot.core.io.AtomicOutput;
import dev.ssot.core.io.OutputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link Fixes.Plan}: each file atomically (a temporary file renamed over it), and only if
 * its bytes are still those the plan was made from; or renders the plan as a unified diff.
 */
public final class FixWriter {

  private FixWriter() {}

  /**
   * What writing one file came to.
   *
   * @param path the file, relative to the root
   * @param written whether the new content was written
   * @param problem why not, or null
   */
  public record Written(String path, boolean written, String problem) {}

  /** Writes every changed file of the plan. */
  public static List<Written> write(Fixes.Plan plan) {
    List<Written> results = new ArrayList<>();
    for (Fixes.FileChange change : plan.changes()) {
      Path file = Fixes.inside(plan.root(), change.path());
      if (file == null) {
        results.add(new Written(change.path(), false, "not a regular file inside the root"));
        continue;
      }
      try {
        if (!Arrays.equals(Files.readAllBytes(file), change.before())) {
          results.add(new Written(change.path(), false, "it changed since it was read"));
          continue;
        }
        AtomicOutput.writeBytes(file, change.after());
        results.add(new Written(change.path(), true, null));
      } catch (IOException e) {
        results.add(new Written(change.path(), false, AtomicOutput.reason(e)));
      } catch (OutputException e) {
        results.add(new Written(change.path(), false, e.getMessage()));
      }
    }
    return results;
  }

  /** The plan as a unified diff ({@code a/PATH}, {@code b/PATH}, three lines of context). */
  public static String diff(Fixes.Plan plan) {
    StringBuilder out = new StringBuilder();
    for (Fixes.FileChange change : plan.changes()) {
      diff(change, out);
    }
    return out.toString();
  }

  private static final int CONTEXT = 3;

  /** Changed lines: the edits that touch lines {@code first..last}, as old and new lines. */
  private record Block(int first, int last, List<String> oldLines, List<String> newLines) {}

  private static void diff(Fixes.FileChange change, StringBuilder out) {
    List<Line> before = lines(change.before());
    out.append("--- a/").append(change.path()).append('\n');
    out.append("+++ b/").append(change.path()).append('\n');
    // Edits on the same lines form one block; blocks close enough to share context, one hunk.
    List<List<Edit>> byLines = new ArrayList<>();
    int lastLine = Integer.MIN_VALUE;
    for (Edit edit : change.edits()) {
      int first = lineIndex(before, edit.start());
      if (byLines.isEmpty() || first > lastLine) {
        byLines.add(new ArrayList<>());
      }
      byLines.get(byLines.size() - 1).add(edit);
      lastLine = Math.max(lastLine, lastLineOf(before, edit));
    }
    List<Block> blocks = new ArrayList<>();
    for (List<Edit> group : byLines) {
      int first = lineIndex(before, group.get(0).start());
      int last = first;
      for (Edit edit : group) {
        last = Math.max(last, lastLineOf(before, edit));
      }
      int from = before.get(first).start;
      int to = before.get(last).end;
      byte[] segment = Arrays.copyOfRange(change.before(), from, to);
      List<Edit> local = new ArrayList<>();
      for (Edit edit : group) {
        local.add(Edit.of(edit.path(), edit.start() - from, edit.end() - from, edit.replacement()));
      }
      byte[] replaced = Fixes.apply(segment, local);
      blocks.add(new Block(first, last, texts(segment), texts(replaced)));
    }
    int shift = 0; // lines added minus lines removed by earlier hunks
    int index = 0;
    while (index < blocks.size()) {
      int end = index;
      while (end + 1 < blocks.size()
          && blocks.get(end + 1).first() - blocks.get(end).last() - 1 <= 2 * CONTEXT) {
        end++;
      }
      int contextStart = Math.max(0, blocks.get(index).first() - CONTEXT);
      int contextEnd = Math.min(before.size() - 1, blocks.get(end).last() + CONTEXT);
      int oldCount = contextEnd - contextStart + 1;
      int newCount = oldCount;
      for (int b = index; b <= end; b++) {
        newCount += blocks.get(b).newLines().size() - blocks.get(b).oldLines().size();
      }
      out.append("@@ -")
          .append(range(contextStart + 1, oldCount))
          .append(" +")
          .append(range(contextStart + 1 + shift, newCount))
          .append(" @@\n");
      int at = contextStart;
      for (int b = index; b <= end; b++) {
        Block block = blocks.get(b);
        for (; at < block.first(); at++) {
          out.append(' ').append(text(change.before(), before.get(at)));
        }
        List<String> removed = block.oldLines();
        List<String> added = block.newLines();
        int same = 0;
        while (same < removed.size()
            && same < added.size()
            && removed.get(same).equals(added.get(same))) {
          same++;
        }
        int sameEnd = 0;
        while (sameEnd < removed.size() - same
            && sameEnd < added.size() - same
            && removed
                .get(removed.size() - 1 - sameEnd)
                .equals(added.get(added.size() - 1 - sameEnd))) {
          sameEnd++;
        }
        removed.subList(0, same).forEach(line -> out.append(' ').append(line));
        removed
            .subList(same, removed.size() - sameEnd)
            .forEach(line -> out.append('-').append(line));
        added.subList(same, added.size() - sameEnd).forEach(line -> out.append('+').append(line));
        removed
            .subList(removed.size() - sameEnd, removed.size())
            .forEach(line -> out.append(' ').append(line));
        at = block.last() + 1;
      }
      for (; at <= contextEnd; at++) {
        out.append(' ').append(text(change.before(), before.get(at)));
      }
      shift += newCount - oldCount;
      index = end + 1;
    }
  }

  private static int lastLineOf(List<Line> lines, Edit edit) {
    return lineIndex(lines, Math.max(edit.start(), edit.end() - 1));
  }

  /** Each line's text with a newline, and the no-newline marker where the bytes end without one. */
  private static List<String> texts(byte[] content) {
    List<String> texts = new ArrayList<>();
    if (content.length == 0) {
      return texts;
    }
    for (Line line : lines(content)) {
      texts.add(text(content, line));
    }
    return texts;
  }

  private static String text(byte[] content, Line line) {
    String text =
        new String(content, line.start, line.textEnd - line.start, StandardCharsets.UTF_8) + "\n";
    return line.textEnd == line.end ? text + "\\ No newline at end of file\n" : text;
  }

  private static String range(int start, int count) {
    if (count == 0) {
      return (start - 1) + ",0";
    }
    return count == 1 ? Integer.toString(start) : start + "," + count;
  }

  /** A line: where it starts, where its text ends (before the line break) and where it ends. */
  private record Line(int start, int textEnd, int end) {}

  private static List<Line> lines(byte[] content) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\n') {
        int textEnd = i > start && content[i - 1] == '\r' ? i - 1 : i;
        lines.add(new Line(start, textEnd, i + 1));
        start = i + 1;
      } else if (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n')) {
        lines.add(new Line(start, i, i + 1));
        start = i + 1;
      }
    }
    if (start < content.length) {
      lines.add(new Line(start, content.length, content.length));
    }
    if (lines.isEmpty()) {
      lines.add(new Line(0, 0, 0));
    }
    return lines;
  }

  private static int lineIndex(List<Line> lines, int offset) {
    int low = 0;
    int high = lines.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lines.get(mid).start <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }
}
