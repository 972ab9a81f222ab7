package dev.ssot.lang.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.MethodDecl.Body;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.model.Suppression;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import dev.ssot.core.model.TypeRef;
import dev.ssot.core.parse.ParseOutcome;
import dev.ssot.core.parse.SourceParser;
import dev.ssot.core.similarity.SourceTokens;
import dev.ssot.core.similarity.TokenBag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Java front end: JavaParser, syntax only. No symbol solver runs; linking is done later over
 * the index of declared types. The parser is tuned for throughput: newest language level, no
 * comment attribution, no lexical preservation; the AST is dropped as soon as the facts are
 * extracted.
 */
public final class JavaSourceParser implements SourceParser {

  /**
   * Bump when the facts extracted for the same bytes change: it is part of the key of the facts
   * cache ({@code parse.cache.FactsCache}), so a bump makes every cached file parse again.
   */
  private static final String VERSION = "5";

  /** One bag builder per thread: its buffers grow to the largest type seen and stay. */
  private static final ThreadLocal<TokenBag.Builder> BAGS =
      ThreadLocal.withInitial(TokenBag::builder);

  private static final ThreadLocal<JavaParser> PARSER =
      ThreadLocal.withInitial(() -> newParser(false));

  /**
   * For the rare file with {@code \\u} escapes, which may spell names; decoding costs on every
   * character.
   */
  private static final ThreadLocal<JavaParser> ESCAPE_PARSER =
      ThreadLocal.withInitial(() -> newParser(true));

  /**
   * The newest language level, so every released syntax parses (the grammar's {@code yield}
   * handling depends on it); but none of JavaParser's post-parse passes run — no validators, no
   * comment attribution, no lexical preservation, no line-ending detection — as each is a walk of
   * the tree that tells ssot nothing. Only the Unicode-escape pre-processing stays, switched on for
   * files that contain escapes. Token storage stays on: JavaParser derives node positions from it.
   */
  static JavaParser newParser(boolean unicodeEscapes) {
    ParserConfiguration configuration =
        new ParserConfiguration()
            .setLanguageLevel(LanguageLevel.CURRENT)
            .setAttributeComments(false)
            .setStoreTokens(true)
            .setLexicalPreservationEnabled(false)
            .setDetectOriginalLineSeparator(false)
            .setPreprocessUnicodeEscapes(unicodeEscapes);
    configuration
        .getProcessors()
        .removeIf(
            supplier ->
                !supplier.get().getClass().getSimpleName().equals("UnicodeEscapeProcessor"));
    return new JavaParser(configuration);
  }

  @Override
  public String language() {
    return "java";
  }

  @Override
  public boolean accepts(String path) {
    return path.endsWith(".java");
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public ParseOutcome parse(SourceFile file, byte[] content) {
    String text = decode(content);
    ParseResult<CompilationUnit> result;
    try {
      JavaParser parser = text.contains("\\u") ? ESCAPE_PARSER.get() : PARSER.get();
      result = parser.parse(ParseStart.COMPILATION_UNIT, Providers.provider(text));
    } catch (RuntimeException | StackOverflowError e) {
      return new ParseOutcome.Failed(
          new ParseProblem(file.path(), 0, "parser failed: " + e.getClass().getSimpleName()));
    }
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      return new ParseOutcome.Failed(problemOf(file.path(), result.getProblems()));
    }
    CompilationUnit unit = result.getResult().get();
    try {
      List<com.github.javaparser.ast.comments.LineComment> lineComments =
          result
              .getCommentsCollection()
              .map(c -> List.copyOf(c.getLineComments()))
              .orElse(List.of());
      java.util.TreeMap<Integer, String> deprecatedDocs = new java.util.TreeMap<>();
      result
          .getCommentsCollection()
          .ifPresent(
              c ->
                  c.getJavadocComments()
                      .forEach(
                          doc -> {
                            if (doc.getContent().contains("@deprecated")) {
                              doc.getEnd()
                                  .ifPresent(end -> deprecatedDocs.put(end.line, doc.getContent()));
                            }
                          }));
      int typeStart =
          unit.getTypes().isEmpty() ? -1 : offset(text, unit.getType(0).getBegin().orElse(null));
      int headerEnd =
          unit.getPackageDeclaration()
              .map(p -> offset(text, p.getBegin().orElse(null)))
              .orElse(typeStart);
      Extractor extractor =
          new Extractor(file, text, countLines(text), lineComments, deprecatedDocs);
      extractor.generatedFile = GeneratedSource.isGenerated(text, headerEnd, typeStart);
      return new ParseOutcome.Parsed(extractor.extract(unit));
    } catch (StackOverflowError e) {
      return new ParseOutcome.Failed(
          new ParseProblem(file.path(), 0, "nesting too deep to analyse"));
    }
  }

