package dev.ssot.lang.python;

import dev.ssot.core.model.AliasDecl;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.MockDecl;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.model.Suppression;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/**
 * What the readers of one Python file share: the file and its tree, the offsets of the {@link
 * SourceMarks} found up front, the facts gathered so far, and the node helpers every reader uses
 * (text, position, statements of a block, string literals, decorators). Not thread-safe; one per
 * file, closed with the extraction.
 */
final class ExtractionContext implements AutoCloseable {

  /** Lists longer than this are walked with {@link #cursor} rather than by index. */
  private static final int SHORT_LIST = 8;

  final Syntax.Table syntax;
  final PythonSource src;
  final SourceFile file;
  final String module;
  final TSNode root;
  final boolean isPackage;

  /** The package relative imports resolve against: the module itself when it is a package. */
  final String pkg;

  /** The offsets of each of the {@link SourceMarks}, by mark. */
  final int[][] found;

  final List<ImportRef> imports = new ArrayList<>();
  final List<TypeDecl> types = new ArrayList<>();
  final List<AliasDecl> aliases = new ArrayList<>();
  final List<MethodDecl> functions = new ArrayList<>();
  final List<MockDecl> mocks = new ArrayList<>();
  final List<Suppression> suppressions = new ArrayList<>();

  /** The names the module binds at its top level. */
  final TreeSet<String> names = new TreeSet<>();

  /** {@code __all__} as read so far; null while the module has none. */
  List<String> exports;

  /** False once {@code __all__} is built from anything but string literals. */
  boolean exportsLiteral = true;

  String deprecation;
  String summary;

  /** Whether the module binds names no reader can list. */
  boolean dynamic;

  /** One cursor per file, reset for each long list of statements. */
  private TSTreeCursor cursor;

  ExtractionContext(
      Syntax.Table syntax, PythonSource src, SourceFile file, String module, TSNode root) {
    this.syntax = syntax;
    this.src = src;
    this.file = file;
    this.module = module;
    this.root = root;
    this.isPackage = file.path().equals("__init__.py") || file.path().endsWith("/__init__.py");
    int dot = module.lastIndexOf('.');
    this.pkg = isPackage ? module : (dot < 0 ? "" : module.substring(0, dot));
    this.found = SourceMarks.scan(src);
  }

  @Override
  public void close() {
    if (cursor != null) {
      cursor.close();
    }
  }

  /** The statements of a module or block, comments left out. */
  List<TSNode> statements(TSNode container) {
    int count = Nodes.namedChildCount(container);
    List<TSNode> result = new ArrayList<>(count);
    if (count <= SHORT_LIST) {
      for (int i = 0; i < count; i++) {
        TSNode child = Nodes.namedChild(container, i);
        if (syntax.of(child) != Syntax.COMMENT) {
          result.add(child);
        }
      }
      return result;
    }
    // tree-sitter finds the i-th child by walking from the first, so indexing a module of n
    // statements costs n²/2 steps; a cursor steps to the next sibling in constant time.
    if (cursor == null) {
      cursor = new TSTreeCursor(container);
    } else {
      cursor.reset(container);
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

  /** The text of a docstring statement, or null when the statement is not a lone string. */
  String docstring(TSNode statement) {
    if (syntax.of(statement) != Syntax.EXPRESSION_STATEMENT
        || Nodes.namedChildCount(statement) != 1) {
      return null;
    }
    TSNode expression = Nodes.namedChild(statement, 0);
    Syntax kind = syntax.of(expression);
    if (kind != Syntax.STRING && kind != Syntax.CONCATENATED_STRING) {
      return null;
    }
    return stringText(expression);
  }

  /** A string literal's content without prefix and quotes (escapes left as written). */
  String stringText(TSNode string) {
    Syntax kind = syntax.of(string);
    if (kind == Syntax.CONCATENATED_STRING && Nodes.namedChildCount(string) > 0) {
      return stringText(Nodes.namedChild(string, 0));
    }
    if (kind != Syntax.STRING) {
      return null;
    }
    String written = text(string);
    int quote = 0;
    while (quote < written.length()
        && written.charAt(quote) != '"'
        && written.charAt(quote) != '\'') {
      quote++;
    }
    if (quote >= written.length()) {
      return null;
    }
    String rest = written.substring(quote);
    int width = rest.startsWith("\"\"\"") || rest.startsWith("'''") ? 3 : 1;
    if (rest.length() < 2 * width) {
      return "";
    }
    return rest.substring(width, rest.length() - width);
  }

  /** A plain string literal's value (no f-string interpolation), or null. */
  String stringValue(TSNode string) {
    String written = text(string);
    int quote = 0;
    while (quote < written.length()
        && written.charAt(quote) != '"'
        && written.charAt(quote) != '\'') {
      quote++;
    }
    String prefix =
        written.substring(0, Math.min(quote, written.length())).toLowerCase(java.util.Locale.ROOT);
    if (prefix.contains("f") || prefix.contains("b")) {
      return null;
    }
    return stringText(string);
  }

  /** The decorators of a decorated definition as written, without {@code @}. */
  List<String> decoratorTexts(TSNode decorated) {
    List<String> result = new ArrayList<>();
    int count = Nodes.namedChildCount(decorated);
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(decorated, i);
      if (syntax.of(child) == Syntax.DECORATOR) {
        result.add(text(child).substring(1).strip());
      }
    }
    return result;
  }

  /** Decorator names without their arguments ({@code deprecated} for {@code @deprecated("…")}). */
  List<String> decorators(TSNode decorated) {
    List<String> result = new ArrayList<>();
    for (String written : decoratorTexts(decorated)) {
      int paren = written.indexOf('(');
      result.add(paren < 0 ? written : written.substring(0, paren).strip());
    }
    return result;
  }

  String text(TSNode node) {
    return src.text(Nodes.startByte(node), Nodes.endByte(node));
  }

  int line(TSNode node) {
    return src.line(Nodes.startByte(node));
  }

  int column(TSNode node) {
    return src.column(Nodes.startByte(node));
  }

  static String firstLine(String text) {
    String stripped = text.strip();
    int newline = stripped.indexOf('\n');
    return newline < 0 ? stripped : stripped.substring(0, newline).strip();
  }

  static boolean isDottedName(String text) {
    if (text.isEmpty()) {
      return false;
    }
    boolean start = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (start) {
          return false;
        }
        start = true;
      } else if (start ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c)) {
        start = false;
      } else {
        return false;
      }
    }
    return !start;
  }

  static String lastSegment(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }
}
