package dev.ssot.core.engine;

import dev.ssot.core.finding.Edit;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fix;
import dev.ssot.core.finding.ImportMove;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.lang.ImportRewriter;
import dev.ssot.core.lang.Language;
import dev.ssot.core.lang.Languages;
import dev.ssot.core.model.FileFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Turns the import moves of findings into edits through each language's {@link ImportRewriter}: for
 * the report (every finding with a move gets its {@link Fix}) and for {@code ssot fix} (a {@link
 * Plan} of the new content of every file, which {@link FixWriter} writes or diffs).
 *
 * <p>Only files inside the analysed root, that are regular files (not symbolic links) and that
 * parsed are read; a move whose statement the rewriter cannot find in the file as it is now (the
 * file changed since the analysis) is not fixed.
 */
public final class Fixes {

  private Fixes() {}

  /**
   * What one finding came to in a plan.
   *
   * @param finding the finding
   * @param fixed whether its edits are in the plan
   * @param reason why not, or why an applied fix was unsafe; null for a safe fix
   */
  public record Outcome(Finding finding, boolean fixed, String reason) {}

  /**
   * One file's new content.
   *
   * @param path the file, relative to the root
   * @param before the bytes read
   * @param after the bytes to write
   * @param edits the edits applied, in file order
   */
  public record FileChange(String path, byte[] before, byte[] after, List<Edit> edits) {}

  /**
   * What {@code ssot fix} would change.
   *
   * @param root the analysed root
   * @param changes the files that change, sorted by path
   * @param outcomes per finding considered, in report order
   */
  public record Plan(Path root, List<FileChange> changes, List<Outcome> outcomes) {
    public Plan {
      changes = List.copyOf(changes);
      outcomes = List.copyOf(outcomes);
    }

    /** The findings whose edits are in the plan. */
    public List<Outcome> fixed() {
      return outcomes.stream().filter(Outcome::fixed).toList();
    }

    /** The findings considered that the plan does not fix. */
    public List<Outcome> notFixed() {
      return outcomes.stream().filter(o -> !o.fixed()).toList();
    }
  }

