package dev.ssot.lang.python;

import dev.ssot.core.finding.Edit;
import dev.ssot.core.finding.Fix;
import dev.ssot.core.finding.ImportMove;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.lang.ImportRewriter;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.ImportRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;
import org.treesitter.TSTree;

/**
 * Rewrites Python {@code from m import x} statements to another module and name: in place when
 * every name of the statement moves to the same module, else by taking the moved names out of the
 * statement's list (keeping its parentheses and trailing comma) and adding a statement of their own
 * on the next line, indented alike. A relative import stays relative (when the new module is in the
 * same top-level package); the local name never changes ({@code as} keeps it when the new name
 * differs). Imports inside functions, under {@code if TYPE_CHECKING:} and the guarded imports the
 * rules flag (a fallback that is the code's own path, not an alternative for another version) are
 * rewritten in place. A plain {@code import a.b as c} or {@code import a.b} changes its module path
 * (and, without {@code as}, every {@code a.b.X} written in its scope) only when every use of the
 * bound name is an attribute the new module binds to the same definition. Files whose coding cookie
 * names another encoding than UTF-8 are rewritten only when they are ASCII; a byte-order mark, line
 * endings and every byte outside the rewritten statements are kept.
 */
public final class PythonImportRewriter implements ImportRewriter {

  @Override
  public List<Fix> rewrite(
      FileFacts file, byte[] content, List<ImportMove> moves, CodeGraph graph) {
    int offset =
        content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    byte[] bytes = java.util.Arrays.copyOfRange(content, offset, content.length);
    String cookie = offset == 0 ? PythonSource.codingCookie(bytes) : null;
    if (cookie != null && !utf8(cookie) && !ascii(bytes)) {
      return all(moves, "the file is encoded in " + cookie + ", not UTF-8");
    }
    if (!validUtf8(bytes)) {
      return all(moves, "the file is not valid UTF-8");
    }
    TSTree tree = PythonSourceParser.parse(bytes);
    if (tree == null) {
      return all(moves, "the file does not parse now");
    }
    try {
      TSNode root = tree.getRootNode();
      if (root.hasError()) {
        return all(moves, "the file does not parse now");
      }
      return new FileRewrite(file, bytes, offset, root, graph).run(moves);
    } finally {
      tree.close();
    }
  }

  private static List<Fix> all(List<ImportMove> moves, String reason) {
    return moves.stream().map(m -> Fix.notFixed(reason)).toList();
  }

  private static boolean utf8(String cookie) {
    String normal = cookie.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return normal.equals("utf-8") || normal.startsWith("utf-8-") || normal.equals("utf8");
  }

  private static boolean ascii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /** One name of a {@code from} statement: its node's range, name and {@code as} name. */
  private record Item(int start, int end, String name, String alias) {
    String bound() {
      return alias == null ? name : alias;
    }
  }

  /** What one move asks of one item: the module and name to import instead. */
  private record Change(ImportMove move, Item item, String module, String name) {}

  private static final class Refused extends RuntimeException {
    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The rewrite of one file's moves. */
  private static final class FileRewrite {
    private final FileFacts file;
    private final byte[] bytes;
    private final int shift; // bytes before the parsed text (a byte-order mark)
    private final TSNode root;
    private final CodeGraph graph;
    private final List<Integer> lineStarts = new ArrayList<>();
    private final String newline;

    /** Imports at top level, written or added: {@code module\0name\0bound}. */
    private final Set<String> present = new HashSet<>();

    FileRewrite(FileFacts file, byte[] bytes, int shift, TSNode root, CodeGraph graph) {
      this.graph = graph;
      this.file = file;
      this.bytes = bytes;
      this.shift = shift;
      this.root = root;
      lineStarts.add(0);
      String separator = null;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          lineStarts.add(i + 1);
          if (separator == null) {
            separator = i > 0 && bytes[i - 1] == '\r' ? "\r\n" : "\n";
          }
        } else if (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
          lineStarts.add(i + 1);
          if (separator == null) {
            separator = "\r";
          }
        }
      }
      newline = separator == null ? "\n" : separator;
      for (ImportRef imp : file.imports()) {
        if (imp.fromImport() && !imp.onDemand() && imp.context() == ImportContext.TOP_LEVEL) {
          present.add(key(imp.name(), imp.member(), imp.boundName()));
        }
      }
    }

