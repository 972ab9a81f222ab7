package dev.ssot.lang.python;

import dev.ssot.core.model.AliasDecl;
import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.MockDecl;
import dev.ssot.core.model.ModuleFacts;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.model.Suppression;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import dev.ssot.core.model.TypeRef;
import dev.ssot.core.similarity.SourceTokens;
import dev.ssot.core.similarity.TokenBag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/** Reads one parsed Python file into {@link FileFacts}. Not thread-safe; one per file. */
final class PythonExtractor {

  private static final byte[] IMPORT_WORD = "import".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GLOBAL_WORD = "global".getBytes(StandardCharsets.US_ASCII);

  /**
   * Scan needles: {@link #IMPORT_WORD}, {@link #GLOBAL_WORD}, {@link #SSOT_MARK}, then the dynamic
   * marks.
   */
  private static final byte[][] NEEDLES;

  private static final boolean[] WHOLE_WORD;
  private static final boolean[] FIRST_ONLY;
  private static final int IMPORTS = 0;
  private static final int GLOBALS = 1;
  private static final int SSOT = 2;
  private static final int PATH = 3;
  private static final int SETATTR = 4;
  private static final int GLOBALS_USE = 5;
  private static final int SYS_MODULES = 6;
  private static final int FIRST_DYNAMIC = 7;
  private static final byte[] SSOT_MARK = "ssot:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GLOBALS_CALL = "globals()".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] SYS_MODULES_MARK =
      "sys.modules[__name__]".getBytes(StandardCharsets.US_ASCII);

  /**
   * Other ways a module binds names no reader can list (enum `_convert_`); `globals()` and
   * `sys.modules[__name__]` count only when written ({@link SelfExtension}).
   */
  private static final List<byte[]> DYNAMIC_MARKS =
      List.of(
          "._convert_(".getBytes(StandardCharsets.US_ASCII),
          "__dict__.update(".getBytes(StandardCharsets.US_ASCII),
          "sys.meta_path".getBytes(StandardCharsets.US_ASCII),
          "global_enum".getBytes(StandardCharsets.US_ASCII));

  private static final byte[] PATH_MARK = "__path__".getBytes(StandardCharsets.US_ASCII);

  /**
   * {@code setattr(dtypes, name, value)} in module {@code numpy.dtypes}: the module fills its own
   * namespace.
   */
  private static final byte[] SETATTR_CALL = "setattr(".getBytes(StandardCharsets.US_ASCII);

  static {
    List<byte[]> needles =
        new ArrayList<>(
            List.of(
                IMPORT_WORD,
                GLOBAL_WORD,
                SSOT_MARK,
                PATH_MARK,
                SETATTR_CALL,
                GLOBALS_CALL,
                SYS_MODULES_MARK));
    needles.addAll(DYNAMIC_MARKS);
    NEEDLES = needles.toArray(new byte[0][]);
    WHOLE_WORD = new boolean[NEEDLES.length];
    WHOLE_WORD[IMPORTS] = true;
    WHOLE_WORD[GLOBALS] = true;
    FIRST_ONLY = new boolean[NEEDLES.length];
    FIRST_ONLY[PATH] = true;
    for (int n = FIRST_DYNAMIC; n < NEEDLES.length; n++) {
      FIRST_ONLY[n] = true;
    }
  }

  /** The scan's offsets per needle, filled once at the start of {@link #extract}. */
  private int[][] found;

  private static final List<String> MOCK_FACTORIES =
      List.of(
          "MagicMock",
          "NonCallableMagicMock",
          "AsyncMock",
          "Mock",
          "NonCallableMock",
          "create_autospec");
  private static final Set<String> MOCK_API =
      Set.of(
          "return_value",
          "side_effect",
          "called",
          "call_count",
          "call_args",
          "call_args_list",
          "mock_calls",
          "method_calls",
          "reset_mock",
          "configure_mock",
          "attach_mock",
          "mock_add_spec",
          "await_count",
          "await_args",
          "await_args_list",
          "awaited",
          "spec",
          "assert_called",
          "assert_called_once",
          "assert_called_with",
          "assert_called_once_with",
          "assert_any_call",
          "assert_has_calls",
          "assert_not_called",
          "assert_awaited",
          "assert_awaited_once",
          "assert_awaited_with",
          "assert_awaited_once_with",
          "assert_any_await",
          "assert_has_awaits",
          "assert_not_awaited");
  private static final Pattern DEPRECATED_DOC =
      Pattern.compile("^\\s*deprecated\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> INTERFACE_BASES = Set.of("Protocol", "ABC");
  private static final Set<String> ENUM_BASES =
      Set.of("Enum", "IntEnum", "StrEnum", "Flag", "IntFlag");

  private final Syntax.Table syntax;
  private final PythonSource src;
  private final SourceFile file;
  private final String module;
  private final TSNode root;
  private final boolean isPackage;
  private final String pkg;

  private final List<ImportRef> imports = new ArrayList<>();
  private final Set<Integer> importStatements = new HashSet<>();

  /** Byte ranges [start, end) of the import statements read from the statement walk, by start. */
  private final java.util.TreeMap<Integer, Integer> importRanges = new java.util.TreeMap<>();

  private final List<TypeDecl> types = new ArrayList<>();

  /** Uses of names that plain {@code import m} statements bind ({@link #moduleAttributeUses}). */
  private final List<TypeRef> references = new ArrayList<>();

  /** The module's tokens for body fingerprints, lexed when the first class needs them. */
  private SourceTokens bodyTokens;

  /** One bag builder per thread: its buffers grow to the largest class seen and stay. */
  private static final ThreadLocal<TokenBag.Builder> BAGS =
      ThreadLocal.withInitial(TokenBag::builder);

  private final List<AliasDecl> aliases = new ArrayList<>();
  private final List<MethodDecl> functions = new ArrayList<>();
  private final List<MockDecl> mocks = new ArrayList<>();
  private final List<Suppression> suppressions = new ArrayList<>();
  private final TreeSet<String> names = new TreeSet<>();
  private List<String> exports;
  private boolean exportsLiteral = true;
  private String deprecation;
  private String summary;
  private boolean dynamic;

  /** Lists longer than this are walked with {@link #cursor} rather than by index. */
  private static final int SHORT_LIST = 8;

  /** One cursor per file, reset for each long list of statements; closed with the extraction. */
  private TSTreeCursor cursor;

  PythonExtractor(
      Syntax.Table syntax, PythonSource src, SourceFile file, String module, TSNode root) {
    this.syntax = syntax;
    this.src = src;
    this.file = file;
    this.module = module;
    this.root = root;
    this.isPackage = file.path().equals("__init__.py") || file.path().endsWith("/__init__.py");
    int dot = module.lastIndexOf('.');
    this.pkg = isPackage ? module : (dot < 0 ? "" : module.substring(0, dot));
  }

  FileFacts extract() {
    try {
      return extractFacts();
    } finally {
      if (cursor != null) {
        cursor.close();
      }
    }
  }

  private FileFacts extractFacts() {
    found = src.scan(NEEDLES, WHOLE_WORD, FIRST_ONLY);
    List<TSNode> statements = statements(root);
    for (int i = 0; i < statements.size(); i++) {
      TSNode statement = statements.get(i);
      if (i == 0) {
        String doc = docstring(statement);
        summary = doc == null ? null : firstLine(doc);
        if (doc != null && DEPRECATED_DOC.matcher(doc).find()) {
          deprecation = firstLine(doc);
        }
      }
      statement(statement, ImportContext.TOP_LEVEL);
    }
    lazyImports();
    moduleAttributeUses();
    globalDeclarations();
    scanSuppressions();
    if (file.test()) {
      scanMocks();
    }
    boolean marked = false;
    for (int n = FIRST_DYNAMIC; n < NEEDLES.length; n++) {
      marked |= found[n].length > 0;
    }
    if (marked
        || (isPackage && found[PATH].length > 0)
        || setsOwnAttributes()
        || SelfExtension.writesItself(
            src.bytes,
            found[SYS_MODULES],
            found[GLOBALS_USE])) { // a package that extends __path__ has submodules found elsewhere
      dynamic = true; // globals()[name] = ... binds names no reader can list
    }
    if (deprecation != null) {
      // Everything a deprecated module defines is on its way out with it.
      types.replaceAll(
          t ->
              t.deprecated()
                  ? t
                  : new TypeDecl(
                      t.qualifiedName(),
                      t.simpleName(),
                      t.kind(),
                      t.modifiers(),
                      t.annotations(),
                      true,
                      t.supertypes(),
                      t.location(),
                      t.endLine(),
                      t.enclosingType(),
                      t.fields(),
                      t.methods(),
                      t.body()));
    }
    ModuleFacts facts =
        new ModuleFacts(
            isPackage,
            exportsLiteral ? exports : null,
            deprecation,
            dynamic,
            aliases,
            functions,
            mocks,
            summary,
            new ArrayList<>(names));
    return new FileFacts(
        file.path(),
        "python",
        file.test(),
        module,
        src.lines(),
        imports,
        types,
        references,
        suppressions,
        facts);
  }

  /**
   * Whether the module calls {@code setattr} on itself, by its own short name (numpy's {@code
   * dtypes} imports itself and adds its classes that way) or through {@code sys.modules}.
   */
  private boolean setsOwnAttributes() {
    if (found[SETATTR].length == 0) {
      return false;
    }
    String own = module.substring(module.lastIndexOf('.') + 1);
    if (own.equals("__init__") || own.isEmpty()) {
      return false;
    }
    byte[] ownBytes = own.getBytes(StandardCharsets.US_ASCII);
    byte[] b = src.bytes;
    for (int at : found[SETATTR]) {
      if (at > 0 && PythonSource.identifierByte(b[at - 1])) {
        continue; // _setattr(, obj.setattr(
      }
      int i = at + SETATTR_CALL.length;
      while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
        i++;
      }
      if (src.wordAt(i, ownBytes)
          && i + ownBytes.length < b.length
          && (b[i + ownBytes.length] == ',' || b[i + ownBytes.length] == ' ')) {
        return true;
      }
    }
    return false;
  }

