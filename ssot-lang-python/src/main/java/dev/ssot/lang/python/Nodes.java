package dev.ssot.lang.python;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.treesitter.TSNode;
import org.treesitter.TSParser;

/**
 * The node queries the extractor makes, one native call each.
 *
 * <p>The binding's {@link TSNode} methods first make a native call of their own to check that the
 * node is not null, which doubles the cost of every query (and each native call of the binding
 * looks up the node's field ids by name). These go straight to the binding's native functions and
 * check for the null node in Java ({@link Syntax#isNull}). When the binding does not have them in
 * the expected shape, the public methods are used.
 */
final class Nodes {

  private static final MethodHandle NAMED_CHILD;
  private static final MethodHandle NAMED_CHILD_COUNT;
  private static final MethodHandle CHILD_BY_FIELD_ID;
  private static final MethodHandle SYMBOL;
  private static final MethodHandle START_BYTE;
  private static final MethodHandle END_BYTE;
  private static final MethodHandle PARENT;

  static {
    MethodHandle namedChild = null;
    MethodHandle namedChildCount = null;
    MethodHandle childByFieldId = null;
    MethodHandle symbol = null;
    MethodHandle startByte = null;
    MethodHandle endByte = null;
    MethodHandle parent = null;
    try {
      MethodHandles.Lookup lookup =
          MethodHandles.privateLookupIn(TSParser.class, MethodHandles.lookup());
      MethodType toNode = MethodType.methodType(TSNode.class, TSNode.class);
      MethodType toInt = MethodType.methodType(int.class, TSNode.class);
      MethodType indexed = MethodType.methodType(TSNode.class, TSNode.class, int.class);
      namedChild = lookup.findStatic(TSParser.class, "ts_node_named_child", indexed);
      namedChildCount = lookup.findStatic(TSParser.class, "ts_node_named_child_count", toInt);
      childByFieldId = lookup.findStatic(TSParser.class, "ts_node_child_by_field_id", indexed);
      symbol = lookup.findStatic(TSParser.class, "ts_node_symbol", toInt);
      startByte = lookup.findStatic(TSParser.class, "ts_node_start_byte", toInt);
      endByte = lookup.findStatic(TSParser.class, "ts_node_end_byte", toInt);
      parent = lookup.findStatic(TSParser.class, "ts_node_parent", toNode);
    } catch (ReflectiveOperationException | RuntimeException e) {
      namedChild = null; // another binding version: the public methods below
    }
    boolean all =
        namedChild != null
            && namedChildCount != null
            && childByFieldId != null
            && symbol != null
            && startByte != null
            && endByte != null
            && parent != null;
    NAMED_CHILD = all ? namedChild : null;
    NAMED_CHILD_COUNT = all ? namedChildCount : null;
    CHILD_BY_FIELD_ID = all ? childByFieldId : null;
    SYMBOL = all ? symbol : null;
    START_BYTE = all ? startByte : null;
    END_BYTE = all ? endByte : null;
    PARENT = all ? parent : null;
  }

  private Nodes() {}

  /** Whether the direct native calls are in use (false: the binding's public methods). */
  static boolean direct() {
    return NAMED_CHILD != null;
  }

  static TSNode namedChild(TSNode node, int index) {
    if (NAMED_CHILD == null) {
      return node.getNamedChild(index);
    }
    check(node);
    try {
      return (TSNode) NAMED_CHILD.invokeExact(node, index);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  static int namedChildCount(TSNode node) {
    if (NAMED_CHILD_COUNT == null) {
      return node.getNamedChildCount();
    }
    check(node);
    try {
      return (int) NAMED_CHILD_COUNT.invokeExact(node);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  static TSNode childByFieldId(TSNode node, int fieldId) {
    if (CHILD_BY_FIELD_ID == null) {
      return node.getChildByFieldId(fieldId);
    }
    check(node);
    try {
      return (TSNode) CHILD_BY_FIELD_ID.invokeExact(node, fieldId);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  static int symbol(TSNode node) {
    if (SYMBOL == null) {
      return node.getSymbol();
    }
    check(node);
    try {
      return (int) SYMBOL.invokeExact(node);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  static int startByte(TSNode node) {
    if (START_BYTE == null) {
      return node.getStartByte();
    }
    check(node);
    try {
      return (int) START_BYTE.invokeExact(node);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  static int endByte(TSNode node) {
    if (END_BYTE == null) {
      return node.getEndByte();
    }
    check(node);
    try {
      return (int) END_BYTE.invokeExact(node);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  static TSNode parent(TSNode node) {
    if (PARENT == null) {
      return node.getParent();
    }
    check(node);
    try {
      return (TSNode) PARENT.invokeExact(node);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  /** The binding's own check, without its native call: a null node would crash the native code. */
  private static void check(TSNode node) {
    if (Syntax.isNull(node)) {
      throw new IllegalStateException("tree-sitter returned a null node where a node was expected");
    }
  }

  private static RuntimeException rethrow(Throwable e) {
    if (e instanceof RuntimeException runtime) {
      return runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(e);
  }
}