    private static String key(String module, String name, String bound) {
      return module + "\u0000" + name + "\u0000" + bound;
    }

    List<Fix> run(List<ImportMove> moves) {
      Map<Integer, List<Change>> byStatement = new LinkedHashMap<>();
      Map<Integer, TSNode> statements = new LinkedHashMap<>();
      Map<ImportMove, Fix> fixes = new LinkedHashMap<>();
      for (ImportMove move : moves) {
        try {
          TSNode statement = statementAt(move);
          if ("import_statement".equals(statement.getType())) {
            fixes.put(move, new Fix(moduleImport(move, statement), true, null));
            continue;
          }
          Change change = change(move, statement);
          byStatement.computeIfAbsent(statement.getStartByte(), k -> new ArrayList<>()).add(change);
          statements.put(statement.getStartByte(), statement);
        } catch (Refused e) {
          fixes.put(move, Fix.notFixed(e.getMessage()));
        }
      }
      for (Map.Entry<Integer, List<Change>> entry : byStatement.entrySet()) {
        List<Change> changes = entry.getValue();
        Fix fix;
        try {
          List<Edit> edits = rewrite(statements.get(entry.getKey()), changes);
          fix = new Fix(edits, true, null);
        } catch (Refused e) {
          fix = Fix.notFixed(e.getMessage());
        }
        for (Change change : changes) {
          fixes.put(change.move(), fix);
        }
      }
      return moves.stream().map(fixes::get).toList();
    }

    /** The {@code from} statement whose name starts at the move's location. */
    private TSNode statementAt(ImportMove move) {
      int at = offset(move.location().line(), move.location().column());
      if (at < 0) {
        throw new Refused("the import is not where the analysis found it");
      }
      TSNode node = root.getNamedDescendantForByteRange(at, at);
      while (node != null
          && !node.isNull()
          && !"import_from_statement".equals(node.getType())
          && !"import_statement".equals(node.getType())) {
        node = node.getParent();
      }
      if (node == null || node.isNull()) {
        throw new Refused("the import is not where the analysis found it");
      }
      return node;
    }