  // --- statements -------------------------------------------------------------------------------

  private void statement(TSNode node, ImportContext context) {
    switch (syntax.of(node)) {
      case IMPORT -> importStatement(node, context);
      case IMPORT_FROM -> importFrom(node, context);
      case FUTURE_IMPORT -> {
        importStatements.add(Nodes.startByte(node));
        importRanges.put(Nodes.startByte(node), Nodes.endByte(node));
        importRanges.put(Nodes.startByte(node), Nodes.endByte(node));
      }
      case CLASS -> classDefinition(node, node, List.of(), List.of(), null, null, context);
      case FUNCTION -> moduleFunction(node, List.of());
      case DECORATED -> {
        TSNode definition = syntax.field(node, Syntax.Field.DEFINITION);
        List<String> decorators = decorators(node);
        if (definition != null && syntax.of(definition) == Syntax.CLASS) {
          classDefinition(
              definition, node, decorators, implementedInterfaces(node), null, null, context);
        } else if (definition != null && syntax.of(definition) == Syntax.FUNCTION) {
          moduleFunction(definition, decorators);
        }
      }
      case EXPRESSION_STATEMENT -> expressionStatement(node, context);
      case IF -> ifStatement(node, context);
      case TRY -> tryStatement(node, context);
      case WITH, FOR, WHILE -> {
        if (syntax.of(node) == Syntax.FOR) {
          TSNode left = syntax.field(node, Syntax.Field.LEFT);
          if (left != null) {
            bindTargets(left);
          }
        } else if (syntax.of(node) == Syntax.WITH) {
          bindWithTargets(node);
        }
        forEachBlock(
            node, context == ImportContext.TOP_LEVEL ? ImportContext.CONDITIONAL : context);
      }
      case MATCH ->
          matchStatement(
              node, context == ImportContext.TOP_LEVEL ? ImportContext.CONDITIONAL : context);
      case TYPE_ALIAS -> {
        TSNode left = syntax.field(node, Syntax.Field.LEFT);
        if (left != null) {
          String written = text(left);
          int bracket = written.indexOf('[');
          names.add(
              (bracket < 0 ? written : written.substring(0, bracket))
                  .strip()); // type Pair[T] = ...
        }
      }
      default -> {}
    }
  }

