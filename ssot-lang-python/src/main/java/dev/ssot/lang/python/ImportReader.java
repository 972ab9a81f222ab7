package dev.ssot.lang.python;

import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.ImportRef;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The imports of a module: {@code import} and {@code from ... import} statements met by the
 * statement walk, with their {@link ImportContext}; relative modules resolved against the file's
 * package; and the imports inside functions, found afterwards by their keyword so that function
 * bodies are never walked, with whether code around them expects them to fail.
 */
final class ImportReader {

  private static final Pattern CAUGHT_NAME = Pattern.compile("[A-Za-z_][\\w.]*");
  private static final Set<String> CATCHES_IMPORT_ERROR =
      Set.of("ImportError", "ModuleNotFoundError", "Exception", "BaseException");

  private final ExtractionContext context;
  private final Syntax.Table syntax;

  private final Set<Integer> importStatements = new HashSet<>();

  /** Byte ranges [start, end) of the import statements read from the statement walk, by start. */
  private final TreeMap<Integer, Integer> importRanges = new TreeMap<>();

  ImportReader(ExtractionContext context) {
    this.context = context;
    this.syntax = context.syntax;
  }

  /** {@code from __future__ import ...}: not an import of a module, but its keyword is read. */
  void futureImport(TSNode node) {
    importStatements.add(Nodes.startByte(node));
    importRanges.put(Nodes.startByte(node), Nodes.endByte(node));
  }