    /**
     * {@code import a.b as c} becomes {@code import x.y as c}, and {@code import a.b} becomes
     * {@code import x.y} with every {@code a.b.X} written {@code x.y.X}: only where the name the
     * import binds is used through attributes alone, within the import's scope, each attribute
     * bound by the new module to the definition the old one binds, and (without {@code as}) the new
     * top-level name is free.
     */
    private List<Edit> moduleImport(ImportMove move, TSNode statement) {
      int at = offset(move.location().line(), move.location().column());
      TSNode dotted = null;
      String alias = null;
      int count = statement.getNamedChildCount();
      for (int i = 0; i < count; i++) {
        TSNode child = statement.getNamedChild(i);
        if (child.getStartByte() != at) {
          continue;
        }
        if ("dotted_name".equals(child.getType())) {
          dotted = child;
        } else if ("aliased_import".equals(child.getType())) {
          dotted = child.getChildByFieldName("name");
          TSNode name = child.getChildByFieldName("alias");
          alias =
              name == null || name.isNull() ? null : text(name.getStartByte(), name.getEndByte());
        }
      }
      String old = move.written();
      if (dotted == null
          || dotted.isNull()
          || !text(dotted.getStartByte(), dotted.getEndByte()).replaceAll("\\s", "").equals(old)) {
        throw new Refused("the import does not name " + old);
      }
      String replacement = move.replacement();
      String head = alias != null ? alias : old.split("\\.")[0];
      String newHead = replacement.split("\\.")[0];
      ImportRef self =
          file.imports().stream()
              .filter(
                  i -> i.line() == move.location().line() && i.column() == move.location().column())
              .findFirst()
              .orElse(null);
      for (ImportRef imp : file.imports()) {
        if (imp != self && imp.boundName().equals(head) && (alias != null || imp.fromImport())) {
          throw new Refused("another import binds " + head + " too (line " + imp.line() + ")");
        }
      }
      int[] scope = scopeOf(statement);
      dev.ssot.core.graph.ModuleScope modules =
          graph.modules().orElseThrow(() -> new Refused("no module bindings to check against"));
      List<Edit> edits = new ArrayList<>();
      edits.add(edit(dotted, replacement));
      int segments = old.split("\\.").length;
      boolean sharedHead =
          alias == null
              && file.imports().stream()
                  .anyMatch(
                      i -> i != null && !i.fromImport() && i.boundName().equals(head) && i != self);
      for (TSNode use : identifiers(head, scope)) {
        TSNode top = use;
        List<String> chain = new ArrayList<>(List.of(head));
        TSNode parent = top.getParent();
        while (parent != null
            && !parent.isNull()
            && "attribute".equals(parent.getType())
            && parent.getChildByFieldName("object").getStartByte() == top.getStartByte()
            && parent.getChildByFieldName("object").getEndByte() == top.getEndByte()) {
          TSNode attribute = parent.getChildByFieldName("attribute");
          chain.add(text(attribute.getStartByte(), attribute.getEndByte()));
          top = parent;
          parent = top.getParent();
        }
        int line = lineOf(use.getStartByte());
        int prefixLength = alias != null ? 1 : segments;
        boolean throughModule =
            chain.size() > prefixLength
                && String.join(".", chain.subList(0, prefixLength))
                    .equals(alias != null ? alias : old);
        if (!throughModule) {
          if (sharedHead && !String.join(".", chain).startsWith(old)) {
            continue; // another import's module under the same package name
          }
          throw new Refused(
              "the module "
                  + (alias != null ? alias : old)
                  + " is used other than through its attributes (line "
                  + line
                  + ")");
        }
        String name = chain.get(prefixLength);
        dev.ssot.core.graph.ModuleScope.Resolution before = modules.lookupFrom(old, name);
        dev.ssot.core.graph.ModuleScope.Resolution after = modules.lookupFrom(replacement, name);
        if (before.target() == null
            || before.kind() != after.kind()
            || !before.target().equals(after.target())
            || !(before.kind() == dev.ssot.core.graph.ModuleScope.Kind.CLASS
                || before.kind() == dev.ssot.core.graph.ModuleScope.Kind.VALUE)) {
          throw new Refused(
              replacement
                  + " does not bind "
                  + name
                  + " to what "
                  + old
                  + " binds (line "
                  + line
                  + ")");
        }
        if (alias == null) {
          // the node spelling a.b: the identifier and its first segments - 1 attribute parents
          TSNode prefix = use;
          for (int i = 1; i < segments; i++) {
            prefix = prefix.getParent();
          }
          edits.add(edit(prefix, replacement));
        }
      }
      if (alias == null && !newHead.equals(head)) {
        for (ImportRef imp : file.imports()) {
          if (imp.boundName().equals(newHead) && (imp.fromImport() || imp.alias() != null)) {
            throw new Refused(
                "the name " + newHead + " is bound otherwise (line " + imp.line() + ")");
          }
        }
        boolean bound =
            file.imports().stream().anyMatch(i -> !i.fromImport() && i.boundName().equals(newHead));
        if (!bound) {
          List<TSNode> clashes = identifiers(newHead, new int[] {0, bytes.length});
          if (!clashes.isEmpty()) {
            throw new Refused(
                "the name "
                    + newHead
                    + " is used otherwise in the file (line "
                    + lineOf(clashes.get(0).getStartByte())
                    + ")");
          }
        }
      }
      edits.sort(Edit.ORDER);
      return edits;
    }

    /** The byte range a statement's bindings are seen in: its function, else the whole file. */
    private int[] scopeOf(TSNode statement) {
      TSNode node = statement.getParent();
      while (node != null && !node.isNull()) {
        String type = node.getType();
        if ("function_definition".equals(type) || "lambda".equals(type)) {
          return new int[] {node.getStartByte(), node.getEndByte()};
        }
        if ("class_definition".equals(type)) {
          throw new Refused("the import binds a class attribute");
        }
        node = node.getParent();
      }
      return new int[] {0, bytes.length};
    }