  /** The offset in {@code text} of a parser position (1-based line and column), or -1. */
  private static int offset(String text, com.github.javaparser.Position position) {
    if (position == null) {
      return -1;
    }
    int offset = 0;
    int n = text.length();
    for (int line = 1; line < position.line; line++) {
      while (offset < n && text.charAt(offset) != '\n' && text.charAt(offset) != '\r') {
        offset++;
      }
      if (offset >= n) {
        return -1;
      }
      offset += text.startsWith("\r\n", offset) ? 2 : 1;
    }
    return Math.min(text.length(), offset + position.column - 1);
  }

  private static String decode(byte[] content) {
    int start =
        content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    return new String(content, start, content.length - start, StandardCharsets.UTF_8);
  }

  /** Lines as Java counts them: a line ends at LF, CR or CRLF (a file with lone CRs too). */
  private static int countLines(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int lines = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
        lines++;
      }
    }
    char last = text.charAt(n - 1);
    return last == '\n' || last == '\r' ? lines - 1 : lines;
  }

  /** "Lexical error at line 4, column 28." names its line only in its text. */
  private static final java.util.regex.Pattern AT_LINE =
      java.util.regex.Pattern.compile("\\bat line (\\d+)");

  private static ParseProblem problemOf(String path, List<Problem> problems) {
    if (problems.isEmpty()) {
      return new ParseProblem(path, 0, "could not be parsed");
    }
    Problem first = problems.get(0);
    int line =
        first
            .getLocation()
            .flatMap(range -> range.getBegin().getRange())
            .map(range -> range.begin.line)
            .orElse(0);
    String message = first.getMessage();
    if (line == 0) {
      java.util.regex.Matcher at = AT_LINE.matcher(message);
      if (at.find()) {
        line = Integer.parseInt(at.group(1));
      }
    }
    int newline = message.indexOf('\n');
    if (newline > 0) {
      message = message.substring(0, newline);
    }
    int expected = message.indexOf(", expected one of");
    if (expected > 0) {
      message = message.substring(0, expected);
    }
    String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
    return new ParseProblem(path, line, message.strip() + more);
  }

  /** Walks one compilation unit once and collects its facts. */
  private static final class Extractor {
    private final SourceFile file;
    private final String text;
    private final int lines;
    private final List<ImportRef> imports = new ArrayList<>();
    private final List<TypeDecl> types = new ArrayList<>();
    private final List<TypeRef> references = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();
    private final java.util.Map<String, String> names = new java.util.HashMap<>();
    private final List<com.github.javaparser.ast.comments.LineComment> lineComments;

    /** Qualified names of the enclosing declared types; local and anonymous types do not count. */
    private final Deque<String> enclosing = new ArrayDeque<>();

    /** The names of the methods and fields each enclosing type declares, innermost first. */
    private final Deque<Set<String>> members = new ArrayDeque<>();

    /**
     * Names that shadow types here: type parameters and local classes in scope, innermost first.
     */
    private final Deque<Set<String>> shadows = new ArrayDeque<>();

    private String packageName = "";

    /** Whether the file says a tool wrote it ({@link GeneratedSource}). */
    private boolean generatedFile;

    private final java.util.NavigableMap<Integer, String> deprecatedDocs;

    /** The file's tokens and line starts, made when the first type needs its body fingerprint. */
    private SourceTokens tokens;

    private int[] lineStarts;

    Extractor(
        SourceFile file,
        String text,
        int lines,
        List<com.github.javaparser.ast.comments.LineComment> lineComments,
        java.util.NavigableMap<Integer, String> deprecatedDocs) {
      this.file = file;
      this.text = text;
      this.lines = lines;
      this.lineComments = lineComments;
      this.deprecatedDocs = deprecatedDocs;
    }

    /**
     * Whether a Javadoc with {@code @deprecated} ends just before the declaration (blank lines
     * allowed).
     */
    private boolean deprecatedByJavadoc(Node declaration) {
      int begin = line(declaration);
      Integer end = deprecatedDocs.lowerKey(begin);
      return end != null && begin - end <= 2;
    }

    /** The Javadoc with {@code @deprecated} just before the declaration, or null. */
    private String deprecationDoc(Node declaration) {
      return deprecatedByJavadoc(declaration)
          ? deprecatedDocs.lowerEntry(line(declaration)).getValue()
          : null;
    }

    FileFacts extract(CompilationUnit unit) {
      unit.getPackageDeclaration()
          .ifPresent(
              pkg -> {
                packageName = pkg.getNameAsString();
                for (AnnotationExpr annotation : pkg.getAnnotations()) {
                  visit(annotation);
                }
              });
      for (ImportDeclaration imp : unit.getImports()) {
        if (imp.isModule()) {
          continue;
        }
        imports.add(
            new ImportRef(
                imp.getNameAsString(), imp.isStatic(), imp.isAsterisk(), line(imp), column(imp)));
      }
      for (TypeDeclaration<?> type : unit.getTypes()) {
        visit(type);
      }
      scanIgnoreComments();
      suppressions.sort(
          java.util.Comparator.comparingInt((Suppression s) -> s.location().line())
              .thenComparing(Suppression::ruleId));
      return new FileFacts(
          file.path(),
          "java",
          file.test(),
          packageName,
          lines,
          imports,
          types,
          references,
          suppressions);
    }

    /**
     * A line comment that starts with {@code ssot:ignore}, followed by rule ids and optionally
     * {@code -- reason}: covers its own line and the next. Javadoc that merely mentions the syntax
     * is not a suppression.
     */
    private void scanIgnoreComments() {
      for (com.github.javaparser.ast.comments.LineComment comment : lineComments) {
        String content = comment.getContent().strip();
        if (!content.startsWith("ssot:ignore")) {
          continue;
        }
        String rest = content.substring("ssot:ignore".length());
        String reason = "";
        int dashes = rest.indexOf("--");
        if (dashes >= 0) {
          reason = rest.substring(dashes + 2).strip();
          rest = rest.substring(0, dashes);
        }
        int line = line(comment);
        for (String id : rest.split("[,\\s]+")) {
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
      }
    }

    /** {@code @SuppressWarnings("ssot:<id>")} on a declaration covers the declaration's lines. */
    private void addSuppressWarnings(AnnotationExpr annotation) {
      String name = annotation.getNameAsString();
      if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
        return;
      }
      Node declaration = annotation.getParentNode().orElse(null);
      if (!(declaration instanceof BodyDeclaration<?>)) {
        return;
      }
      List<Expression> values = new ArrayList<>();
      if (annotation instanceof SingleMemberAnnotationExpr single) {
        values.add(single.getMemberValue());
      } else if (annotation instanceof NormalAnnotationExpr normal) {
        normal.getPairs().forEach(pair -> values.add(pair.getValue()));
      }
      List<Expression> flat = new ArrayList<>();
      for (Expression value : values) {
        if (value instanceof ArrayInitializerExpr array) {
          flat.addAll(array.getValues());
        } else {
          flat.add(value);
        }
      }
      for (Expression value : flat) {
        if (value instanceof StringLiteralExpr literal && literal.getValue().startsWith("ssot:")) {
          int end = declaration.getEnd().map(p -> p.line).orElse(line(declaration));
          suppressions.add(
              new Suppression(
                  literal.getValue().substring(5).strip(),
                  new Location(file.path(), line(annotation), column(annotation)),
                  line(declaration),
                  end,
                  ""));
        }
      }
    }

    private void visit(Node node) {
      if (node instanceof TypeDeclaration<?> type) {
        visitType(type);
        return;
      }
      if (node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt) {
        // Local types are not visible outside their block: their name shadows same-named types
        // for the rest of the enclosing body; walk them for references only.
        TypeDeclaration<?> declaration = (TypeDeclaration<?>) node.getChildNodes().get(0);
        if (!shadows.isEmpty()) {
          shadows.peek().add(declaration.getNameAsString());
        }
        shadows.push(new java.util.HashSet<>(typeParameters(declaration)));
        for (Node child : declaration.getChildNodes()) {
          if (child != declaration.getName()) {
            visit(child);
          }
        }
        shadows.pop();
        return;
      }
      if (node instanceof CallableDeclaration<?> callable) {
        Set<String> scope = new java.util.HashSet<>();
        callable.getTypeParameters().forEach(t -> scope.add(t.getNameAsString()));
        shadows.push(scope);
        for (Node child : node.getChildNodes()) {
          visit(child);
        }
        shadows.pop();
        return;
      }
      if (node instanceof com.github.javaparser.ast.type.TypeParameter parameter) {
        parameter.getTypeBound().forEach(this::visit);
        return;
      }
      if (node instanceof ClassOrInterfaceType type) {
        addReference(type.getNameWithScope(), type, true);
        type.getTypeArguments().ifPresent(args -> args.forEach(this::visit));
        type.getAnnotations().forEach(this::visit);
        return;
      }
      if (node instanceof AnnotationExpr annotation) {
        addReference(annotation.getNameAsString(), annotation, true);
        addSuppressWarnings(annotation);
        for (Node child : annotation.getChildNodes()) {
          if (child != annotation.getName()) {
            visit(child);
          }
        }
        return;
      }
      if (node instanceof MethodCallExpr call && call.getScope().isEmpty()) {
        outerMember(call.getNameAsString(), call);
      } else if (node instanceof NameExpr name) {
        outerMember(name.getNameAsString(), name);
      }
      if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
        Expression scope = call.getScope().get();
        if (visitNameChain(scope)) {
          call.getTypeArguments().ifPresent(args -> args.forEach(this::visit));
          call.getArguments().forEach(this::visit);
          return;
        }
      }
      if (node instanceof FieldAccessExpr access) {
        if (visitNameChain(access.getScope())) {
          return;
        }
      }
      for (Node child : node.getChildNodes()) {
        visit(child);
      }
    }

    /**
     * If {@code scope} is a dotted chain of plain names with a capitalised segment (a type, maybe
     * qualified: {@code Foo}, {@code Outer.Inner}, {@code com.acme.Foo}), records it as a candidate
     * reference and returns true; the resolver decides later whether it names a type.
     */
    private boolean visitNameChain(Expression scope) {
      String chain = nameChain(scope);
      if (chain == null) {
        return false;
      }
      boolean capitalised = false;
      for (String segment : chain.split("\\.")) {
        if (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0))) {
          capitalised = true;
          break;
        }
      }
      if (capitalised) {
        addReference(chain, scope, false);
      }
      return true;
    }

    private static String nameChain(Expression expression) {
      if (expression instanceof NameExpr name) {
        return name.getNameAsString();
      }
      if (expression instanceof FieldAccessExpr access) {
        String scope = nameChain(access.getScope());
        return scope == null ? null : scope + "." + access.getNameAsString();
      }
      return null;
    }

    /**
     * A nested type's code that calls a method or reads a field of an enclosing type by its bare
     * name ({@code copyOf(elements)} in {@code ImmutableList.SerializedForm}) is bound to that
     * type: recorded as a reference to it, so that two nested copies of one text over different
     * owners can be told apart.
     */
    private void outerMember(String name, Node node) {
      if (members.size() < 2 || members.peek().contains(name)) {
        return;
      }
      java.util.Iterator<Set<String>> levels = members.iterator();
      java.util.Iterator<String> types = enclosing.iterator();
      levels.next();
      types.next();
      while (levels.hasNext() && types.hasNext()) {
        Set<String> declared = levels.next();
        String type = types.next();
        if (declared.contains(name)) {
          addReference(simpleNameOf(type), node, false);
          return;
        }
      }
    }

    private void addReference(String name, Node node, boolean typeContext) {
      int dot = name.indexOf('.');
      String first = dot < 0 ? name : name.substring(0, dot);
      for (Set<String> scope : shadows) {
        if (scope.contains(first)) {
          return; // a type parameter or local class, not a declared type
        }
      }
      references.add(
          new TypeRef(intern(name), enclosing.peek(), line(node), column(node), typeContext));
    }

    /** One string per distinct name in a file: facts stay small (the same names recur a lot). */
    private String intern(String name) {
      String known = names.putIfAbsent(name, name);
      return known == null ? name : known;
    }

    private static List<String> typeParameters(TypeDeclaration<?> type) {
      if (type instanceof ClassOrInterfaceDeclaration declaration) {
        return declaration.getTypeParameters().stream().map(t -> t.getNameAsString()).toList();
      }
      if (type instanceof RecordDeclaration declaration) {
        return declaration.getTypeParameters().stream().map(t -> t.getNameAsString()).toList();
      }
      return List.of();
    }

    private void visitType(TypeDeclaration<?> type) {
      String outer = enclosing.peek();
      String simple =
          outer == null
              ? type.getNameAsString()
              : simpleNameOf(outer) + "." + type.getNameAsString();
      String qualified = packageName.isEmpty() ? simple : packageName + "." + simple;
      List<String> supertypes = new ArrayList<>();
      TypeKind kind;
      if (type instanceof ClassOrInterfaceDeclaration declaration) {
        kind = declaration.isInterface() ? TypeKind.INTERFACE : TypeKind.CLASS;
        declaration.getExtendedTypes().forEach(t -> supertypes.add(t.getNameWithScope()));
        declaration.getImplementedTypes().forEach(t -> supertypes.add(t.getNameWithScope()));
      } else if (type instanceof EnumDeclaration declaration) {
        kind = TypeKind.ENUM;
        declaration.getImplementedTypes().forEach(t -> supertypes.add(t.getNameWithScope()));
      } else if (type instanceof RecordDeclaration declaration) {
        kind = TypeKind.RECORD;
        declaration.getImplementedTypes().forEach(t -> supertypes.add(t.getNameWithScope()));
      } else {
        kind = TypeKind.ANNOTATION;
      }
      List<String> annotations =
          type.getAnnotations().stream().map(AnnotationExpr::getNameAsString).toList();
      boolean deprecated =
          annotations.contains("Deprecated")
              || annotations.contains("java.lang.Deprecated")
              || deprecatedByJavadoc(type);
      List<FieldDecl> fields = new ArrayList<>();
      List<MethodDecl> methods = new ArrayList<>();
      if (type instanceof RecordDeclaration record) {
        for (Parameter component : record.getParameters()) {
          fields.add(
              new FieldDecl(
                  component.getNameAsString(),
                  typeName(component.getTypeAsString()),
                  Set.of("private", "final"),
                  line(component)));
        }
      }
      for (BodyDeclaration<?> member : type.getMembers()) {
        if (member instanceof FieldDeclaration field) {
          Set<String> modifiers = modifiers(field);
          for (VariableDeclarator variable : field.getVariables()) {
            fields.add(
                new FieldDecl(
                    variable.getNameAsString(),
                    typeName(variable.getTypeAsString()),
                    modifiers,
                    line(variable)));
          }
        } else if (member instanceof CallableDeclaration<?> callable) {
          methods.add(method(callable));
        }
      }
      int endLine = type.getEnd().map(p -> p.line).orElse(line(type));
      Node nameNode = type.getName();
      types.add(
          new TypeDecl(
              qualified,
              simple,
              kind,
              generatedFile ? generated(modifiers(type)) : modifiers(type),
              annotations,
              deprecated,
              supertypes,
              new Location(file.path(), line(nameNode), column(nameNode)),
              endLine,
              outer,
              fields,
              methods,
              body(type),
              deprecated ? Successors.named(deprecationDoc(type)) : List.of()));

      enclosing.push(qualified);
      Set<String> declared = new java.util.HashSet<>();
      fields.forEach(f -> declared.add(f.name()));
      methods.forEach(m -> declared.add(m.name()));
      members.push(declared);
      shadows.push(new java.util.HashSet<>(typeParameters(type)));
      for (Node child : type.getChildNodes()) {
        if (child != type.getName()) {
          visit(child);
        }
      }
      shadows.pop();
      members.pop();
      enclosing.pop();
    }

    /**
     * The fingerprint of the declaration's source text, from its first annotation or modifier to
     * its closing brace, nested types included; the file is lexed once for all its types.
     */
    private TokenBag body(TypeDeclaration<?> type) {
      com.github.javaparser.Position begin = type.getBegin().orElse(null);
      com.github.javaparser.Position end = type.getEnd().orElse(null);
      if (begin == null || end == null) {
        return TokenBag.empty();
      }
      if (tokens == null) {
        tokens = JavaBodyLexer.sourceTokens(text);
        lineStarts = lineStarts(text);
      }
      return tokens.bag(
          offset(begin.line, begin.column),
          offset(end.line, end.column) + 1,
          type.getNameAsString(),
          BAGS.get());
    }

    /**
     * The char index of a JavaParser position (1-based line and column, a tab one column; lines end
     * at {@code \n}, {@code \r\n} or {@code \r}).
     */
    private int offset(int line, int column) {
      if (line < 1) {
        return 0;
      }
      if (line > lineStarts.length) {
        return text.length();
      }
      return Math.min(text.length(), lineStarts[line - 1] + Math.max(0, column - 1));
    }

    private static int[] lineStarts(String text) {
      int[] starts = new int[64];
      int count = 1;
      if (hasLoneCarriageReturn(text)) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
          char c = text.charAt(i);
          if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
            if (count == starts.length) {
              starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
          }
        }
      } else {
        // String.indexOf is an intrinsic: far faster than a loop over the chars
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
          if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      return java.util.Arrays.copyOf(starts, count);
    }

    private static boolean hasLoneCarriageReturn(String text) {
      for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          return true;
        }
      }
      return false;
    }

    private String simpleNameOf(String qualified) {
      return packageName.isEmpty() ? qualified : qualified.substring(packageName.length() + 1);
    }

    private MethodDecl method(CallableDeclaration<?> callable) {
      List<String> parameterTypes =
          callable.getParameters().stream()
              .map(p -> typeName(p.getTypeAsString()) + (p.isVarArgs() ? "..." : ""))
              .toList();
      String name =
          callable instanceof ConstructorDeclaration
              ? MethodDecl.CONSTRUCTOR
              : callable.getNameAsString();
      BlockStmt body =
          callable instanceof MethodDeclaration method
              ? method.getBody().orElse(null)
              : ((ConstructorDeclaration) callable).getBody();
      Body kind;
      String target = null;
      if (body == null) {
        kind = Body.NONE;
      } else if (body.getStatements().isEmpty()) {
        kind = Body.EMPTY;
      } else if (body.getStatements().size() == 1) {
        Statement only = body.getStatements().get(0);
        target = delegationTarget(only);
        if (only instanceof ExplicitConstructorInvocationStmt invocation && !invocation.isThis()) {
          kind = simpleArguments(invocation.getArguments()) ? Body.SUPER_CALL_ONLY : Body.LOGIC;
          target = kind == Body.SUPER_CALL_ONLY ? "super" : null;
        } else {
          kind = target != null ? Body.DELEGATION : Body.LOGIC;
        }
      } else {
        kind = Body.LOGIC;
      }
      String returnType =
          callable instanceof MethodDeclaration method ? typeName(method.getTypeAsString()) : null;
      String calledMethod =
          kind == Body.DELEGATION ? calledMethod(body.getStatements().get(0)) : null;
      boolean forwards =
          kind == Body.DELEGATION && forwardsParameters(body.getStatements().get(0), callable);
      boolean overrides =
          callable.getAnnotations().stream()
              .anyMatch(
                  a ->
                      a.getNameAsString().equals("Override")
                          || a.getNameAsString().equals("java.lang.Override"));
      List<String> parameterNames =
          callable.getParameters().stream().map(p -> p.getNameAsString()).toList();
      return new MethodDecl(
          name,
          returnType,
          parameterTypes,
          parameterNames,
          modifiers(callable),
          line(callable),
          kind,
          target,
          calledMethod,
          forwards,
          overrides);
    }

    /** Whether a single forwarding call passes exactly the method's parameters, in order. */
    private static boolean forwardsParameters(
        Statement statement, CallableDeclaration<?> callable) {
      List<Expression> arguments;
      if (statement instanceof ExplicitConstructorInvocationStmt invocation) {
        arguments = invocation.getArguments();
      } else {
        Expression expression =
            statement instanceof ExpressionStmt e
                ? e.getExpression()
                : statement instanceof ReturnStmt r ? r.getExpression().orElse(null) : null;
        if (!(expression instanceof MethodCallExpr call)) {
          return false;
        }
        arguments = call.getArguments();
      }
      if (arguments.size() != callable.getParameters().size()) {
        return false;
      }
      for (int i = 0; i < arguments.size(); i++) {
        if (!(arguments.get(i) instanceof NameExpr name)
            || !name.getNameAsString().equals(callable.getParameter(i).getNameAsString())) {
          return false;
        }
      }
      return true;
    }

    /** The name of the method a single forwarding statement calls. */
    private static String calledMethod(Statement statement) {
      if (statement instanceof ExplicitConstructorInvocationStmt) {
        return MethodDecl.CONSTRUCTOR;
      }
      Expression expression =
          statement instanceof ExpressionStmt e
              ? e.getExpression()
              : statement instanceof ReturnStmt r ? r.getExpression().orElse(null) : null;
      return expression instanceof MethodCallExpr call ? call.getNameAsString() : null;
    }

    /** The receiver of a single forwarding call, or null when the statement is not one. */
    private static String delegationTarget(Statement statement) {
      Expression expression = null;
      if (statement instanceof ExpressionStmt expressionStmt) {
        expression = expressionStmt.getExpression();
      } else if (statement instanceof ReturnStmt returnStmt) {
        expression = returnStmt.getExpression().orElse(null);
      } else if (statement instanceof ExplicitConstructorInvocationStmt invocation
          && invocation.isThis()) {
        return simpleArguments(invocation.getArguments()) ? "this" : null;
      }
      if (!(expression instanceof MethodCallExpr call) || !simpleArguments(call.getArguments())) {
        return null;
      }
      if (call.getScope().isEmpty()) {
        return "this";
      }
      Expression scope = call.getScope().get();
      if (scope instanceof SuperExpr) {
        return "super";
      }
      if (scope instanceof ThisExpr) {
        return "this";
      }
      if (scope instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
        return "this." + access.getNameAsString();
      }
      String chain = nameChain(scope);
      return chain;
    }

    private static boolean simpleArguments(List<Expression> arguments) {
      for (Expression argument : arguments) {
        Expression plain = argument;
        while (plain instanceof CastExpr cast) {
          plain = cast.getExpression();
        }
        if (!(plain instanceof NameExpr
            || plain instanceof LiteralExpr
            || plain instanceof ThisExpr
            || (plain instanceof FieldAccessExpr access && nameChainOrThis(access)))) {
          return false;
        }
      }
      return true;
    }

    private static boolean nameChainOrThis(FieldAccessExpr access) {
      return access.getScope() instanceof ThisExpr || nameChain(access) != null;
    }

    private static Set<String> generated(Set<String> modifiers) {
      Set<String> result = new LinkedHashSet<>(modifiers);
      result.add(TypeDecl.GENERATED);
      return result;
    }

    private static Set<String> modifiers(Node node) {
      if (!(node instanceof NodeWithModifiers<?> withModifiers)) {
        return Set.of();
      }
      Set<String> result = new LinkedHashSet<>();
      withModifiers.getModifiers().forEach(m -> result.add(m.getKeyword().asString()));
      return result;
    }

    /** Removes generic arguments and annotations from a type as written. */
    static String typeName(String written) {
      StringBuilder out = new StringBuilder(written.length());
      int depth = 0;
      for (int i = 0; i < written.length(); i++) {
        char c = written.charAt(i);
        if (c == '<') {
          depth++;
        } else if (c == '>') {
          depth--;
        } else if (depth == 0) {
          out.append(c);
        }
      }
      return out.toString().strip();
    }

    private static int line(Node node) {
      return node.getBegin().map(p -> p.line).orElse(0);
    }

    private static int column(Node node) {
      return node.getBegin().map(p -> p.column).orElse(0);
    }
  }
}