  void importStatement(TSNode node, ImportContext where) {
    importStatements.add(Nodes.startByte(node));
    importRanges.put(Nodes.startByte(node), Nodes.endByte(node));
    int count = Nodes.namedChildCount(node);
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(node, i);
      Syntax kind = syntax.of(child);
      if (kind == Syntax.DOTTED_NAME) {
        context.imports.add(
            new ImportRef(
                context.text(child),
                false,
                false,
                context.line(child),
                context.column(child),
                false,
                null,
                null,
                where));
      } else if (kind == Syntax.ALIASED_IMPORT) {
        TSNode name = syntax.field(child, Syntax.Field.NAME);
        TSNode alias = syntax.field(child, Syntax.Field.ALIAS);
        if (name != null) {
          context.imports.add(
              new ImportRef(
                  context.text(name),
                  false,
                  false,
                  context.line(child),
                  context.column(child),
                  false,
                  null,
                  alias == null ? null : context.text(alias),
                  where));
        }
      }
    }
  }

  void importFrom(TSNode node, ImportContext where) {
    importStatements.add(Nodes.startByte(node));
    importRanges.put(Nodes.startByte(node), Nodes.endByte(node));
    int count = Nodes.namedChildCount(node);
    if (count == 0) {
      return;
    }
    TSNode moduleNode = syntax.field(node, Syntax.Field.MODULE_NAME);
    if (moduleNode == null) {
      return;
    }
    String from = absoluteModule(moduleNode);
    int moduleEnd = Nodes.endByte(moduleNode);
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(node, i);
      if (Nodes.startByte(child) < moduleEnd) {
        continue;
      }
      Syntax kind = syntax.of(child);
      if (kind == Syntax.WILDCARD_IMPORT) {
        context.imports.add(
            new ImportRef(
                from,
                false,
                true,
                context.line(node),
                context.column(node),
                true,
                null,
                null,
                where));
      } else if (kind == Syntax.DOTTED_NAME) {
        context.imports.add(
            new ImportRef(
                from,
                false,
                false,
                context.line(child),
                context.column(child),
                true,
                context.text(child),
                null,
                where));
      } else if (kind == Syntax.ALIASED_IMPORT) {
        TSNode name = syntax.field(child, Syntax.Field.NAME);
        TSNode alias = syntax.field(child, Syntax.Field.ALIAS);
        if (name != null) {
          context.imports.add(
              new ImportRef(
                  from,
                  false,
                  false,
                  context.line(child),
                  context.column(child),
                  true,
                  context.text(name),
                  alias == null ? null : context.text(alias),
                  where));
        }
      }
    }
  }

  /**
   * The absolute module of a {@code from} import: relative ones resolved against the file's
   * package; one that climbs above the top level keeps its leading dots (it cannot resolve).
   */
  private String absoluteModule(TSNode moduleNode) {
    String written = context.text(moduleNode).replaceAll("\\s+", "");
    if (syntax.of(moduleNode) != Syntax.RELATIVE_IMPORT) {
      return written;
    }
    int dots = 0;
    while (dots < written.length() && written.charAt(dots) == '.') {
      dots++;
    }
    String rest = written.substring(dots);
    String pkg = context.pkg;
    String base = pkg;
    for (int up = 1; up < dots; up++) {
      if (base.isEmpty()) {
        return written;
      }
      int cut = base.lastIndexOf('.');
      base = cut < 0 ? "" : base.substring(0, cut);
    }
    if (base.isEmpty() && (dots > 1 || pkg.isEmpty())) {
      return written;
    }
    return rest.isEmpty() ? base : base + "." + rest;
  }

  /** Whether a byte offset lies inside an import statement already read. */
  boolean insideImport(int at) {
    java.util.Map.Entry<Integer, Integer> range = importRanges.floorEntry(at);
    return range != null && at < range.getValue();
  }

  /**
   * Imports inside functions: found by their keyword, so function bodies are never walked. Sorts
   * all imports by position afterwards.
   */
  void lazyImports() {
    for (int at : context.found[SourceMarks.IMPORTS]) {
      java.util.Map.Entry<Integer, Integer> range = importRanges.floorEntry(at);
      if (range != null && at < range.getValue()) {
        continue; // the keyword of a statement already read: no native lookup
      }
      TSNode keyword =
          context.root.getDescendantForByteRange(at, at + SourceMarks.IMPORT_WORD.length);
      if (Syntax.isNull(keyword)) {
        continue;
      }
      TSNode statement = Nodes.parent(keyword);
      if (Syntax.isNull(statement)) {
        continue;
      }
      Syntax kind = syntax.of(statement);
      if ((kind != Syntax.IMPORT && kind != Syntax.IMPORT_FROM)
          || importStatements.contains(Nodes.startByte(statement))) {
        continue;
      }
      ImportContext where =
          guardedInFunction(statement) ? ImportContext.LAZY_GUARDED : ImportContext.LAZY;
      if (kind == Syntax.IMPORT) {
        importStatement(statement, where);
      } else {
        importFrom(statement, where);
      }
    }
    context.imports.sort(
        java.util.Comparator.comparingInt(ImportRef::line).thenComparingInt(ImportRef::column));
  }

  /**
   * Whether an import inside a function sits, within that function, in the body of a {@code try}
   * that catches {@code ImportError} (or a bare {@code except}) or in {@code with
   * raises(ImportError)}: code that expects it may fail.
   */
  private boolean guardedInFunction(TSNode statement) {
    TSNode from = statement;
    TSNode node = Nodes.parent(statement);
    for (int depth = 0; depth < 40 && !Syntax.isNull(node); depth++) {
      Syntax kind = syntax.of(node);
      if (kind == Syntax.MODULE || kind == Syntax.FUNCTION) {
        return false; // a try around the def does not run when the function does
      }
      Syntax part = syntax.of(from);
      if (kind == Syntax.TRY
          && (part == Syntax.BLOCK || part == Syntax.EXCEPT || part == Syntax.EXCEPT_GROUP)) {
        // the try body or a handler (the fallback), not else or finally
        int count = Nodes.namedChildCount(node);
        for (int i = 0; i < count; i++) {
          TSNode child = Nodes.namedChild(node, i);
          Syntax childKind = syntax.of(child);
          if ((childKind == Syntax.EXCEPT || childKind == Syntax.EXCEPT_GROUP)
              && catchesImportError(exceptHeader(child))) {
            return true;
          }
        }
      } else if (kind == Syntax.WITH) {
        TSNode body = syntax.field(node, Syntax.Field.BODY);
        int end = body == null ? Nodes.endByte(node) : Nodes.startByte(body);
        String header = context.src.text(Nodes.startByte(node), end);
        if (header.contains("ImportError") || header.contains("ModuleNotFoundError")) {
          return true;
        }
      }
      from = node;
      node = Nodes.parent(node);
    }
    return false;
  }

  /** Whether one of a {@code try} statement's {@code except} clauses catches ImportError. */
  boolean tryCatchesImportError(TSNode tryStatement) {
    boolean guarded = false;
    int count = Nodes.namedChildCount(tryStatement);
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(tryStatement, i);
      Syntax kind = syntax.of(child);
      if (kind == Syntax.EXCEPT || kind == Syntax.EXCEPT_GROUP) {
        if (catchesImportError(exceptHeader(child))) {
          guarded = true;
        }
      }
    }
    return guarded;
  }

  /**
   * Whether an {@code except} clause with this header catches {@code ImportError}: a bare {@code
   * except}, or one naming {@code ImportError}, {@code ModuleNotFoundError}, {@code Exception} or
   * {@code BaseException} (qualified or not) before any {@code as}.
   */
  static boolean catchesImportError(String header) {
    if (header.isEmpty()) {
      return true;
    }
    Matcher names = CAUGHT_NAME.matcher(header);
    while (names.find()) {
      String name = names.group();
      if (name.equals("as")) {
        return false;
      }
      if (CATCHES_IMPORT_ERROR.contains(ExtractionContext.lastSegment(name))) {
        return true;
      }
    }
    return false;
  }

  /** The text between {@code except} and the clause's colon. */
  private String exceptHeader(TSNode clause) {
    int count = Nodes.namedChildCount(clause);
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(clause, i);
      if (syntax.of(child) == Syntax.BLOCK) {
        break;
      }
      header.append(context.text(child)).append(' ');
    }
    return header.toString().strip();
  }
}