    /**
     * The identifiers spelling {@code name} in a byte range that are references: not in an import
     * statement, not an attribute name ({@code x.name}), not a keyword argument's name.
     */
    private List<TSNode> identifiers(String name, int[] range) {
      List<TSNode> found = new ArrayList<>();
      byte[] needle = name.getBytes(StandardCharsets.UTF_8);
      for (int i = range[0]; i + needle.length <= range[1]; i++) {
        if (!matches(i, needle)) {
          continue;
        }
        TSNode node = root.getNamedDescendantForByteRange(i, i + needle.length);
        if (node == null
            || node.isNull()
            || !"identifier".equals(node.getType())
            || node.getStartByte() != i
            || node.getEndByte() != i + needle.length) {
          continue;
        }
        TSNode parent = node.getParent();
        String type = parent == null || parent.isNull() ? "" : parent.getType();
        if ("attribute".equals(type)
            && parent.getChildByFieldName("attribute").getStartByte() == i) {
          continue;
        }
        if ("keyword_argument".equals(type)
            && parent.getChildByFieldName("name").getStartByte() == i) {
          continue;
        }
        if (insideImport(node)) {
          continue;
        }
        found.add(node);
      }
      return found;
    }

    private boolean matches(int at, byte[] needle) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[at + j] != needle[j]) {
          return false;
        }
      }
      boolean before = at == 0 || !identifierByte(bytes[at - 1]);
      int end = at + needle.length;
      return before && (end >= bytes.length || !identifierByte(bytes[end]));
    }

    private static boolean identifierByte(byte c) {
      return c == '_'
          || (c >= '0' && c <= '9')
          || (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || c < 0;
    }

    private static boolean insideImport(TSNode node) {
      TSNode current = node.getParent();
      while (current != null && !current.isNull()) {
        String type = current.getType();
        if ("import_statement".equals(type)
            || "import_from_statement".equals(type)
            || "future_import_statement".equals(type)) {
          return true;
        }
        if (type.endsWith("statement") || "block".equals(type) || "module".equals(type)) {
          return false;
        }
        current = current.getParent();
      }
      return false;
    }

    private int lineOf(int offset) {
      int line = 0;
      for (int start : lineStarts) {
        if (start > offset) {
          break;
        }
        line++;
      }
      return line;
    }

    private Change change(ImportMove move, TSNode statement) {
      int at = offset(move.location().line(), move.location().column());
      String written = move.written();
      int dot = written.lastIndexOf('.');
      String module = absoluteModule(statement);
      if (dot < 0 || !written.substring(0, dot).equals(module)) {
        throw new Refused("the import does not name " + written);
      }
      Item item = null;
      for (Item candidate : items(statement)) {
        if (candidate.start() == at) {
          item = candidate;
        }
      }
      if (item == null || !item.name().equals(written.substring(dot + 1))) {
        throw new Refused("the import does not name " + written);
      }
      String replacement = move.replacement();
      int split = replacement.lastIndexOf('.');
      if (split < 0) {
        throw new Refused("the replacement " + replacement + " names no module");
      }
      return new Change(
          move, item, replacement.substring(0, split), replacement.substring(split + 1));
    }

    private List<Edit> rewrite(TSNode statement, List<Change> changes) {
      List<Item> items = items(statement);
      TSNode moduleNode = statement.getChildByFieldName("module_name");
      boolean relative = "relative_import".equals(moduleNode.getType());
      String module = absoluteModule(statement);
      boolean topLevel = atTopLevel(statement);
      Map<Item, Change> changed = new LinkedHashMap<>();
      for (Change change : changes) {
        changed.put(change.item(), change);
      }
      // Names already imported the new way at top level only need the old import gone.
      Set<Item> redundant = new HashSet<>();
      for (Change change : changes) {
        String key = key(change.module(), change.name(), change.item().bound());
        if (topLevel && present.contains(key)) {
          redundant.add(change.item());
        }
      }
      for (Change change : changes) {
        if (topLevel) {
          present.add(key(change.module(), change.name(), change.item().bound()));
        }
      }
      Set<String> targets = new java.util.TreeSet<>();
      changes.stream()
          .filter(c -> !redundant.contains(c.item()))
          .forEach(c -> targets.add(c.module()));
      boolean everyItem = changed.size() == items.size();
      List<Edit> edits = new ArrayList<>();
      if (everyItem && redundant.size() == items.size()) {
        edits.add(removeStatement(statement));
        return edits;
      }
      if (everyItem && redundant.isEmpty() && targets.size() == 1) {
        String target = targets.iterator().next();
        if (!target.equals(module)) {
          edits.add(edit(moduleNode, moduleText(target, relative)));
        }
        for (Change change : changes) {
          edits.add(edit(change.item(), itemText(change)));
        }
        return edits;
      }
      // Some names stay (or go to different modules): take the moved ones out of the list, and
      // import them from their new modules in statements of their own on the next line.
      List<Item> removed = new ArrayList<>();
      Map<String, List<Change>> added = new LinkedHashMap<>();
      for (Item item : items) {
        Change change = changed.get(item);
        if (change == null) {
          continue;
        }
        if (redundant.contains(item)) {
          removed.add(item);
        } else if (change.module().equals(module)) {
          edits.add(edit(item, itemText(change)));
        } else {
          removed.add(item);
          added.computeIfAbsent(change.module(), k -> new ArrayList<>()).add(change);
        }
      }
      if (removed.size() == items.size()) {
        // every name leaves: the statement becomes the first new one
        Map.Entry<String, List<Change>> first = added.entrySet().iterator().next();
        edits.add(edit(moduleNode, moduleText(first.getKey(), relative)));
        for (Change change : first.getValue()) {
          edits.add(edit(change.item(), itemText(change)));
        }
        List<Item> gone = new ArrayList<>(items);
        gone.removeIf(i -> first.getValue().stream().anyMatch(c -> c.item().equals(i)));
        edits.addAll(removeItems(items, gone));
        added.remove(first.getKey());
      } else {
        edits.addAll(removeItems(items, removed));
      }
      if (!added.isEmpty()) {
        int start = statement.getStartByte();
        int lineStart = lineStart(start);
        String indent = text(lineStart, start);
        if (!indent.isBlank()) {
          throw new Refused("the statement shares its line with other code");
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<Change>> entry : added.entrySet()) {
          text.append(indent)
              .append("from ")
              .append(moduleText(entry.getKey(), relative))
              .append(" import ");
          List<String> names = entry.getValue().stream().map(this::itemText).toList();
          text.append(String.join(", ", names)).append(newline);
        }
        int end = statement.getEndByte();
        int next = nextLine(end);
        String insertion = text.toString();
        if (next == bytes.length && !endsWithNewline()) {
          insertion = newline + insertion.substring(0, insertion.length() - newline.length());
        }
        edits.add(Edit.of(file.path(), next + shift, next + shift, insertion));
      }
      edits.sort(Edit.ORDER);
      return edits;
    }

    /** Deletes items from a statement's list with their separators; comments are never deleted. */
    private List<Edit> removeItems(List<Item> items, List<Item> removed) {
      List<Edit> edits = new ArrayList<>();
      int i = 0;
      while (i < items.size()) {
        if (!removed.contains(items.get(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < items.size() && removed.contains(items.get(j + 1))) {
          j++;
        }
        int from;
        int to;
        if (j + 1 < items.size()) {
          from = items.get(i).start();
          to = items.get(j + 1).start();
        } else if (i > 0) {
          from = items.get(i - 1).end();
          to = items.get(j).end();
        } else {
          throw new Refused("no name would be left in the statement");
        }
        if (text(from, to).indexOf('#') >= 0) {
          throw new Refused("a comment inside the import list would be lost");
        }
        edits.add(Edit.of(file.path(), from + shift, to + shift, ""));
        i = j + 1;
      }
      return edits;
    }

    /** The statement's lines when nothing else is on them, else the statement alone. */
    private Edit removeStatement(TSNode statement) {
      int start = statement.getStartByte();
      int end = statement.getEndByte();
      int lineStart = lineStart(start);
      int lineEnd = end;
      while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
        lineEnd++;
      }
      if (text(lineStart, start).isBlank() && text(end, lineEnd).isBlank()) {
        TSNode parent = statement.getParent();
        if (parent != null
            && "block".equals(parent.getType())
            && parent.getNamedChildCount() == 1) {
          return Edit.of(file.path(), start + shift, end + shift, "pass");
        }
        return Edit.of(file.path(), lineStart + shift, nextLine(end) + shift, "");
      }
      throw new Refused("the statement shares its line with other code");
    }

    private boolean atTopLevel(TSNode statement) {
      TSNode parent = statement.getParent();
      return parent != null && "module".equals(parent.getType());
    }

    private String itemText(Change change) {
      Item item = change.item();
      String bound = item.bound();
      return change.name().equals(bound) ? change.name() : change.name() + " as " + bound;
    }

    /** The module as the statement should write it: relative if it was, where it can be. */
    private String moduleText(String target, boolean relative) {
      if (!relative) {
        return target;
      }
      List<String> pkg = new ArrayList<>(List.of(packageOfFile().split("\\.")));
      String[] parts = target.split("\\.");
      int common = 0;
      while (common < pkg.size()
          && common < parts.length
          && pkg.get(common).equals(parts[common])) {
        common++;
      }
      if (common == 0 || packageOfFile().isEmpty()) {
        return target;
      }
      int level = pkg.size() - common + 1;
      return ".".repeat(level)
          + String.join(".", java.util.Arrays.asList(parts).subList(common, parts.length));
    }

    private String packageOfFile() {
      String module = file.packageName();
      if (file.path().endsWith("__init__.py")) {
        return module;
      }
      int dot = module.lastIndexOf('.');
      return dot < 0 ? "" : module.substring(0, dot);
    }

    /** The absolute module a {@code from} statement imports from. */
    private String absoluteModule(TSNode statement) {
      TSNode moduleNode = statement.getChildByFieldName("module_name");
      if (moduleNode == null || moduleNode.isNull()) {
        throw new Refused("the statement names no module");
      }
      String written =
          text(moduleNode.getStartByte(), moduleNode.getEndByte()).replaceAll("\\s", "");
      if (!"relative_import".equals(moduleNode.getType())) {
        return written;
      }
      int level = 0;
      while (level < written.length() && written.charAt(level) == '.') {
        level++;
      }
      String rest = written.substring(level);
      String pkg = packageOfFile();
      List<String> parts = new ArrayList<>(pkg.isEmpty() ? List.of() : List.of(pkg.split("\\.")));
      for (int i = 1; i < level; i++) {
        if (parts.isEmpty()) {
          throw new Refused("the relative import leaves the top-level package");
        }
        parts.remove(parts.size() - 1);
      }
      String base = String.join(".", parts);
      return rest.isEmpty() ? base : base.isEmpty() ? rest : base + "." + rest;
    }

    private List<Item> items(TSNode statement) {
      List<Item> items = new ArrayList<>();
      TSNode moduleNode = statement.getChildByFieldName("module_name");
      int moduleEnd = moduleNode.getEndByte();
      int count = statement.getNamedChildCount();
      for (int i = 0; i < count; i++) {
        TSNode child = statement.getNamedChild(i);
        if (child.getStartByte() < moduleEnd) {
          continue;
        }
        String type = child.getType();
        if ("dotted_name".equals(type)) {
          items.add(
              new Item(
                  child.getStartByte(),
                  child.getEndByte(),
                  text(child.getStartByte(), child.getEndByte()),
                  null));
        } else if ("aliased_import".equals(type)) {
          TSNode name = child.getChildByFieldName("name");
          TSNode alias = child.getChildByFieldName("alias");
          items.add(
              new Item(
                  child.getStartByte(),
                  child.getEndByte(),
                  text(name.getStartByte(), name.getEndByte()),
                  alias == null || alias.isNull()
                      ? null
                      : text(alias.getStartByte(), alias.getEndByte())));
        }
      }
      return items;
    }

    private Edit edit(TSNode node, String text) {
      return Edit.of(file.path(), node.getStartByte() + shift, node.getEndByte() + shift, text);
    }

    private Edit edit(Item item, String text) {
      return Edit.of(file.path(), item.start() + shift, item.end() + shift, text);
    }

    private String text(int from, int to) {
      return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    private boolean endsWithNewline() {
      return bytes.length > 0
          && (bytes[bytes.length - 1] == '\n' || bytes[bytes.length - 1] == '\r');
    }

    /** The byte offset of a 1-based line and column (in code points), or -1. */
    private int offset(int line, int column) {
      if (line < 1 || line > lineStarts.size()) {
        return -1;
      }
      int at = lineStarts.get(line - 1);
      int left = column - 1;
      while (left > 0 && at < bytes.length) {
        at++;
        while (at < bytes.length && (bytes[at] & 0xC0) == 0x80) {
          at++;
        }
        left--;
      }
      return left == 0 ? at : -1;
    }

    private int lineStart(int offset) {
      int found = 0;
      for (int start : lineStarts) {
        if (start > offset) {
          break;
        }
        found = start;
      }
      return found;
    }

    private int nextLine(int offset) {
      for (int start : lineStarts) {
        if (start > offset) {
          return start;
        }
      }
      return bytes.length;
    }
  }
}
