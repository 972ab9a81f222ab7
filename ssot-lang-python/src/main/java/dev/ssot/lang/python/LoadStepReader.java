package dev.ssot.lang.python;

import dev.ssot.core.model.LoadStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/**
 * Reads what a Python module does when it is imported, in the order it runs ({@link LoadStep}s):
 * the imports, the names bound (a class only once its body has run), and the attributes read from
 * imported modules ({@code models.Model} in a class's bases or body, a decorator, a default value
 * or a top-level expression). Function bodies and lambdas never run at import time and are skipped,
 * and so are {@code if TYPE_CHECKING:} and {@code if __name__ == "__main__":} blocks; the branches
 * of any other {@code if}, loops and {@code except} handlers are read as if they ran (marked
 * conditional), and a {@code try} body records which failures its handlers catch.
 *
 * <p>Only statements are walked; an expression's subtree is walked only when its text holds a dot,
 * so a module costs a few native calls per statement.
 */
final class LoadStepReader {

  private static final Pattern CAUGHT_NAME = Pattern.compile("[A-Za-z_][\\w.]*");

  private final Syntax.Table syntax;
  private final PythonSource src;
  private final String pkg;
  private final List<LoadStep> steps = new ArrayList<>();

  /** Names bound by imports so far: the only receivers whose attribute reads can fail. */
  private final Set<String> imported = new HashSet<>();

  LoadStepReader(Syntax.Table syntax, PythonSource src, String module, boolean isPackage) {
    this.syntax = syntax;
    this.src = src;
    int dot = module.lastIndexOf('.');
    this.pkg = isPackage ? module : (dot < 0 ? "" : module.substring(0, dot));
  }

  /** One cursor for the whole file, reset for each list of children; closed by {@link #read}. */
  private TSTreeCursor cursor;

  /** The steps of the module whose syntax tree this is. */
  List<LoadStep> read(TSNode root) {
    try {
      block(root, new Context(0, false, false));
      return steps;
    } finally {
      if (cursor != null) {
        cursor.close();
      }
    }
  }

  /**
   * Where a statement runs: which failures enclosing handlers catch, whether only under a
   * condition, and whether in a class body (whose names are the class's, not the module's).
   */
  private record Context(int catches, boolean conditional, boolean inClass) {
    Context conditionally() {
      return conditional ? this : new Context(catches, true, inClass);
    }

    Context catching(int more) {
      return new Context(catches | more, conditional, inClass);
    }

    Context classBody() {
      return new Context(catches, conditional, true);
    }
  }

  private void block(TSNode container, Context context) {
    for (TSNode statement : children(container)) {
      statement(statement, context);
    }
  }

  private void statement(TSNode node, Context context) {
    Syntax kind = syntax.of(node);
    switch (kind) {
      case IMPORT -> importStatement(node, context);
      case IMPORT_FROM -> importFrom(node, context);
      case CLASS -> classDefinition(node, List.of(), context);
      case FUNCTION -> functionDefinition(node, List.of(), context);
      case DECORATED -> {
        List<TSNode> decorators = new ArrayList<>();
        TSNode definition = syntax.field(node, Syntax.Field.DEFINITION);
        for (TSNode child : children(node)) {
          if (syntax.of(child) == Syntax.DECORATOR) {
            decorators.add(child);
          }
        }
        if (definition != null && syntax.of(definition) == Syntax.CLASS) {
          classDefinition(definition, decorators, context);
        } else if (definition != null && syntax.of(definition) == Syntax.FUNCTION) {
          functionDefinition(definition, decorators, context);
        }
      }
      case EXPRESSION_STATEMENT -> expressionStatement(node, context);
      case IF -> ifStatement(node, context);
      case TRY -> tryStatement(node, context);
      case WITH -> {
        for (TSNode child : children(node)) {
          if (syntax.of(child) == Syntax.BLOCK) {
            block(child, context);
          } else {
            reads(child, context);
          }
        }
      }
      case FOR, WHILE -> {
        TSNode left = syntax.field(node, Syntax.Field.LEFT);
        TSNode right = syntax.field(node, Syntax.Field.RIGHT);
        TSNode condition = syntax.field(node, Syntax.Field.CONDITION);
        reads(right, context);
        reads(condition, context);
        if (left != null) {
          binds(left, context.conditionally());
        }
        for (TSNode child : children(node)) {
          Syntax childKind = syntax.of(child);
          if (childKind == Syntax.BLOCK) {
            block(child, context.conditionally());
          } else if (childKind == Syntax.ELSE) {
            forEachBlock(child, context.conditionally());
          }
        }
      }
      case TYPE_ALIAS -> {
        TSNode left = syntax.field(node, Syntax.Field.LEFT);
        if (left != null) {
          binds(left, context);
        }
      }
      case COMMENT, PASS, GLOBAL, FUTURE_IMPORT, MATCH -> {}
      default -> reads(node, context);
    }
  }

