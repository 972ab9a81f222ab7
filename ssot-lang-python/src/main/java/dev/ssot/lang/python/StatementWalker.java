package dev.ssot.lang.python;

import dev.ssot.core.model.ImportContext;
import java.util.List;
import org.treesitter.TSNode;

/**
 * The walk over a module's statements and the blocks that run when it is imported. Hands each
 * statement to the reader of its kind and decides the {@link ImportContext} of what a block
 * defines: conditional under {@code if}, {@code try}, {@code with}, loops and {@code match};
 * guarded in a version check or a {@code try} that catches ImportError; type-checking only under
 * {@code if TYPE_CHECKING:}; skipped under {@code if __name__ == "__main__":}. Function bodies are
 * never entered.
 */
final class StatementWalker {

  private final ExtractionContext context;
  private final Syntax.Table syntax;
  private final ImportReader imports;
  private final ClassReader classes;
  private final ModuleBindings bindings;

  StatementWalker(
      ExtractionContext context,
      ImportReader imports,
      ClassReader classes,
      ModuleBindings bindings) {
    this.context = context;
    this.syntax = context.syntax;
    this.imports = imports;
    this.classes = classes;
    this.bindings = bindings;
  }

  void statement(TSNode node, ImportContext where) {
    switch (syntax.of(node)) {
      case IMPORT -> imports.importStatement(node, where);
      case IMPORT_FROM -> imports.importFrom(node, where);
      case FUTURE_IMPORT -> imports.futureImport(node);
      case CLASS -> classes.classDefinition(node, node, List.of(), List.of(), null, null, where);
      case FUNCTION -> bindings.moduleFunction(node, List.of());
      case DECORATED -> {
        TSNode definition = syntax.field(node, Syntax.Field.DEFINITION);
        List<String> decorators = context.decorators(node);
        if (definition != null && syntax.of(definition) == Syntax.CLASS) {
          classes.classDefinition(
              definition, node, decorators, classes.implementedInterfaces(node), null, null, where);
        } else if (definition != null && syntax.of(definition) == Syntax.FUNCTION) {
          bindings.moduleFunction(definition, decorators);
        }
      }
      case EXPRESSION_STATEMENT -> bindings.expressionStatement(node, where);
      case IF -> ifStatement(node, where);
      case TRY -> tryStatement(node, where);
      case WITH, FOR, WHILE -> {
        if (syntax.of(node) == Syntax.FOR) {
          TSNode left = syntax.field(node, Syntax.Field.LEFT);
          if (left != null) {
            bindings.bindTargets(left);
          }
        } else if (syntax.of(node) == Syntax.WITH) {
          bindings.bindWithTargets(node);
        }
        forEachBlock(node, where == ImportContext.TOP_LEVEL ? ImportContext.CONDITIONAL : where);
      }
      case MATCH ->
          matchStatement(
              node, where == ImportContext.TOP_LEVEL ? ImportContext.CONDITIONAL : where);
      case TYPE_ALIAS -> bindings.typeAlias(node);
      default -> {}
    }
  }

  /** The blocks of each {@code case} of a {@code match}. */
  private void matchStatement(TSNode node, ImportContext where) {
    int count = Nodes.namedChildCount(node);
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(node, i);
      Syntax kind = syntax.of(child);
      if (kind == Syntax.CASE_CLAUSE) {
        forEachBlock(child, where);
      } else if (kind == Syntax.BLOCK) {
        int cases = Nodes.namedChildCount(child);
        for (int j = 0; j < cases; j++) {
          TSNode clause = Nodes.namedChild(child, j);
          if (syntax.of(clause) == Syntax.CASE_CLAUSE) {
            forEachBlock(clause, where);
          }
        }
      }
    }
  }

  private void forEachBlock(TSNode node, ImportContext where) {
    int count = Nodes.namedChildCount(node);
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(node, i);
      Syntax kind = syntax.of(child);
      if (kind == Syntax.BLOCK) {
        block(child, where);
      } else if (kind == Syntax.ELSE || kind == Syntax.FINALLY || kind == Syntax.ELIF) {
        forEachBlock(child, where);
      }
    }
  }

  private void block(TSNode block, ImportContext where) {
    for (TSNode statement : context.statements(block)) {
      statement(statement, where);
    }
  }

  private void ifStatement(TSNode node, ImportContext where) {
    TSNode condition = syntax.field(node, Syntax.Field.CONDITION);
    boolean typeChecking = condition != null && isTypeChecking(context.text(condition));
    // `if __name__ == "__main__":` runs when the file is a script, never when it is imported.
    boolean mainGuard =
        condition != null
            && where == ImportContext.TOP_LEVEL
            && isMainGuard(context.text(condition));
    ImportContext inner = where == ImportContext.TOP_LEVEL ? ImportContext.CONDITIONAL : where;
    if (inner == ImportContext.CONDITIONAL
        && condition != null
        && isVersionCheck(context.text(condition))) {
      // `if sys.version_info < (3, 8):` — the code expects one branch's imports to fail
      inner = ImportContext.GUARDED;
    }
    int count = Nodes.namedChildCount(node);
    boolean first = true;
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(node, i);
      Syntax kind = syntax.of(child);
      if (kind == Syntax.BLOCK && first) {
        first = false;
        if (mainGuard) {
          continue; // binds nothing on import; its imports are found with those inside functions
        }
        block(
            child,
            typeChecking && where != ImportContext.LAZY ? ImportContext.TYPE_CHECKING : inner);
      } else if (kind == Syntax.ELIF || kind == Syntax.ELSE) {
        forEachBlock(child, inner);
      }
    }
  }

  /** A Python-version test: each branch holds imports that fail on the other versions. */
  private static boolean isVersionCheck(String condition) {
    return condition.contains("version_info") || condition.matches(".*\\bPY(2|3|\\d\\d)\\b.*");
  }

  private static boolean isTypeChecking(String condition) {
    String c = condition.strip();
    return c.equals("TYPE_CHECKING") || c.endsWith(".TYPE_CHECKING");
  }

  private static boolean isMainGuard(String condition) {
    String c = condition.replaceAll("\\s+", "").replace('\'', '"');
    return c.equals("__name__==\"__main__\"") || c.equals("\"__main__\"==__name__");
  }

  private void tryStatement(TSNode node, ImportContext where) {
    boolean guarded = imports.tryCatchesImportError(node);
    // The try body and the except clauses of a try that catches ImportError are guarded: the body
    // may fail, and the fallback runs only where it did (`try: from math import gcd except
    // ImportError: from fractions import gcd` — the fallback is for old versions). Else and
    // finally fail like any other import.
    ImportContext outside = where == ImportContext.TOP_LEVEL ? ImportContext.CONDITIONAL : where;
    ImportContext inner =
        guarded && outside == ImportContext.CONDITIONAL ? ImportContext.GUARDED : outside;
    int count = Nodes.namedChildCount(node);
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(node, i);
      Syntax kind = syntax.of(child);
      if (kind == Syntax.BLOCK) {
        block(child, inner);
      } else if (kind == Syntax.EXCEPT || kind == Syntax.EXCEPT_GROUP) {
        forEachBlock(child, inner);
      } else if (kind == Syntax.ELSE || kind == Syntax.FINALLY) {
        forEachBlock(child, outside);
      }
    }
  }
}
