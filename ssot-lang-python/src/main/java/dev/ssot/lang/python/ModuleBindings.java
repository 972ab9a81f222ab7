package dev.ssot.lang.python;

import dev.ssot.core.model.AliasDecl;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.MethodDecl;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * The names a module binds at its top level and what the statements that bind them say: functions
 * (a module {@code __getattr__} makes the module dynamic), assignments (a name bound to another
 * dotted name is an alias, one bound to {@code type(...)} a class), loop, {@code with} and {@code
 * type} targets, names functions declare {@code global}, and module-level calls ({@code exec},
 * {@code __all__} edits, a deprecation warning).
 */
final class ModuleBindings {

  private final ExtractionContext context;
  private final Syntax.Table syntax;
  private final FunctionReader functions;
  private final DynamicClassReader dynamicClasses;
  private final ExportsReader exports;
  private final Deprecations deprecations;

  ModuleBindings(
      ExtractionContext context,
      FunctionReader functions,
      DynamicClassReader dynamicClasses,
      ExportsReader exports,
      Deprecations deprecations) {
    this.context = context;
    this.syntax = context.syntax;
    this.functions = functions;
    this.dynamicClasses = dynamicClasses;
    this.exports = exports;
    this.deprecations = deprecations;
  }

  void moduleFunction(TSNode node, List<String> decorators) {
    MethodDecl function = functions.function(node, decorators, false, false);
    context.names.add(function.name());
    if (function.name().equals("__getattr__")) {
      context.dynamic = true;
    }
    context.functions.add(function);
  }

  /** {@code type Pair[T] = ...}: binds {@code Pair}. */
  void typeAlias(TSNode node) {
    TSNode left = syntax.field(node, Syntax.Field.LEFT);
    if (left != null) {
      String written = context.text(left);
      int bracket = written.indexOf('[');
      context.names.add((bracket < 0 ? written : written.substring(0, bracket)).strip());
    }
  }

  void expressionStatement(TSNode node, ImportContext where) {
    if (Nodes.namedChildCount(node) == 0) {
      return;
    }
    TSNode expression = Nodes.namedChild(node, 0);
    switch (syntax.of(expression)) {
      case ASSIGNMENT -> assignment(expression);
      case AUGMENTED_ASSIGNMENT -> {
        TSNode left = syntax.field(expression, Syntax.Field.LEFT);
        if (left != null && context.text(left).equals("__all__")) {
          exports.extend(syntax.field(expression, Syntax.Field.RIGHT));
        }
      }
      case CALL -> moduleCall(expression, where);
      default -> {}
    }
  }

  /** {@code a = b = value}: every target is bound to the value. */
  private void assignment(TSNode assignment) {
    List<TSNode> targets = new ArrayList<>(1);
    TSNode value = assignment;
    while (value != null && syntax.of(value) == Syntax.ASSIGNMENT) {
      TSNode left = syntax.field(value, Syntax.Field.LEFT);
      if (left != null) {
        targets.add(left);
      }
      value = syntax.field(value, Syntax.Field.RIGHT);
    }
    for (TSNode left : targets) {
      assign(left, value);
    }
  }

  private void assign(TSNode left, TSNode right) {
    if (syntax.of(left) != Syntax.IDENTIFIER) {
      bindTargets(left);
      return;
    }
    if (right == null) {
      return; // an annotation only, `x: int`, binds nothing
    }
    String name = context.text(left);
    context.names.add(name);
    Syntax rightKind = syntax.of(right);
    if (name.equals("__all__")) {
      exports.assign(right);
    } else if (rightKind == Syntax.IDENTIFIER || rightKind == Syntax.ATTRIBUTE) {
      String target = context.text(right);
      if (ExtractionContext.isDottedName(target)) {
        context.aliases.add(new AliasDecl(name, target, context.line(left), context.column(left)));
      }
    } else if (rightKind == Syntax.CALL) {
      dynamicClasses.dynamicClass(name, left, right);
    }
  }

  private void moduleCall(TSNode call, ImportContext where) {
    TSNode function = syntax.field(call, Syntax.Field.FUNCTION);
    if (function == null) {
      return;
    }
    String callee = context.text(function);
    TSNode arguments = syntax.field(call, Syntax.Field.ARGUMENTS);
    if (arguments == null) {
      return;
    }
    if (exports.call(callee, arguments)) {
      return;
    }
    if (callee.equals("exec")) {
      context.dynamic = true; // exec(...) at module level binds names no reader can list
      return;
    }
    deprecations.moduleWarning(callee, arguments, where);
  }

  void bindTargets(TSNode target) {
    Syntax kind = syntax.of(target);
    if (kind == Syntax.IDENTIFIER) {
      context.names.add(context.text(target));
    } else if (kind == Syntax.PATTERN_LIST
        || kind == Syntax.TUPLE_PATTERN
        || kind == Syntax.LIST_PATTERN
        || kind == Syntax.TUPLE
        || kind == Syntax.LIST
        || kind == Syntax.PARENTHESIZED_EXPRESSION) {
      int count = Nodes.namedChildCount(target);
      for (int i = 0; i < count; i++) {
        bindTargets(Nodes.namedChild(target, i));
      }
    }
  }

  /** The names a top-level {@code with a as x, b as (y, z):} binds. */
  void bindWithTargets(TSNode with) {
    int count = Nodes.namedChildCount(with);
    for (int i = 0; i < count; i++) {
      TSNode clause = Nodes.namedChild(with, i);
      if (syntax.of(clause) != Syntax.WITH_CLAUSE) {
        continue;
      }
      int items = Nodes.namedChildCount(clause);
      for (int j = 0; j < items; j++) {
        TSNode item = Nodes.namedChild(clause, j);
        TSNode value =
            syntax.of(item) == Syntax.WITH_ITEM ? syntax.field(item, Syntax.Field.VALUE) : null;
        TSNode target =
            value != null && syntax.of(value) == Syntax.AS_PATTERN
                ? syntax.field(value, Syntax.Field.ALIAS)
                : null;
        if (target != null) {
          bindTargets(
              syntax.of(target) == Syntax.AS_PATTERN_TARGET && Nodes.namedChildCount(target) == 1
                  ? Nodes.namedChild(target, 0)
                  : target);
        }
      }
    }
  }

  /**
   * Names a function declares {@code global} and may assign ({@code global types_map} in
   * mimetypes): module attributes too. Found by their keyword, like imports inside functions.
   */
  void globalDeclarations() {
    for (int at : context.found[SourceMarks.GLOBALS]) {
      TSNode keyword =
          context.root.getDescendantForByteRange(at, at + SourceMarks.GLOBAL_WORD.length);
      TSNode statement = Syntax.isNull(keyword) ? null : Nodes.parent(keyword);
      if (Syntax.isNull(statement) || syntax.of(statement) != Syntax.GLOBAL) {
        continue;
      }
      int count = Nodes.namedChildCount(statement);
      for (int i = 0; i < count; i++) {
        TSNode name = Nodes.namedChild(statement, i);
        if (syntax.of(name) == Syntax.IDENTIFIER) {
          context.names.add(context.text(name));
        }
      }
    }
  }
}
