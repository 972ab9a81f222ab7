package dev.ssot.lang.python;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.LoadStep;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.ParseOutcome;
import dev.ssot.core.parse.SourceParser;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

/**
 * The Python front end, on tree-sitter-python. Each file is parsed once; the extractor then visits
 * only statements (module level, class bodies, and the blocks of top-level {@code if}/{@code
 * try}/{@code with}/{@code for}), and finds imports inside functions by their keyword, so the cost
 * beyond the native parse is a few native calls per statement, not one Java object per node.
 *
 * <p>Module names come from the {@link SourceFile}: they depend on the source roots, not on the
 * file's bytes. A file with syntax errors is a {@link ParseOutcome.Failed} naming the first error's
 * line.
 */
public final class PythonSourceParser implements SourceParser {

  /** Bump when the facts produced for the same bytes change. */
  static final String VERSION = "19";

  static {
    TreeSitterLibraries.install(); // before the binding loads its native libraries
  }

  private static final TSLanguage LANGUAGE = new TreeSitterPython();
  private static final Syntax.Table SYNTAX = new Syntax.Table(LANGUAGE);
  private static final ThreadLocal<TSParser> PARSERS =
      ThreadLocal.withInitial(
          () -> {
            TSParser parser = new TSParser();
            parser.setLanguage(LANGUAGE);
            return parser;
          });

  @Override
  public String language() {
    return "python";
  }

  @Override
  public boolean accepts(String path) {
    return path.endsWith(
        ".py"); // stubs (.pyi) restate signatures: they would read as second definitions
  }

  @Override
  public String version() {
    return VERSION + "+tree-sitter-python-0.25.0";
  }

  @Override
  public ParseOutcome parse(SourceFile file, byte[] content) {
    PythonSource source;
    try {
      source = PythonSource.of(ParseRepair.lineEndings(content));
    } catch (CharacterCodingException e) {
      return failed(file, 1, "not valid in the encoding its coding cookie declares");
    } catch (IllegalArgumentException e) {
      return failed(file, 1, e.getMessage());
    }
    TSTree tree = parse(source.bytes);
    if (tree == null) {
      return failed(file, 1, "the parser gave up on this file");
    }
    if (tree.getRootNode().hasError()) {
      // where tree-sitter's grammar differs from CPython's, a same-length rewrite may parse
      byte[] repaired = ParseRepair.repaired(source.bytes);
      TSTree retry = repaired == null ? null : parse(repaired);
      if (retry != null && !retry.getRootNode().hasError()) {
        tree.close();
        tree = retry;
        source = source.withBytes(repaired);
      } else if (retry != null) {
        retry.close();
      }
    }
    try {
      TSNode root = tree.getRootNode();
      if (root.hasError()) {
        TSNode error = firstError(root);
        int offset = error == null ? 0 : error.getStartByte();
        String what =
            error != null && error.isMissing() ? "missing " + error.getType() : "invalid syntax";
        return failed(file, source.line(Math.min(offset, source.bytes.length)), what);
      }
      String module = file.module() == null ? moduleFromPath(file.path()) : file.module();
      FileFacts facts = new PythonExtractor(SYNTAX, source, file, module, root).extract();
      return new ParseOutcome.Parsed(withLoadSteps(facts, source, root));
    } catch (RuntimeException e) {
      return failed(file, 1, "could not read the syntax tree: " + e);
    } finally {
      tree.close();
    }
  }

  /** The facts with what the module does when it is imported ({@link LoadStepReader}). */
  private static FileFacts withLoadSteps(FileFacts facts, PythonSource source, TSNode root) {
    if (facts.module() == null) {
      return facts;
    }
    List<LoadStep> steps =
        new LoadStepReader(SYNTAX, source, facts.packageName(), facts.module().isPackage())
            .read(root);
    return new FileFacts(
        facts.path(),
        facts.language(),
        facts.test(),
        facts.packageName(),
        facts.lines(),
        facts.imports(),
        facts.types(),
        facts.references(),
        facts.suppressions(),
        facts.module().withLoadSteps(steps));
  }

  private static ParseOutcome failed(SourceFile file, int line, String message) {
    return new ParseOutcome.Failed(new ParseProblem(file.path(), line, message));
  }

  /** Parses UTF-8 bytes; one upcall hands the whole buffer to the native parser. */
  static TSTree parse(byte[] bytes) {
    byte[] buffer = new byte[Math.max(1, bytes.length)];
    return PARSERS
        .get()
        .parse(
            buffer,
            null,
            (chunk, offset, point) -> {
              if (offset >= bytes.length) {
                return 0;
              }
              int count = Math.min(chunk.length, bytes.length - offset);
              System.arraycopy(bytes, offset, chunk, 0, count);
              return count;
            },
            TSInputEncoding.TSInputEncodingUTF8);
  }

  /**
   * The first ERROR or MISSING node in document order, descending only into subtrees with errors.
   */
  private static TSNode firstError(TSNode node) {
    if (node.isError() || node.isMissing()) {
      return node;
    }
    int count = node.getChildCount();
    for (int i = 0; i < count; i++) {
      TSNode child = node.getChild(i);
      if (child.hasError() || child.isMissing()) {
        TSNode found = firstError(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The module name when no source roots were applied: the path's segments. */
  static String moduleFromPath(String path) {
    String stem = path.substring(0, path.length() - 3);
    if (stem.endsWith("/__init__")) {
      stem = stem.substring(0, stem.length() - "/__init__".length());
    } else if (stem.equals("__init__")) {
      stem = "";
    }
    return stem.replace('/', '.');
  }
}