  // --- imports ----------------------------------------------------------------------------------

  private void importStatement(TSNode node, Context context) {
    for (TSNode child : children(node)) {
      Syntax kind = syntax.of(child);
      if (kind == Syntax.DOTTED_NAME) {
        String module = dotted(child);
        String bound = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
        add(
            LoadStep.Kind.LOAD,
            child,
            module,
            null,
            context.inClass() ? null : bound,
            false,
            context);
        imported.add(bound);
      } else if (kind == Syntax.ALIASED_IMPORT) {
        TSNode name = syntax.field(child, Syntax.Field.NAME);
        TSNode alias = syntax.field(child, Syntax.Field.ALIAS);
        if (name != null && alias != null) {
          String bound = text(alias);
          add(
              LoadStep.Kind.LOAD,
              child,
              dotted(name),
              null,
              context.inClass() ? null : bound,
              true,
              context);
          imported.add(bound);
        }
      }
    }
  }

  private void importFrom(TSNode node, Context context) {
    TSNode moduleNode = syntax.field(node, Syntax.Field.MODULE_NAME);
    if (moduleNode == null) {
      return;
    }
    String from = absoluteModule(moduleNode);
    if (from.startsWith(".")) {
      return; // climbs above the top level: fails whatever the order
    }
    int moduleEnd = Nodes.endByte(moduleNode);
    for (TSNode child : children(node)) {
      if (Nodes.startByte(child) < moduleEnd) {
        continue;
      }
      Syntax kind = syntax.of(child);
      if (kind == Syntax.WILDCARD_IMPORT) {
        add(LoadStep.Kind.LOAD_FROM, node, from, "*", null, false, context);
      } else if (kind == Syntax.DOTTED_NAME) {
        String name = text(child);
        add(
            LoadStep.Kind.LOAD_FROM,
            child,
            from,
            name,
            context.inClass() ? null : name,
            false,
            context);
        imported.add(name);
      } else if (kind == Syntax.ALIASED_IMPORT) {
        TSNode name = syntax.field(child, Syntax.Field.NAME);
        TSNode alias = syntax.field(child, Syntax.Field.ALIAS);
        if (name != null) {
          String bound = alias == null ? text(name) : text(alias);
          add(
              LoadStep.Kind.LOAD_FROM,
              child,
              from,
              text(name),
              context.inClass() ? null : bound,
              alias != null,
              context);
          imported.add(bound);
        }
      }
    }
  }

  /** A {@code from} import's module, relative ones resolved against the file's package. */
  private String absoluteModule(TSNode moduleNode) {
    String written = dotted(moduleNode);
    if (syntax.of(moduleNode) != Syntax.RELATIVE_IMPORT) {
      return written;
    }
    int dots = 0;
    while (dots < written.length() && written.charAt(dots) == '.') {
      dots++;
    }
    String rest = written.substring(dots);
    String base = pkg;
    for (int up = 1; up < dots; up++) {
      if (base.isEmpty()) {
        return written;
      }
      int cut = base.lastIndexOf('.');
      base = cut < 0 ? "" : base.substring(0, cut);
    }
    if (base.isEmpty()) {
      return written;
    }
    return rest.isEmpty() ? base : base + "." + rest;
  }

  // --- definitions ------------------------------------------------------------------------------

  private void classDefinition(TSNode node, List<TSNode> decorators, Context context) {
    for (TSNode decorator : decorators) {
      reads(decorator, context);
    }
    reads(syntax.field(node, Syntax.Field.SUPERCLASSES), context);
    TSNode body = syntax.field(node, Syntax.Field.BODY);
    if (body != null) {
      block(body, context.classBody());
    }
    TSNode name = syntax.field(node, Syntax.Field.NAME);
    if (name != null && !context.inClass()) {
      add(LoadStep.Kind.BIND, node, null, null, text(name), false, context);
    }
  }