  /**
   * Sets the fix of every finding that carries an import move: safe moves are planned together,
   * unsafe ones together with the safe ones, and a move that binds another definition gets its
   * reason. Findings without a move are left as they are.
   */
  static void attach(Path root, List<Finding> findings, CodeGraph graph, Languages languages) {
    Map<String, List<Integer>> byFile = new TreeMap<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      if (finding.move() != null) {
        byFile.computeIfAbsent(finding.move().location().path(), k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<String, List<Integer>> entry : byFile.entrySet()) {
      List<Finding> inFile = entry.getValue().stream().map(findings::get).toList();
      FileInput input = read(root, entry.getKey(), graph, languages);
      Map<ImportMove, Fix> safe = new LinkedHashMap<>();
      Map<ImportMove, Fix> all = new LinkedHashMap<>();
      if (input.problem == null) {
        safe = rewrite(input, moves(inFile, false), graph);
        if (inFile.stream().anyMatch(f -> f.move().safety() == ImportMove.Safety.UNSAFE)) {
          all = rewrite(input, moves(inFile, true), graph);
        }
      }
      for (int index : entry.getValue()) {
        Finding finding = findings.get(index);
        findings.set(index, finding.withFix(fixOf(finding.move(), input, safe, all)));
      }
    }
  }

  private static Fix fixOf(
      ImportMove move, FileInput input, Map<ImportMove, Fix> safe, Map<ImportMove, Fix> all) {
    ImportMove key = key(move);
    return switch (move.safety()) {
      case NONE -> Fix.notFixed(move.reason());
      case SAFE -> {
        if (input.problem != null) {
          yield Fix.notFixed(input.problem);
        }
        Fix fix = safe.get(key);
        yield fix.available()
            ? new Fix(
                fix.edits().stream()
                    .map(e -> e.locatedIn(input.content))
                    .sorted(Edit.ORDER)
                    .toList(),
                true,
                null)
            : Fix.notFixed(fix.reason());
      }
      case UNSAFE -> {
        if (input.problem != null) {
          yield Fix.notFixed(input.problem);
        }
        Fix fix = all.get(key);
        yield fix.available()
            ? new Fix(
                fix.edits().stream()
                    .map(e -> e.locatedIn(input.content))
                    .sorted(Edit.ORDER)
                    .toList(),
                false,
                move.reason())
            : Fix.notFixed(fix.reason());
      }
    };
  }

  /**
   * The plan for {@code ssot fix}: every selected finding's move that is safe (or, with {@code
   * unsafe}, only forwards) is rewritten; the rest are outcomes with their reason.
   *
   * @param result the analysis
   * @param unsafe whether moves that change the binding to what an alias or shim forwards to are
   *     applied too
   * @param selected which findings to fix (e.g. only those a baseline does not hold)
   */
  public static Plan plan(AnalysisResult result, boolean unsafe, Predicate<Finding> selected) {
    return plan(
        result.root(),
        result.report().findings(),
        result.graph(),
        Languages.load(Fixes.class.getClassLoader()),
        unsafe,
        selected);
  }

  static Plan plan(
      Path root,
      List<Finding> findings,
      CodeGraph graph,
      Languages languages,
      boolean unsafe,
      Predicate<Finding> selected) {
    Map<String, List<Finding>> byFile = new TreeMap<>();
    List<Outcome> outcomes = new ArrayList<>();
    Map<Finding, Outcome> outcomeOf = new LinkedHashMap<>();
    for (Finding finding : findings) {
      if (finding.move() != null && selected.test(finding)) {
        byFile
            .computeIfAbsent(finding.move().location().path(), k -> new ArrayList<>())
            .add(finding);
      }
    }
    List<FileChange> changes = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> entry : byFile.entrySet()) {
      List<Finding> inFile = entry.getValue();
      FileInput input = read(root, entry.getKey(), graph, languages);
      Map<ImportMove, Fix> fixes =
          input.problem == null ? rewrite(input, moves(inFile, unsafe), graph) : Map.of();
      List<Edit> edits = new ArrayList<>();
      for (Finding finding : inFile) {
        ImportMove move = finding.move();
        Fix fix = fixes.get(key(move));
        String reason;
        if (input.problem != null) {
          reason = input.problem;
        } else if (move.safety() == ImportMove.Safety.NONE) {
          reason = move.reason();
        } else if (move.safety() == ImportMove.Safety.UNSAFE && !unsafe) {
          reason = "unsafe (" + move.reason() + "); --unsafe-fixes applies it";
        } else if (fix == null || !fix.available()) {
          reason = fix == null ? "no rewrite" : fix.reason();
        } else {
          List<Edit> accepted = accept(edits, fix.edits());
          if (accepted == null) {
            reason = "its edit overlaps another fix in the same file";
          } else {
            edits.addAll(accepted);
            outcomeOf.put(
                finding,
                new Outcome(
                    finding, true, move.safety() == ImportMove.Safety.SAFE ? null : move.reason()));
            continue;
          }
        }
        outcomeOf.put(finding, new Outcome(finding, false, reason));
      }
      if (!edits.isEmpty()) {
        edits.sort(Edit.ORDER);
        List<Edit> located = edits.stream().map(e -> e.locatedIn(input.content)).toList();
        byte[] after = apply(input.content, located);
        if (!Arrays.equals(after, input.content)) {
          changes.add(new FileChange(entry.getKey(), input.content, after, located));
        }
      }
    }
    for (Finding finding : findings) {
      Outcome outcome = outcomeOf.get(finding);
      if (outcome != null) {
        outcomes.add(outcome);
      }
    }
    return new Plan(root, changes, outcomes);
  }

  /**
   * The edits of one more fix that are not already planned, or null when one of them overlaps a
   * different planned edit.
   */
  private static List<Edit> accept(List<Edit> planned, List<Edit> candidate) {
    List<Edit> fresh = new ArrayList<>();
    for (Edit edit : candidate) {
      if (planned.contains(edit) || fresh.contains(edit)) {
        continue;
      }
      for (Edit other : planned) {
        if (edit.overlaps(other)) {
          return null;
        }
      }
      fresh.add(edit);
    }
    return fresh;
  }

