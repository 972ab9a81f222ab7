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
 * differs). Imports inside functions and under {@code if TYPE_CHECKING:} are rewritten in place;
 * fallbacks under {@code except ImportError} are left alone. Files whose coding cookie names
 * another encoding than UTF-8 are rewritten only when they are ASCII; a byte-order mark, line
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
      return new FileRewrite(file, bytes, offset, root).run(moves);
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
    private final List<Integer> lineStarts = new ArrayList<>();
    private final String newline;

    /** Imports at top level, written or added: {@code module\0name\0bound}. */
    private final Set<String> present = new HashSet<>();

    FileRewrite(FileFacts file, byte[] bytes, int shift, TSNode root) {
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
      while (node != null && !node.isNull() && !"import_from_statement".equals(node.getType())) {
        node = node.getParent();
      }
      if (node == null || node.isNull()) {
        throw new Refused("the import is not where the analysis found it");
      }
      for (ImportRef imp : file.imports()) {
        if (imp.line() == move.location().line()
            && imp.column() == move.location().column()
            && imp.context().guarded()) {
          throw new Refused("a fallback under except ImportError is kept on purpose");
        }
      }
      return node;
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