  /** The blocks of each {@code case} of a {@code match}. */
  private void matchStatement(TSNode node, ImportContext context) {
    int count = Nodes.namedChildCount(node);
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(node, i);
      Syntax kind = syntax.of(child);
      if (kind == Syntax.CASE_CLAUSE) {
        forEachBlock(child, context);
      } else if (kind == Syntax.BLOCK) {
        int cases = Nodes.namedChildCount(child);
        for (int j = 0; j < cases; j++) {
          TSNode clause = Nodes.namedChild(child, j);
          if (syntax.of(clause) == Syntax.CASE_CLAUSE) {
            forEachBlock(clause, context);
          }
        }
      }
    }
  }

  /** The names a top-level {@code with a as x, b as (y, z):} binds. */
  private void bindWithTargets(TSNode with) {
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

  private void forEachBlock(TSNode node, ImportContext context) {
    int count = Nodes.namedChildCount(node);
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(node, i);
      Syntax kind = syntax.of(child);
      if (kind == Syntax.BLOCK) {
        block(child, context);
      } else if (kind == Syntax.ELSE || kind == Syntax.FINALLY || kind == Syntax.ELIF) {
        forEachBlock(child, context);
      }
    }
  }

  private void block(TSNode block, ImportContext context) {
    for (TSNode statement : statements(block)) {
      statement(statement, context);
    }
  }

  private void ifStatement(TSNode node, ImportContext context) {
    TSNode condition = syntax.field(node, Syntax.Field.CONDITION);
    boolean typeChecking = condition != null && isTypeChecking(text(condition));
    // `if __name__ == "__main__":` runs when the file is a script, never when it is imported.
    boolean mainGuard =
        condition != null && context == ImportContext.TOP_LEVEL && isMainGuard(text(condition));
    ImportContext inner = context == ImportContext.TOP_LEVEL ? ImportContext.CONDITIONAL : context;
    if (inner == ImportContext.CONDITIONAL
        && condition != null
        && isVersionCheck(text(condition))) {
      inner =
          ImportContext
              .GUARDED; // `if sys.version_info < (3, 8):` — the code expects one branch's imports
      // to fail
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
            typeChecking && context != ImportContext.LAZY ? ImportContext.TYPE_CHECKING : inner);
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

  private void tryStatement(TSNode node, ImportContext context) {
    boolean guarded = false;
    int count = Nodes.namedChildCount(node);
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(node, i);
      Syntax kind = syntax.of(child);
      if (kind == Syntax.EXCEPT || kind == Syntax.EXCEPT_GROUP) {
        if (catchesImportError(exceptHeader(child))) {
          guarded = true;
        }
      }
    }
    // The try body and the except clauses of a try that catches ImportError are guarded: the body
    // may fail, and the fallback runs only where it did (`try: from math import gcd except
    // ImportError: from fractions import gcd` — the fallback is for old versions). Else and
    // finally fail like any other import.
    ImportContext outside =
        context == ImportContext.TOP_LEVEL ? ImportContext.CONDITIONAL : context;
    ImportContext inner =
        guarded && outside == ImportContext.CONDITIONAL ? ImportContext.GUARDED : outside;
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

  private static final Pattern CAUGHT_NAME = Pattern.compile("[A-Za-z_][\\w.]*");
  private static final Set<String> CATCHES_IMPORT_ERROR =
      Set.of("ImportError", "ModuleNotFoundError", "Exception", "BaseException");

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
      if (CATCHES_IMPORT_ERROR.contains(lastSegment(name))) {
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
      header.append(text(child)).append(' ');
    }
    return header.toString().strip();
  }

  // --- imports ----------------------------------------------------------------------------------

  private void importStatement(TSNode node, ImportContext context) {
    importStatements.add(Nodes.startByte(node));
    importRanges.put(Nodes.startByte(node), Nodes.endByte(node));
    int count = Nodes.namedChildCount(node);
    for (int i = 0; i < count; i++) {
      TSNode child = Nodes.namedChild(node, i);
      Syntax kind = syntax.of(child);
      if (kind == Syntax.DOTTED_NAME) {
        imports.add(
            new ImportRef(
                text(child), false, false, line(child), column(child), false, null, null, context));
      } else if (kind == Syntax.ALIASED_IMPORT) {
        TSNode name = syntax.field(child, Syntax.Field.NAME);
        TSNode alias = syntax.field(child, Syntax.Field.ALIAS);
        if (name != null) {
          imports.add(
              new ImportRef(
                  text(name),
                  false,
                  false,
                  line(child),
                  column(child),
                  false,
                  null,
                  alias == null ? null : text(alias),
                  context));
        }
      }
    }
  }

  private void importFrom(TSNode node, ImportContext context) {
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
        imports.add(
            new ImportRef(from, false, true, line(node), column(node), true, null, null, context));
      } else if (kind == Syntax.DOTTED_NAME) {
        imports.add(
            new ImportRef(
                from, false, false, line(child), column(child), true, text(child), null, context));
      } else if (kind == Syntax.ALIASED_IMPORT) {
        TSNode name = syntax.field(child, Syntax.Field.NAME);
        TSNode alias = syntax.field(child, Syntax.Field.ALIAS);
        if (name != null) {
          imports.add(
              new ImportRef(
                  from,
                  false,
                  false,
                  line(child),
                  column(child),
                  true,
                  text(name),
                  alias == null ? null : text(alias),
                  context));
        }
      }
    }
  }

  /**
   * The absolute module of a {@code from} import: relative ones resolved against the file's
   * package; one that climbs above the top level keeps its leading dots (it cannot resolve).
   */
  private String absoluteModule(TSNode moduleNode) {
    String written = text(moduleNode).replaceAll("\\s+", "");
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
    if (base.isEmpty() && (dots > 1 || pkg.isEmpty())) {
      return written;
    }
    return rest.isEmpty() ? base : base + "." + rest;
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
  private void moduleAttributeUses() {
    Set<String> heads = new java.util.TreeSet<>();
    String ownTop = dev.ssot.core.graph.ModuleScope.topLevel(module);
    for (ImportRef imp : imports) {
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
    byte[] b = src.bytes;
    for (String head : heads) {
      byte[] needle = head.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      for (int at = indexOf(b, needle, 0); at >= 0; at = indexOf(b, needle, at + needle.length)) {
        if (!src.wordAt(at, needle)) {
          continue;
        }
        java.util.Map.Entry<Integer, Integer> range = importRanges.floorEntry(at);
        if (range != null && at < range.getValue()) {
          continue; // the import statement itself
        }
        TSNode node = root.getNamedDescendantForByteRange(at, at + needle.length);
        if (Syntax.isNull(node)
            || syntax.of(node) != Syntax.IDENTIFIER
            || Nodes.startByte(node) != at
            || Nodes.endByte(node) != at + needle.length) {
          continue; // in a string or comment, or part of a longer name
        }
        TSNode parent = Nodes.parent(node);
        Syntax kind = Syntax.isNull(parent) ? null : syntax.of(parent);
        if (kind == Syntax.ATTRIBUTE) {
          TSNode object = syntax.field(parent, Syntax.Field.OBJECT);
          if (object == null || Nodes.startByte(object) != at) {
            continue; // x.head: an attribute of something else
          }
        } else if (kind == Syntax.KEYWORD_ARGUMENT) {
          TSNode name = syntax.field(parent, Syntax.Field.NAME);
          if (name != null && Nodes.startByte(name) == at) {
            continue;
          }
        }
        StringBuilder chain = new StringBuilder(head);
        TSNode current = node;
        while (kind == Syntax.ATTRIBUTE) {
          TSNode object = syntax.field(parent, Syntax.Field.OBJECT);
          TSNode attribute = syntax.field(parent, Syntax.Field.ATTRIBUTE);
          if (object == null
              || attribute == null
              || Nodes.startByte(object) != Nodes.startByte(current)
              || Nodes.endByte(object) != Nodes.endByte(current)) {
            break;
          }
          chain.append('.').append(text(attribute));
          current = parent;
          parent = Nodes.parent(current);
          kind = Syntax.isNull(parent) ? null : syntax.of(parent);
        }
        references.add(new TypeRef(chain.toString(), null, src.line(at), src.column(at), false));
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

  /** Imports inside functions: found by their keyword, so function bodies are never walked. */
  /**
   * Names a function declares {@code global} and may assign ({@code global types_map} in
   * mimetypes): module attributes too. Found by their keyword, like imports inside functions.
   */
  private void globalDeclarations() {
    for (int at : found[GLOBALS]) {
      TSNode keyword = root.getDescendantForByteRange(at, at + GLOBAL_WORD.length);
      TSNode statement = Syntax.isNull(keyword) ? null : Nodes.parent(keyword);
      if (Syntax.isNull(statement) || syntax.of(statement) != Syntax.GLOBAL) {
        continue;
      }
      int count = Nodes.namedChildCount(statement);
      for (int i = 0; i < count; i++) {
        TSNode name = Nodes.namedChild(statement, i);
        if (syntax.of(name) == Syntax.IDENTIFIER) {
          names.add(text(name));
        }
      }
    }
  }

  private void lazyImports() {
    for (int at : found[IMPORTS]) {
      java.util.Map.Entry<Integer, Integer> range = importRanges.floorEntry(at);
      if (range != null && at < range.getValue()) {
        continue; // the keyword of a statement already read: no native lookup
      }
      TSNode keyword = root.getDescendantForByteRange(at, at + IMPORT_WORD.length);
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
      ImportContext context =
          guardedInFunction(statement) ? ImportContext.LAZY_GUARDED : ImportContext.LAZY;
      if (kind == Syntax.IMPORT) {
        importStatement(statement, context);
      } else {
        importFrom(statement, context);
      }
    }
    imports.sort(
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
        String header = src.text(Nodes.startByte(node), end);
        if (header.contains("ImportError") || header.contains("ModuleNotFoundError")) {
          return true;
        }
      }
      from = node;
      node = Nodes.parent(node);
    }
    return false;
  }

  // --- module-level assignments -----------------------------------------------------------------

  private void expressionStatement(TSNode node, ImportContext context) {
    if (Nodes.namedChildCount(node) == 0) {
      return;
    }
    TSNode expression = Nodes.namedChild(node, 0);
    switch (syntax.of(expression)) {
      case ASSIGNMENT -> assignment(expression);
      case AUGMENTED_ASSIGNMENT -> {
        TSNode left = syntax.field(expression, Syntax.Field.LEFT);
        if (left != null && text(left).equals("__all__")) {
          extendExports(syntax.field(expression, Syntax.Field.RIGHT));
        }
      }
      case CALL -> moduleCall(expression, context);
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
    String name = text(left);
    names.add(name);
    Syntax rightKind = syntax.of(right);
    if (name.equals("__all__")) {
      exports = new ArrayList<>();
      extendExports(right);
    } else if (rightKind == Syntax.IDENTIFIER || rightKind == Syntax.ATTRIBUTE) {
      String target = text(right);
      if (isDottedName(target)) {
        aliases.add(new AliasDecl(name, target, line(left), column(left)));
      }
    } else if (rightKind == Syntax.CALL) {
      dynamicClass(name, left, right);
    }
  }

  /** The parameter names of a lambda, stars kept ({@code *args}). */
  private List<String> lambdaParameters(TSNode lambda) {
    TSNode parameters = syntax.field(lambda, Syntax.Field.PARAMETERS);
    List<String> names = new ArrayList<>();
    if (parameters == null) {
      return names;
    }
    for (int i = 0; i < Nodes.namedChildCount(parameters); i++) {
      TSNode parameter = Nodes.namedChild(parameters, i);
      TSNode name =
          syntax.of(parameter) == Syntax.IDENTIFIER
              ? parameter
              : syntax.field(parameter, Syntax.Field.NAME);
      names.add(name == null ? text(parameter) : text(name));
    }
    return names;
  }

  /**
   * A class built at run time, {@code X = type("X", (Base,), {"run": run, "limit": 3})}: a
   * definition like a {@code class} statement, with the bases and the namespace's keys as members
   * (callables as methods, other values as fields). Only the three-argument form with literal bases
   * and a literal namespace is read; anything else stays an ordinary assignment.
   */
  private void dynamicClass(String name, TSNode left, TSNode call) {
    TSNode function = syntax.field(call, Syntax.Field.FUNCTION);
    TSNode arguments = syntax.field(call, Syntax.Field.ARGUMENTS);
    if (function == null || arguments == null || !text(function).equals("type")) {
      return;
    }
    List<TSNode> values = new ArrayList<>(3);
    for (int i = 0; i < Nodes.namedChildCount(arguments); i++) {
      TSNode argument = Nodes.namedChild(arguments, i);
      if (syntax.of(argument) != Syntax.COMMENT) {
        values.add(argument);
      }
    }
    if (values.size() != 3) {
      return;
    }
    TSNode className = values.get(0);
    TSNode bases = values.get(1);
    TSNode namespace = values.get(2);
    if (syntax.of(className) != Syntax.STRING
        || syntax.of(bases) != Syntax.TUPLE && syntax.of(bases) != Syntax.PARENTHESIZED_EXPRESSION
        || syntax.of(namespace) != Syntax.DICTIONARY) {
      return;
    }
    List<String> supertypes = new ArrayList<>();
    for (int i = 0; i < Nodes.namedChildCount(bases); i++) {
      TSNode base = Nodes.namedChild(bases, i);
      Syntax baseKind = syntax.of(base);
      if ((baseKind == Syntax.IDENTIFIER || baseKind == Syntax.ATTRIBUTE)
          && isDottedName(text(base))) {
        supertypes.add(text(base));
      }
    }
    List<FieldDecl> fields = new ArrayList<>();
    List<MethodDecl> methods = new ArrayList<>();
    for (int i = 0; i < Nodes.namedChildCount(namespace); i++) {
      TSNode pair = Nodes.namedChild(namespace, i);
      if (syntax.of(pair) != Syntax.PAIR) {
        continue;
      }
      TSNode key = syntax.field(pair, Syntax.Field.KEY);
      TSNode value = syntax.field(pair, Syntax.Field.VALUE);
      String member = key == null || syntax.of(key) != Syntax.STRING ? null : stringValue(key);
      if (member == null || value == null || !isDottedName(member)) {
        continue;
      }
      Syntax valueKind = syntax.of(value);
      List<String> parameters = null;
      if (valueKind == Syntax.LAMBDA) {
        parameters = lambdaParameters(value);
      } else if (valueKind == Syntax.IDENTIFIER) {
        // A function of this module, defined before the call (it must exist when type() runs).
        for (MethodDecl defined : functions) {
          if (defined.name().equals(text(value))) {
            parameters = defined.parameterNames();
          }
        }
      }
      if (parameters != null) {
        if (!parameters.isEmpty()
            && (parameters.get(0).equals("self") || parameters.get(0).equals("cls"))) {
          parameters = parameters.subList(1, parameters.size());
        }
        methods.add(
            new MethodDecl(
                member,
                null,
                java.util.Collections.nCopies(parameters.size(), ""),
                parameters,
                Set.of(member.startsWith("_") ? "private" : "public"),
                line(pair),
                MethodDecl.Body.LOGIC,
                null,
                null,
                false,
                false));
      } else {
        fields.add(new FieldDecl(member, null, Set.of(), line(pair)));
      }
    }
    int end = Nodes.endByte(call);
    types.add(
        new TypeDecl(
            module.isEmpty() ? name : module + "." + name,
            name,
            TypeKind.CLASS,
            Set.of(name.startsWith("_") ? "private" : "public"),
            List.of(),
            false,
            supertypes,
            new Location(file.path(), line(left), column(left)),
            src.line(end),
            null,
            fields,
            methods,
            body(Nodes.startByte(left), end, name)));
  }

  private void extendExports(TSNode value) {
    if (value == null) {
      exportsLiteral = false;
      return;
    }
    Syntax kind = syntax.of(value);
    if (kind != Syntax.LIST && kind != Syntax.TUPLE) {
      exportsLiteral = false;
      return;
    }
    if (exports == null) {
      exports = new ArrayList<>();
    }
    int count = Nodes.namedChildCount(value);
    for (int i = 0; i < count; i++) {
      TSNode item = Nodes.namedChild(value, i);
      if (syntax.of(item) == Syntax.COMMENT) {
        continue;
      }
      String literal = syntax.of(item) == Syntax.STRING ? stringValue(item) : null;
      if (literal == null) {
        exportsLiteral = false;
        return;
      }
      exports.add(literal);
    }
  }

  private void moduleCall(TSNode call, ImportContext context) {
    TSNode function = syntax.field(call, Syntax.Field.FUNCTION);
    if (function == null) {
      return;
    }
    String callee = text(function);
    TSNode arguments = syntax.field(call, Syntax.Field.ARGUMENTS);
    if (arguments == null) {
      return;
    }
    if (callee.equals("__all__.extend") || callee.equals("__all__.append")) {
      TSNode first = Nodes.namedChildCount(arguments) > 0 ? Nodes.namedChild(arguments, 0) : null;
      if (callee.endsWith("append") && first != null && syntax.of(first) == Syntax.STRING) {
        if (exports == null) {
          exports = new ArrayList<>();
        }
        String value = stringValue(first);
        if (value == null) {
          exportsLiteral = false;
        } else {
          exports.add(value);
        }
      } else {
        extendExports(first);
      }
      return;
    }
    if (callee.equals("exec")) {
      dynamic = true; // exec(...) at module level binds names no reader can list
      return;
    }
    // Only an unconditional warning deprecates the module: one under `if`/`else` or `try` warns
    // about a configuration (urllib3's "'urllib3[secure]' extra is deprecated").
    if ((callee.equals("warnings.warn") || callee.equals("warn") || callee.equals("_warnings.warn"))
        && deprecation == null
        && context == ImportContext.TOP_LEVEL) {
      String args = text(arguments);
      if (args.contains("DeprecationWarning")) {
        TSNode first = Nodes.namedChildCount(arguments) > 0 ? Nodes.namedChild(arguments, 0) : null;
        String message = first == null ? null : stringText(first);
        deprecation =
            message == null || message.isBlank()
                ? "warns DeprecationWarning on import"
                : firstLine(message);
      }
    }
  }

  private void bindTargets(TSNode target) {
    Syntax kind = syntax.of(target);
    if (kind == Syntax.IDENTIFIER) {
      names.add(text(target));
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

  // --- classes and functions --------------------------------------------------------------------

  /**
   * @param definingStatement the statement that defines the class: {@code node} or the decorated
   *     definition around it
   * @param implemented interfaces named by {@code @implementer(...)}, counted as bases
   */
  private void classDefinition(
      TSNode node,
      TSNode definingStatement,
      List<String> decorators,
      List<String> implemented,
      String enclosing,
      String enclosingSimple,
      ImportContext context) {
    TSNode nameNode = syntax.field(node, Syntax.Field.NAME);
    if (nameNode == null) {
      return;
    }
    String name = text(nameNode);
    if (enclosing == null) {
      names.add(name);
    }
    String qualified =
        (enclosing == null ? (module.isEmpty() ? "" : module + ".") : enclosing + ".") + name;
    String simple = enclosingSimple == null ? name : enclosingSimple + "." + name;
    List<String> supertypes = new ArrayList<>();
    supertypes.addAll(implemented);
    TypeKind kind = TypeKind.CLASS;
    boolean abstractClass = false;
    TSNode bases = syntax.field(node, Syntax.Field.SUPERCLASSES);
    if (bases != null) {
      int count = Nodes.namedChildCount(bases);
      for (int i = 0; i < count; i++) {
        TSNode base = Nodes.namedChild(bases, i);
        Syntax baseKind = syntax.of(base);
        String written = null;
        if (baseKind == Syntax.IDENTIFIER || baseKind == Syntax.ATTRIBUTE) {
          written = text(base);
        } else if (baseKind == Syntax.SUBSCRIPT || baseKind == Syntax.GENERIC_TYPE) {
          TSNode value = syntax.field(base, Syntax.Field.VALUE);
          written = value == null ? null : text(value);
        } else if (baseKind == Syntax.KEYWORD_ARGUMENT) {
          String keyword = text(base);
          if (keyword.startsWith("metaclass") && keyword.contains("ABCMeta")) {
            abstractClass = true;
          }
        }
        if (written != null && isDottedName(written)) {
          supertypes.add(written);
          String last = lastSegment(written);
          if (INTERFACE_BASES.contains(last)) {
            kind = TypeKind.INTERFACE;
          } else if (ENUM_BASES.contains(last) && kind == TypeKind.CLASS) {
            kind = TypeKind.ENUM;
          }
        }
      }
    }
    if (abstractClass && kind == TypeKind.CLASS) {
      kind = TypeKind.INTERFACE;
    }
    boolean deprecated = decorators.stream().anyMatch(d -> lastSegment(d).equals("deprecated"));
    String deprecationNote = null;
    List<FieldDecl> fields = new ArrayList<>();
    List<MethodDecl> methods = new ArrayList<>();
    List<Runnable> nested = new ArrayList<>();
    TSNode body = syntax.field(node, Syntax.Field.BODY);
    int index = types.size();
    if (body != null) {
      List<TSNode> statements = statements(body);
      for (int i = 0; i < statements.size(); i++) {
        TSNode statement = statements.get(i);
        if (i == 0) {
          String doc = docstring(statement);
          if (doc != null) {
            if (DEPRECATED_DOC.matcher(doc).find()) {
              deprecated = true;
              deprecationNote = doc;
            }
            continue;
          }
        }
        Syntax statementKind = syntax.of(statement);
        List<String> memberDecorators = List.of();
        TSNode definition = statement;
        if (statementKind == Syntax.DECORATED) {
          memberDecorators = decorators(statement);
          definition = syntax.field(statement, Syntax.Field.DEFINITION);
          if (definition == null) {
            continue;
          }
          statementKind = syntax.of(definition);
        }
        if (statementKind == Syntax.FUNCTION) {
          MethodDecl method =
              function(definition, memberDecorators, true, kind == TypeKind.INTERFACE);
          methods.add(method);
          if (method.isConstructor()) {
            TSNode methodBody = syntax.field(definition, Syntax.Field.BODY);
            if (methodBody != null
                && !deprecated
                && text(methodBody).contains("DeprecationWarning")) {
              deprecated = true;
              deprecationNote = text(methodBody);
            }
            if (methodBody != null) {
              instanceAttributes(methodBody, fields);
            }
          }
        } else if (statementKind == Syntax.CLASS) {
          TSNode classNode = definition;
          List<String> classDecorators = memberDecorators;
          List<String> classInterfaces =
              syntax.of(statement) == Syntax.DECORATED
                  ? implementedInterfaces(statement)
                  : List.of();
          nested.add(
              () ->
                  classDefinition(
                      classNode,
                      statement,
                      classDecorators,
                      classInterfaces,
                      qualified,
                      simple,
                      context));
        } else if (statementKind == Syntax.EXPRESSION_STATEMENT
            && Nodes.namedChildCount(statement) > 0) {
          TSNode expression = Nodes.namedChild(statement, 0);
          if (syntax.of(expression) == Syntax.ASSIGNMENT) {
            TSNode left = syntax.field(expression, Syntax.Field.LEFT);
            TSNode type = syntax.field(expression, Syntax.Field.TYPE);
            if (left != null && syntax.of(left) == Syntax.IDENTIFIER) {
              String field = text(left);
              fields.add(
                  new FieldDecl(
                      field,
                      type == null ? null : text(type),
                      field.startsWith("_") ? Set.of("private") : Set.of("public"),
                      line(left)));
            }
          }
        } else if (statementKind == Syntax.IMPORT || statementKind == Syntax.IMPORT_FROM) {
          statement(
              statement, context == ImportContext.TOP_LEVEL ? ImportContext.CONDITIONAL : context);
        }
      }
    }
    Set<String> modifiers = new LinkedHashSet<>();
    modifiers.add(name.startsWith("_") ? "private" : "public");
    if (enclosing == null && context != ImportContext.TOP_LEVEL) {
      modifiers.add("conditional"); // under `if`/`try` at module level: one of alternatives
    }
    int end = Nodes.endByte(node);
    if (kind == TypeKind.INTERFACE || abstractClass) {
      modifiers.add("abstract");
    }
    types.add(
        index,
        new TypeDecl(
            qualified,
            simple,
            kind,
            modifiers,
            decorators,
            deprecated,
            supertypes,
            new Location(file.path(), line(nameNode), column(nameNode)),
            src.line(end),
            enclosing,
            fields,
            methods,
            body(Nodes.startByte(definingStatement), end, name),
            PythonSuccessors.named(deprecationNote)));
    nested.forEach(Runnable::run);
  }

  /**
   * The fingerprint of the class defined at bytes {@code [start, end)} (decorators, header and
   * body, nested classes included); the module is lexed once, when its first class asks.
   */
  private TokenBag body(int start, int end, String name) {
    if (bodyTokens == null) {
      bodyTokens = PythonBodyLexer.sourceTokens(src.chars());
    }
    return bodyTokens.bag(start, end, name, BAGS.get());
  }

  /**
   * The attributes {@code __init__} assigns at its top level ({@code self.connections = {}}): the
   * instance's fields, which a mock of the class may configure.
   */
  private void instanceAttributes(TSNode body, List<FieldDecl> fields) {
    for (TSNode statement : statements(body)) {
      if (syntax.of(statement) != Syntax.EXPRESSION_STATEMENT
          || Nodes.namedChildCount(statement) == 0) {
        continue;
      }
      TSNode expression = Nodes.namedChild(statement, 0);
      if (syntax.of(expression) != Syntax.ASSIGNMENT) {
        continue;
      }
      TSNode left = syntax.field(expression, Syntax.Field.LEFT);
      if (left == null || syntax.of(left) != Syntax.ATTRIBUTE) {
        continue;
      }
      TSNode object = syntax.field(left, Syntax.Field.OBJECT);
      TSNode attribute = syntax.field(left, Syntax.Field.ATTRIBUTE);
      if (object == null || attribute == null || !text(object).equals("self")) {
        continue;
      }
      String name = text(attribute);
      if (fields.stream().noneMatch(f -> f.name().equals(name))) {
        TSNode type = syntax.field(expression, Syntax.Field.TYPE);
        fields.add(
            new FieldDecl(
                name,
                type == null ? null : text(type),
                Set.of("instance", name.startsWith("_") ? "private" : "public"),
                line(left)));
      }
    }
  }

  private void moduleFunction(TSNode node, List<String> decorators) {
    MethodDecl function = function(node, decorators, false, false);
    names.add(function.name());
    if (function.name().equals("__getattr__")) {
      dynamic = true;
    }
    functions.add(function);
  }

  private MethodDecl function(
      TSNode node, List<String> decorators, boolean method, boolean inInterface) {
    TSNode nameNode = syntax.field(node, Syntax.Field.NAME);
    String name = nameNode == null ? "" : text(nameNode);
    Set<String> modifiers = new LinkedHashSet<>();
    modifiers.add(
        name.startsWith("_") && !(name.startsWith("__") && name.endsWith("__"))
            ? "private"
            : "public");
    boolean isStatic = false;
    boolean isAbstract = false;
    for (String decorator : decorators) {
      switch (lastSegment(decorator)) {
        case "staticmethod" -> {
          modifiers.add("static");
          isStatic = true;
        }
        case "classmethod" -> modifiers.add("classmethod");
        case "property", "cached_property", "setter", "getter", "deleter" ->
            modifiers.add("property");
        case "abstractmethod", "abstractproperty" -> {
          modifiers.add("abstract");
          isAbstract = true;
        }
        case "overload" -> modifiers.add("overload");
        default -> {}
      }
    }
    List<String> parameterTypes = new ArrayList<>();
    List<String> parameterTokens = new ArrayList<>();
    TSNode parameters = syntax.field(node, Syntax.Field.PARAMETERS);
    if (parameters != null) {
      int count = Nodes.namedChildCount(parameters);
      boolean keywordOnly = false;
      boolean skipFirst = method && !isStatic;
      for (int i = 0; i < count; i++) {
        TSNode parameter = Nodes.namedChild(parameters, i);
        Syntax kind = syntax.of(parameter);
        if (kind == Syntax.COMMENT || kind == Syntax.POSITIONAL_SEPARATOR) {
          continue;
        }
        if (kind == Syntax.KEYWORD_SEPARATOR) {
          keywordOnly = true;
          continue;
        }
        if (skipFirst) {
          skipFirst = false;
          continue;
        }
        String type = "";
        String token;
        switch (kind) {
          case IDENTIFIER -> token = text(parameter);
          case DEFAULT_PARAMETER -> {
            TSNode pname = syntax.field(parameter, Syntax.Field.NAME);
            token = pname == null ? "?" : text(pname);
          }
          case TYPED_PARAMETER, TYPED_DEFAULT_PARAMETER -> {
            TSNode typeNode = syntax.field(parameter, Syntax.Field.TYPE);
            type = typeNode == null ? "" : text(typeNode);
            TSNode pname =
                kind == Syntax.TYPED_DEFAULT_PARAMETER
                    ? syntax.field(parameter, Syntax.Field.NAME)
                    : Nodes.namedChild(parameter, 0);
            token = pname == null ? "?" : text(pname);
          }
          case LIST_SPLAT_PATTERN, DICTIONARY_SPLAT_PATTERN -> token = text(parameter);
          default -> token = text(parameter);
        }
        if (token.startsWith("*")) {
          if (!token.startsWith("**")) {
            keywordOnly = true;
          }
          parameterTypes.add(token.startsWith("**") ? "**" : "*");
          parameterTokens.add(token);
        } else {
          parameterTypes.add(type);
          parameterTokens.add(keywordOnly ? token + "=" + token : token);
        }
      }
    }
    TSNode returnType = syntax.field(node, Syntax.Field.RETURN_TYPE);
    TSNode body = syntax.field(node, Syntax.Field.BODY);
    MethodDecl.Body shape = MethodDecl.Body.LOGIC;
    String target = null;
    String called = null;
    boolean forwards = false;
    // A body of more than a docstring, a statement and a comment or two has logic: no need to look
    // at its statements (most methods; each child costs a native call).
    if (body != null && Nodes.namedChildCount(body) <= 4) {
      List<TSNode> statements = statements(body);
      if (!statements.isEmpty() && docstring(statements.get(0)) != null) {
        statements = statements.subList(1, statements.size());
      }
      if (statements.isEmpty()) {
        shape = isAbstract || inInterface ? MethodDecl.Body.NONE : MethodDecl.Body.EMPTY;
      } else if (statements.size() == 1) {
        TSNode only = statements.get(0);
        Syntax kind = syntax.of(only);
        TSNode expression = null;
        if (kind == Syntax.PASS) {
          shape = isAbstract || inInterface ? MethodDecl.Body.NONE : MethodDecl.Body.EMPTY;
        } else if (kind == Syntax.RAISE && text(only).contains("NotImplementedError")) {
          shape = MethodDecl.Body.NONE;
        } else if (kind == Syntax.EXPRESSION_STATEMENT || kind == Syntax.RETURN) {
          expression = Nodes.namedChildCount(only) == 1 ? Nodes.namedChild(only, 0) : null;
        }
        if (expression != null && syntax.of(expression) == Syntax.ELLIPSIS) {
          shape = isAbstract || inInterface ? MethodDecl.Body.NONE : MethodDecl.Body.EMPTY;
        } else if (expression != null) {
          if (syntax.of(expression) == Syntax.AWAIT && Nodes.namedChildCount(expression) == 1) {
            expression = Nodes.namedChild(expression, 0);
          }
          if (syntax.of(expression) == Syntax.CALL) {
            TSNode function = syntax.field(expression, Syntax.Field.FUNCTION);
            TSNode arguments = syntax.field(expression, Syntax.Field.ARGUMENTS);
            if (function != null
                && syntax.of(function) == Syntax.ATTRIBUTE
                && arguments != null
                && syntax.of(arguments) == Syntax.ARGUMENT_LIST) {
              TSNode object = syntax.field(function, Syntax.Field.OBJECT);
              TSNode attribute = syntax.field(function, Syntax.Field.ATTRIBUTE);
              if (object != null && attribute != null) {
                String receiver = text(object);
                target = receiver.startsWith("super(") ? "super" : receiver;
                called = text(attribute);
                forwards = forwards(arguments, parameterTokens);
                shape =
                    target.equals("super") && name.equals("__init__") && called.equals("__init__")
                        ? MethodDecl.Body.SUPER_CALL_ONLY
                        : MethodDecl.Body.DELEGATION;
                if (shape == MethodDecl.Body.SUPER_CALL_ONLY) {
                  called = null;
                }
                if (!isDottedName(target) && !target.equals("super")) {
                  shape = MethodDecl.Body.LOGIC;
                  target = null;
                  called = null;
                  forwards = false;
                }
              }
            }
          }
        }
      }
    }
    String outName = method && name.equals("__init__") ? MethodDecl.CONSTRUCTOR : name;
    List<String> parameterNames =
        parameterTokens.stream()
            .map(t -> t.contains("=") ? t.substring(0, t.indexOf('=')) : t)
            .toList();
    return new MethodDecl(
        outName,
        returnType == null ? null : text(returnType),
        parameterTypes,
        parameterNames,
        modifiers,
        nameNode == null ? line(node) : line(nameNode),
        shape,
        shape == MethodDecl.Body.SUPER_CALL_ONLY ? "super" : target,
        shape == MethodDecl.Body.DELEGATION ? called : null,
        shape == MethodDecl.Body.DELEGATION && forwards,
        false);
  }

  /** Whether a call passes exactly the method's parameters, in order. */
  private boolean forwards(TSNode arguments, List<String> parameters) {
    List<String> passed = new ArrayList<>();
    int count = Nodes.namedChildCount(arguments);
    for (int i = 0; i < count; i++) {
      TSNode argument = Nodes.namedChild(arguments, i);
      Syntax kind = syntax.of(argument);
      if (kind == Syntax.COMMENT) {
        continue;
      }
      passed.add(text(argument).replaceAll("\\s+", ""));
    }
    if (passed.size() != parameters.size()) {
      return false;
    }
    for (int i = 0; i < passed.size(); i++) {
      String arg = passed.get(i);
      String param = parameters.get(i);
      if (!arg.equals(param) && !arg.equals(param + "=" + param)) {
        return false;
      }
    }
    return true;
  }

  /** The decorators of a decorated definition as written, without {@code @}. */
  private List<String> decoratorTexts(TSNode decorated) {
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

  /**
   * Interfaces declared with {@code @implementer(IFoo, IBar)} (zope.interface), to count as bases.
   */
  private List<String> implementedInterfaces(TSNode decorated) {
    List<String> result = new ArrayList<>();
    for (String written : decoratorTexts(decorated)) {
      int paren = written.indexOf('(');
      if (paren < 0 || !lastSegment(written.substring(0, paren).strip()).equals("implementer")) {
        continue;
      }
      int close = written.lastIndexOf(')');
      for (String argument :
          written.substring(paren + 1, close < 0 ? written.length() : close).split(",")) {
        String name = argument.strip();
        if (isDottedName(name)) {
          result.add(name);
        }
      }
    }
    return result;
  }

  /** Decorator names without their arguments ({@code deprecated} for {@code @deprecated("…")}). */
  private List<String> decorators(TSNode decorated) {
    List<String> result = new ArrayList<>();
    for (String written : decoratorTexts(decorated)) {
      int paren = written.indexOf('(');
      result.add(paren < 0 ? written : written.substring(0, paren).strip());
    }
    return result;
  }

  // --- test doubles and suppressions ------------------------------------------------------------

  private void scanMocks() {
    String text = null;
    for (String factory : MOCK_FACTORIES) {
      byte[] word = factory.getBytes(StandardCharsets.US_ASCII);
      for (int at : src.occurrences(word)) {
        int after = at + word.length;
        while (after < src.bytes.length && (src.bytes[after] == ' ')) {
          after++;
        }
        if (after >= src.bytes.length || src.bytes[after] != '(') {
          continue;
        }
        TSNode node = root.getNamedDescendantForByteRange(at, at + word.length);
        TSNode call = node;
        while (!Syntax.isNull(call) && syntax.of(call) != Syntax.CALL) {
          call = Nodes.parent(call);
        }
        if (Syntax.isNull(call)) {
          continue;
        }
        TSNode assignment = Nodes.parent(call);
        if (Syntax.isNull(assignment) || syntax.of(assignment) != Syntax.ASSIGNMENT) {
          continue;
        }
        TSNode left = syntax.field(assignment, Syntax.Field.LEFT);
        TSNode right = syntax.field(assignment, Syntax.Field.RIGHT);
        if (left == null || right == null || Nodes.startByte(right) != Nodes.startByte(call)) {
          continue;
        }
        String name = text(left);
        if (!isDottedName(name)) {
          continue;
        }
        TSNode function = syntax.field(call, Syntax.Field.FUNCTION);
        TSNode arguments = syntax.field(call, Syntax.Field.ARGUMENTS);
        String spec = null;
        if (arguments != null) {
          int count = Nodes.namedChildCount(arguments);
          for (int i = 0; i < count; i++) {
            TSNode argument = Nodes.namedChild(arguments, i);
            Syntax kind = syntax.of(argument);
            if (kind == Syntax.KEYWORD_ARGUMENT) {
              TSNode key = syntax.field(argument, Syntax.Field.NAME);
              TSNode value = syntax.field(argument, Syntax.Field.VALUE);
              String keyText = key == null ? "" : text(key);
              if ((keyText.equals("spec") || keyText.equals("spec_set")) && value != null) {
                spec = text(value);
              }
            } else if (i == 0 && (kind == Syntax.IDENTIFIER || kind == Syntax.ATTRIBUTE)) {
              spec = text(argument);
            }
          }
        }
        if (text == null) {
          text = src.text(0, src.bytes.length);
        }
        // A mock made inside a function is that function's: another test's variable of the same
        // name is another object.
        int from = 0;
        int to = text.length();
        TSNode scope = Nodes.parent(assignment);
        while (!Syntax.isNull(scope) && syntax.of(scope) != Syntax.FUNCTION) {
          scope = Nodes.parent(scope);
        }
        if (!Syntax.isNull(scope)) {
          from = src.charIndex(Nodes.startByte(scope));
          to = src.charIndex(Nodes.endByte(scope));
        }
        List<String> attributes = new ArrayList<>();
        Matcher m =
            Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\.([A-Za-z_]\\w*)")
                .matcher(text);
        m.region(from, to);
        while (m.find()) {
          String attribute = m.group(1);
          boolean dunder =
              attribute.startsWith("__") && attribute.endsWith("__"); // every object has them
          if (!dunder
              && !MOCK_API.contains(attribute)
              && !attribute.startsWith("assert_")
              && !attributes.contains(attribute)) {
            attributes.add(attribute);
          }
        }
        mocks.add(
            new MockDecl(
                name,
                function == null ? lastSegment(factory) : text(function),
                spec != null && isDottedName(spec) ? spec : null,
                attributes,
                line(left),
                column(left)));
      }
    }
    mocks.sort(
        java.util.Comparator.comparingInt(MockDecl::line).thenComparingInt(MockDecl::column));
  }

  /**
   * {@code # ssot: ignore[rule-id, other-id] reason} or {@code # ssot:ignore rule-id -- reason}:
   * covers its own line and the next.
   */
  private void scanSuppressions() {
    byte[] bytes = src.bytes;
    int after = -1;
    for (int i : found[SSOT]) {
      if (i < after) {
        continue; // inside a comment already read
      }
      // `# ssot: …`, also after another directive in the same comment (`# noqa  # ssot: …`).
      int hash = i - 1;
      while (hash >= 0 && (bytes[hash] == ' ' || bytes[hash] == '\t')) {
        hash--;
      }
      if (hash < 0 || bytes[hash] != '#') {
        continue;
      }
      TSNode comment = root.getDescendantForByteRange(hash, i + SSOT_MARK.length);
      if (Syntax.isNull(comment) || syntax.of(comment) != Syntax.COMMENT) {
        continue;
      }
      String rest = src.text(i + SSOT_MARK.length, Nodes.endByte(comment)).stripLeading();
      if (!rest.startsWith("ignore")) {
        continue;
      }
      rest = rest.substring(6);
      String ids;
      String reason;
      if (rest.startsWith("[")) {
        int close = rest.indexOf(']');
        if (close < 0) {
          continue;
        }
        ids = rest.substring(1, close);
        reason = rest.substring(close + 1).strip();
        if (reason.startsWith("--")) {
          reason = reason.substring(2).strip();
        }
      } else {
        int dashes = rest.indexOf("--");
        ids = dashes < 0 ? rest : rest.substring(0, dashes);
        reason = dashes < 0 ? "" : rest.substring(dashes + 2).strip();
      }
      int line = line(comment);
      for (String id : ids.split("[,\\s]+")) {
        if (!id.isBlank()) {
          suppressions.add(
              new Suppression(
                  id.strip(),
                  new Location(file.path(), line, column(comment)),
                  line,
                  line + 1,
                  reason));
        }
      }
      after = Nodes.endByte(comment);
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** The statements of a module or block, comments left out. */
  private List<TSNode> statements(TSNode container) {
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
  private String docstring(TSNode statement) {
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
  private String stringText(TSNode string) {
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
  private String stringValue(TSNode string) {
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

  private static String firstLine(String text) {
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

  private static String lastSegment(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }

  private String text(TSNode node) {
    return src.text(Nodes.startByte(node), Nodes.endByte(node));
  }

  private int line(TSNode node) {
    return src.line(Nodes.startByte(node));
  }

  private int column(TSNode node) {
    return src.column(Nodes.startByte(node));
  }
}