  /** The content with the edits applied; edits are sorted and do not overlap. */
  static byte[] apply(byte[] content, List<Edit> edits) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(content.length + 64);
    int at = 0;
    for (Edit edit : edits) {
      out.write(content, at, edit.start() - at);
      byte[] replacement = edit.replacementBytes();
      out.write(replacement, 0, replacement.length);
      at = edit.end();
    }
    out.write(content, at, content.length - at);
    return out.toByteArray();
  }

  /** One move per statement place: a finding of two rules about one import asks for one move. */
  private static List<ImportMove> moves(List<Finding> findings, boolean unsafe) {
    List<ImportMove> moves = new ArrayList<>();
    for (Finding finding : findings) {
      ImportMove move = key(finding.move());
      boolean wanted =
          move.safety() == ImportMove.Safety.SAFE
              || (unsafe && move.safety() == ImportMove.Safety.UNSAFE);
      if (wanted && !moves.contains(move)) {
        moves.add(move);
      }
    }
    moves.sort(
        Comparator.comparing((ImportMove m) -> m.location())
            .thenComparing(ImportMove::written)
            .thenComparing(ImportMove::replacement));
    return moves;
  }

  /** A move without what only the rule's wording differs in. */
  private static ImportMove key(ImportMove move) {
    return new ImportMove(
        move.written(),
        move.location(),
        move.replacement(),
        move.boundBefore(),
        move.boundAfter(),
        move.safety(),
        null);
  }

  private static Map<ImportMove, Fix> rewrite(
      FileInput input, List<ImportMove> moves, CodeGraph graph) {
    Map<ImportMove, Fix> fixes = new LinkedHashMap<>();
    if (moves.isEmpty()) {
      return fixes;
    }
    List<Fix> results;
    try {
      results = input.rewriter.rewrite(input.facts, input.content, moves, graph);
    } catch (RuntimeException e) {
      results = moves.stream().map(m -> Fix.notFixed("internal rewriter error: " + e)).toList();
    }
    for (int i = 0; i < moves.size(); i++) {
      Fix fix = i < results.size() ? results.get(i) : Fix.notFixed("no rewrite");
      fixes.put(moves.get(i), fix);
    }
    return fixes;
  }

  /** A file to rewrite: its facts, bytes and rewriter, or why it cannot be rewritten. */
  private record FileInput(
      FileFacts facts, byte[] content, ImportRewriter rewriter, String problem) {
    static FileInput failed(String problem) {
      return new FileInput(null, null, null, problem);
    }
  }

  private static FileInput read(Path root, String path, CodeGraph graph, Languages languages) {
    Optional<FileFacts> facts = graph.file(path);
    if (facts.isEmpty()) {
      return FileInput.failed("the file was not analysed (it does not parse)");
    }
    Optional<ImportRewriter> rewriter =
        languages.get(facts.get().language()).flatMap(Language::importRewriter);
    if (rewriter.isEmpty()) {
      return FileInput.failed("no import rewriter for " + facts.get().language());
    }
    Path file = inside(root, path);
    if (file == null) {
      return FileInput.failed("the file is outside the analysed root");
    }
    try {
      return new FileInput(facts.get(), Files.readAllBytes(file), rewriter.get(), null);
    } catch (IOException e) {
      return FileInput.failed("cannot read the file: " + e.getMessage());
    }
  }

  /**
   * The file at a root-relative path when it is a regular file inside the root (symbolic links are
   * not followed out of it, and are not rewritten), else null.
   */
  static Path inside(Path root, String path) {
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Path file = absoluteRoot.resolve(path).normalize();
    if (!file.startsWith(absoluteRoot) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      Path realRoot = absoluteRoot.toRealPath();
      if (!file.toRealPath().startsWith(realRoot)) {
        return null;
      }
    } catch (IOException e) {
      return null;
    }
    return file;
  }
}
