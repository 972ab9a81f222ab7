package dev.ssot.lang.python;

import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The uses of the names that plain {@code import} statements bind ({@code c.X} after {@code import
 * a.b as c}), which tell the import rules which attributes a module import reaches and let {@code
 * ssot fix} move the import to the canonical module.
 */
final class ModuleAttributeUses {

  private final ExtractionContext context;
  private final ImportReader imports;
  private final List<TypeRef> references = new ArrayList<>();

  ModuleAttributeUses(ExtractionContext context, ImportReader imports) {
    this.context = context;
    this.imports = imports;
  }

  /** The uses found by {@link #read}, in source order. */
  List<TypeRef> references() {
    return references;
  }

  /**
   * Every use of a name that a plain {@code import a.b} or {@code import a.b as c} binds, as {@link
   * TypeRef}s outside any type: an attribute chain as written ({@code c.X}, {@code a.b.X.y}), or
   * the bare name where the module is used otherwise (passed on, rebound, a parameter). Names in
   * import statements, attribute names ({@code x.c}) and keyword names ({@code f(c=1)}) are not
   * uses. Found by scanning for the name, so only its occurrences are looked up in the tree; a
   * standard-library module imported from outside its own package is skipped (it is never a path in
   * the analysed code to move off).
   */
  void read() {
    Set<String> heads = new java.util.TreeSet<>();
    String ownTop = dev.ssot.core.graph.ModuleScope.topLevel(context.module);
    for (ImportRef imp : context.imports) {
      if (imp.fromImport() || imp.onDemand()) {
        continue;
      }
      String top = dev.ssot.core.graph.ModuleScope.topLevel(imp.name());
      if (imp.alias() == null && StandardLibrary.has(top) && !top.equals(ownTop)) {
        continue;
      }
      heads.add(imp.boundName());
    }
    if (heads.isEmpty()) {
      return;
    }
    byte[] b = context.src.bytes;
    for (String head : heads) {
      byte[] needle = head.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      for (int at = indexOf(b, needle, 0); at >= 0; at = indexOf(b, needle, at + needle.length)) {
        if (!context.src.wordAt(at, needle)) {
          continue;
        }
        if (imports.insideImport(at)) {
          continue; // the import statement itself
        }
        TSNode node = context.root.getNamedDescendantForByteRange(at, at + needle.length);
        if (Syntax.isNull(node)
            || context.syntax.of(node) != Syntax.IDENTIFIER
            || Nodes.startByte(node) != at
            || Nodes.endByte(node) != at + needle.length) {
          continue; // in a string or comment, or part of a longer name
        }
        TSNode parent = Nodes.parent(node);
        Syntax kind = Syntax.isNull(parent) ? null : context.syntax.of(parent);
        if (kind == Syntax.ATTRIBUTE) {
          TSNode object = context.syntax.field(parent, Syntax.Field.OBJECT);
          if (object == null || Nodes.startByte(object) != at) {
            continue; // x.head: an attribute of something else
          }
        } else if (kind == Syntax.KEYWORD_ARGUMENT) {
          TSNode name = context.syntax.field(parent, Syntax.Field.NAME);
          if (name != null && Nodes.startByte(name) == at) {
            continue;
          }
        }
        StringBuilder chain = new StringBuilder(head);
        TSNode current = node;
        while (kind == Syntax.ATTRIBUTE) {
          TSNode object = context.syntax.field(parent, Syntax.Field.OBJECT);
          TSNode attribute = context.syntax.field(parent, Syntax.Field.ATTRIBUTE);
          if (object == null
              || attribute == null
              || Nodes.startByte(object) != Nodes.startByte(current)
              || Nodes.endByte(object) != Nodes.endByte(current)) {
            break;
          }
          chain.append('.').append(context.text(attribute));
          current = parent;
          parent = Nodes.parent(current);
          kind = Syntax.isNull(parent) ? null : context.syntax.of(parent);
        }
        references.add(
            new TypeRef(
                chain.toString(), null, context.src.line(at), context.src.column(at), false));
      }
    }
    references.sort(
        java.util.Comparator.comparingInt(TypeRef::line).thenComparingInt(TypeRef::column));
  }

  private static int indexOf(byte[] b, byte[] needle, int from) {
    outer:
    for (int i = from; i + needle.length <= b.length; i++) {
      if (b[i] != needle[0]) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