  private void functionDefinition(TSNode node, List<TSNode> decorators, Context context) {
    for (TSNode decorator : decorators) {
      reads(decorator, context);
    }
    TSNode parameters = syntax.field(node, Syntax.Field.PARAMETERS);
    if (parameters != null && hasDot(parameters)) {
      for (TSNode parameter : children(parameters)) {
        Syntax kind = syntax.of(parameter);
        if (kind == Syntax.DEFAULT_PARAMETER || kind == Syntax.TYPED_DEFAULT_PARAMETER) {
          reads(syntax.field(parameter, Syntax.Field.VALUE), context);
        }
      }
    }
    TSNode name = syntax.field(node, Syntax.Field.NAME);
    if (name != null && !context.inClass()) {
      add(LoadStep.Kind.BIND, node, null, null, text(name), false, context);
    }
  }

  private void expressionStatement(TSNode node, Context context) {
    for (TSNode child : children(node)) {
      Syntax kind = syntax.of(child);
      if (kind == Syntax.ASSIGNMENT || kind == Syntax.AUGMENTED_ASSIGNMENT) {
        assignment(child, context);
      } else {
        reads(child, context);
      }
    }
  }

  /** {@code a = b = value}: the value is read first, then the targets bound. */
  private void assignment(TSNode node, Context context) {
    TSNode right = syntax.field(node, Syntax.Field.RIGHT);
    TSNode left = syntax.field(node, Syntax.Field.LEFT);
    if (right != null && syntax.of(right) == Syntax.ASSIGNMENT) {
      assignment(right, context);
    } else {
      reads(right, context);
    }
    if (left != null && (right != null || syntax.of(node) == Syntax.AUGMENTED_ASSIGNMENT)) {
      binds(left, context);
    }
  }

  /** Binds the names of an assignment target; attribute and subscript targets bind none. */
  private void binds(TSNode target, Context context) {
    switch (syntax.of(target)) {
      case IDENTIFIER -> {
        if (!context.inClass()) {
          String name = text(target);
          add(LoadStep.Kind.BIND, target, null, null, name, false, context);
          imported.remove(name);
        }
      }
      case PATTERN_LIST,
          TUPLE,
          LIST,
          TUPLE_PATTERN,
          LIST_PATTERN,
          PARENTHESIZED_EXPRESSION,
          LIST_SPLAT_PATTERN,
          LIST_SPLAT -> {
        for (TSNode child : children(target)) {
          binds(child, context);
        }
      }
      default -> {}
    }
  }

  // --- control flow -----------------------------------------------------------------------------

  private void ifStatement(TSNode node, Context context) {
    TSNode condition = syntax.field(node, Syntax.Field.CONDITION);
    String test = condition == null ? "" : text(condition).replaceAll("\\s+", "");
    boolean typeChecking = test.equals("TYPE_CHECKING") || test.endsWith(".TYPE_CHECKING");
    boolean mainGuard =
        test.replace('\'', '"').equals("__name__==\"__main__\"")
            || test.replace('\'', '"').equals("\"__main__\"==__name__");
    reads(condition, context);
    boolean first = true;
    for (TSNode child : children(node)) {
      Syntax kind = syntax.of(child);
      if (kind == Syntax.BLOCK && first) {
        first = false;
        if (!typeChecking && !mainGuard) {
          block(child, context.conditionally());
        }
      } else if (kind == Syntax.ELIF) {
        reads(syntax.field(child, Syntax.Field.CONDITION), context.conditionally());
        forEachBlock(child, context.conditionally());
      } else if (kind == Syntax.ELSE) {
        // `if TYPE_CHECKING: ... else:` runs its else branch every time
        forEachBlock(child, typeChecking ? context : context.conditionally());
      }
    }
  }

  private void tryStatement(TSNode node, Context context) {
    int catches = 0;
    for (TSNode child : children(node)) {
      Syntax kind = syntax.of(child);
      if (kind == Syntax.EXCEPT || kind == Syntax.EXCEPT_GROUP) {
        catches |= caught(exceptHeader(child));
      }
    }
    for (TSNode child : children(node)) {
      Syntax kind = syntax.of(child);
      if (kind == Syntax.BLOCK) {
        block(child, context.catching(catches));
      } else if (kind == Syntax.EXCEPT || kind == Syntax.EXCEPT_GROUP) {
        forEachBlock(child, context.conditionally());
      } else if (kind == Syntax.ELSE) {
        forEachBlock(child, context.conditionally());
      } else if (kind == Syntax.FINALLY) {
        forEachBlock(child, context);
      }
    }
  }

