package dev.ssot.lang.python;

import java.util.ArrayList;
import org.treesitter.TSNode;

/**
 * A module's {@code __all__}: assigned a list or tuple of string literals, extended with {@code
 * +=}, {@code __all__.extend(...)} and {@code __all__.append("name")}. Anything but string literals
 * makes the list unknown ({@link ExtractionContext#exportsLiteral}).
 */
final class ExportsReader {

  private final ExtractionContext context;
  private final Syntax.Table syntax;

  ExportsReader(ExtractionContext context) {
    this.context = context;
    this.syntax = context.syntax;
  }

  /** {@code __all__ = value}: starts the list over. */
  void assign(TSNode value) {
    context.exports = new ArrayList<>();
    extend(value);
  }

  /**
   * A module-level call: whether it is {@code __all__.extend(...)} or {@code __all__.append(...)},
   * read if so.
   */
  boolean call(String callee, TSNode arguments) {
    if (!callee.equals("__all__.extend") && !callee.equals("__all__.append")) {
      return false;
    }
    TSNode first = Nodes.namedChildCount(arguments) > 0 ? Nodes.namedChild(arguments, 0) : null;
    if (callee.endsWith("append") && first != null && syntax.of(first) == Syntax.STRING) {
      if (context.exports == null) {
        context.exports = new ArrayList<>();
      }
      String value = context.stringValue(first);
      if (value == null) {
        context.exportsLiteral = false;
      } else {
        context.exports.add(value);
      }
    } else {
      extend(first);
    }
    return true;
  }

  /** Adds the names of a literal list or tuple; anything else makes the list unknown. */
  void extend(TSNode value) {
    if (value == null) {
      context.exportsLiteral = false;
      return;
    }
    Syntax kind = syntax.of(value);
    if (kind != Syntax.LIST && kind != Syntax.TUPLE) {
      context.exportsLiteral = false;
      return;
    }
    if (context.exports == null) {
      context.exports = new ArrayList<>();
    }
    int count = Nodes.namedChildCount(value);
    for (int i = 0; i < count; i++) {
      TSNode item = Nodes.namedChild(value, i);
      if (syntax.of(item) == Syntax.COMMENT) {
        continue;
      }
      String literal = syntax.of(item) == Syntax.STRING ? context.stringValue(item) : null;
      if (literal == null) {
        context.exportsLiteral = false;
        return;
      }
      context.exports.add(literal);
    }
  }
}