  /**
   * The failures an {@code except} clause with this header catches: a bare {@code except} or {@code
   * Exception} catch both; {@code ImportError} a failed {@code from m import x}; {@code
   * AttributeError} a failed attribute read. {@code ModuleNotFoundError} catches neither.
   */
  static int caught(String header) {
    if (header.isEmpty()) {
      return LoadStep.CATCHES_IMPORT | LoadStep.CATCHES_ATTRIBUTE;
    }
    int caught = 0;
    Matcher names = CAUGHT_NAME.matcher(header);
    while (names.find()) {
      String name = names.group();
      if (name.equals("as")) {
        break;
      }
      String last = name.substring(name.lastIndexOf('.') + 1);
      switch (last) {
        case "Exception", "BaseException" ->
            caught |= LoadStep.CATCHES_IMPORT | LoadStep.CATCHES_ATTRIBUTE;
        case "ImportError" -> caught |= LoadStep.CATCHES_IMPORT;
        case "AttributeError" -> caught |= LoadStep.CATCHES_ATTRIBUTE;
        default -> {}
      }
    }
    return caught;
  }

  private String exceptHeader(TSNode clause) {
    StringBuilder header = new StringBuilder();
    for (TSNode child : children(clause)) {
      if (syntax.of(child) == Syntax.BLOCK) {
        break;
      }
      header.append(text(child)).append(' ');
    }
    return header.toString().strip();
  }

  private void forEachBlock(TSNode clause, Context context) {
    for (TSNode child : children(clause)) {
      if (syntax.of(child) == Syntax.BLOCK) {
        block(child, context);
      }
    }
  }

  // --- reads ------------------------------------------------------------------------------------

  /**
   * Records every {@code name.attr…} read in an expression whose {@code name} an import bound;
   * lambdas are not entered (their bodies run later).
   */
  private void reads(TSNode node, Context context) {
    if (Syntax.isNull(node) || imported.isEmpty() || !hasDot(node)) {
      return;
    }
    Syntax kind = syntax.of(node);
    if (kind == Syntax.LAMBDA
        || kind == Syntax.FUNCTION
        || kind == Syntax.STRING
        || kind == Syntax.COMMENT) {
      return;
    }
    if (kind == Syntax.ATTRIBUTE) {
      List<String> path = new ArrayList<>();
      TSNode base = node;
      while (syntax.of(base) == Syntax.ATTRIBUTE) {
        TSNode attribute = syntax.field(base, Syntax.Field.ATTRIBUTE);
        TSNode object = syntax.field(base, Syntax.Field.OBJECT);
        if (attribute == null || object == null) {
          break;
        }
        path.add(0, text(attribute));
        base = object;
      }
      if (syntax.of(base) == Syntax.IDENTIFIER) {
        String name = text(base);
        if (imported.contains(name)) {
          add(LoadStep.Kind.READ, node, null, String.join(".", path), name, false, context);
        }
        return;
      }
      reads(base, context);
      return;
    }
    for (TSNode child : children(node)) {
      reads(child, context);
    }
  }

  private boolean hasDot(TSNode node) {
    byte[] bytes = src.bytes;
    int end = Math.min(Nodes.endByte(node), bytes.length);
    for (int i = Nodes.startByte(node); i < end; i++) {
      if (bytes[i] == '.') {
        return true;
      }
    }
    return false;
  }

  // --- helpers ----------------------------------------------------------------------------------

  private void add(
      LoadStep.Kind kind,
      TSNode at,
      String module,
      String member,
      String name,
      boolean aliased,
      Context context) {
    int offset = Nodes.startByte(at);
    steps.add(
        new LoadStep(
            kind,
            src.line(offset),
            src.column(offset),
            module,
            member,
            name,
            aliased,
            context.catches(),
            context.conditional()));
  }

  /** The named children, comments left out; a cursor steps through long lists in linear time. */
  private List<TSNode> children(TSNode node) {
    List<TSNode> result = new ArrayList<>();
    if (cursor == null) {
      cursor = new TSTreeCursor(node);
    } else {
      cursor.reset(node);
    }
    if (cursor.gotoFirstChild()) {
      do {
        TSNode child = cursor.currentNode();
        Syntax kind = syntax.ofNamed(child);
        if (kind != null && kind != Syntax.COMMENT) {
          result.add(child);
        }
      } while (cursor.gotoNextSibling());
    }
    return result;
  }

  private String dotted(TSNode node) {
    return text(node).replaceAll("\\s+", "");
  }

  private String text(TSNode node) {
    return src.text(Nodes.startByte(node), Nodes.endByte(node));
  }
}
