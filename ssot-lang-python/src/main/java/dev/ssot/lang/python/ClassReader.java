package dev.ssot.lang.python;

import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Class statements: qualified name, kind ({@code Protocol} and {@code ABC} bases and an {@code
 * ABCMeta} metaclass make an interface, {@code Enum} bases an enum), bases (with interfaces named
 * by {@code @implementer(...)}), fields (class-level assignments and the attributes {@code
 * __init__} assigns), methods, deprecation, the body's fingerprint, and nested classes after their
 * enclosing one. A class defined under {@code if} or {@code try} at module level is {@code
 * conditional}: one of alternatives.
 */
final class ClassReader {

  private static final Set<String> INTERFACE_BASES = Set.of("Protocol", "ABC");
  private static final Set<String> ENUM_BASES =
      Set.of("Enum", "IntEnum", "StrEnum", "Flag", "IntFlag");

  private final ExtractionContext context;
  private final Syntax.Table syntax;
  private final FunctionReader functions;
  private final ImportReader imports;
  private final BodyFingerprints fingerprints;

  ClassReader(
      ExtractionContext context,
      FunctionReader functions,
      ImportReader imports,
      BodyFingerprints fingerprints) {
    this.context = context;
    this.syntax = context.syntax;
    this.functions = functions;
    this.imports = imports;
    this.fingerprints = fingerprints;
  }

  /**
   * @param definingStatement the statement that defines the class: {@code node} or the decorated
   *     definition around it
   * @param implemented interfaces named by {@code @implementer(...)}, counted as bases
   */
  void classDefinition(
      TSNode node,
      TSNode definingStatement,
      List<String> decorators,
      List<String> implemented,
      String enclosing,
      String enclosingSimple,
      ImportContext where) {
    TSNode nameNode = syntax.field(node, Syntax.Field.NAME);
    if (nameNode == null) {
      return;
    }
    String name = context.text(nameNode);
    if (enclosing == null) {
      context.names.add(name);
    }
    String qualified =
        (enclosing == null
                ? (context.module.isEmpty() ? "" : context.module + ".")
                : enclosing + ".")
            + name;
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
          written = context.text(base);
        } else if (baseKind == Syntax.SUBSCRIPT || baseKind == Syntax.GENERIC_TYPE) {
          TSNode value = syntax.field(base, Syntax.Field.VALUE);
          written = value == null ? null : context.text(value);
        } else if (baseKind == Syntax.KEYWORD_ARGUMENT) {
          String keyword = context.text(base);
          if (keyword.startsWith("metaclass") && keyword.contains("ABCMeta")) {
            abstractClass = true;
          }
        }
        if (written != null && ExtractionContext.isDottedName(written)) {
          supertypes.add(written);
          String last = ExtractionContext.lastSegment(written);
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
    boolean deprecated = Deprecations.decoratedDeprecated(decorators);
    String deprecationNote = null;
    List<FieldDecl> fields = new ArrayList<>();
    List<MethodDecl> methods = new ArrayList<>();
    List<Runnable> nested = new ArrayList<>();
    TSNode body = syntax.field(node, Syntax.Field.BODY);
    int index = context.types.size();
    if (body != null) {
      List<TSNode> statements = context.statements(body);
      for (int i = 0; i < statements.size(); i++) {
        TSNode statement = statements.get(i);
        if (i == 0) {
          String doc = context.docstring(statement);
          if (doc != null) {
            if (Deprecations.declaresDeprecation(doc)) {
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
          memberDecorators = context.decorators(statement);
          definition = syntax.field(statement, Syntax.Field.DEFINITION);
          if (definition == null) {
            continue;
          }
          statementKind = syntax.of(definition);
        }
        if (statementKind == Syntax.FUNCTION) {
          MethodDecl method =
              functions.function(definition, memberDecorators, true, kind == TypeKind.INTERFACE);
          methods.add(method);
          if (method.isConstructor()) {
            TSNode methodBody = syntax.field(definition, Syntax.Field.BODY);
            if (methodBody != null
                && !deprecated
                && Deprecations.warnsDeprecation(context.text(methodBody))) {
              deprecated = true;
              deprecationNote = context.text(methodBody);
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
                      where));
        } else if (statementKind == Syntax.EXPRESSION_STATEMENT
            && Nodes.namedChildCount(statement) > 0) {
          TSNode expression = Nodes.namedChild(statement, 0);
          if (syntax.of(expression) == Syntax.ASSIGNMENT) {
            TSNode left = syntax.field(expression, Syntax.Field.LEFT);
            TSNode type = syntax.field(expression, Syntax.Field.TYPE);
            if (left != null && syntax.of(left) == Syntax.IDENTIFIER) {
              String field = context.text(left);
              fields.add(
                  new FieldDecl(
                      field,
                      type == null ? null : context.text(type),
                      field.startsWith("_") ? Set.of("private") : Set.of("public"),
                      context.line(left)));
            }
          }
        } else if (statementKind == Syntax.IMPORT || statementKind == Syntax.IMPORT_FROM) {
          ImportContext inner =
              where == ImportContext.TOP_LEVEL ? ImportContext.CONDITIONAL : where;
          if (statementKind == Syntax.IMPORT) {
            imports.importStatement(statement, inner);
          } else {
            imports.importFrom(statement, inner);
          }
        }
      }
    }
    Set<String> modifiers = new LinkedHashSet<>();
    modifiers.add(name.startsWith("_") ? "private" : "public");
    if (enclosing == null && where != ImportContext.TOP_LEVEL) {
      modifiers.add("conditional"); // under `if`/`try` at module level: one of alternatives
    }
    int end = Nodes.endByte(node);
    if (kind == TypeKind.INTERFACE || abstractClass) {
      modifiers.add("abstract");
    }
    context.types.add(
        index,
        new TypeDecl(
            qualified,
            simple,
            kind,
            modifiers,
            decorators,
            deprecated,
            supertypes,
            new Location(context.file.path(), context.line(nameNode), context.column(nameNode)),
            context.src.line(end),
            enclosing,
            fields,
            methods,
            fingerprints.body(Nodes.startByte(definingStatement), end, name, qualified),
            PythonSuccessors.named(deprecationNote)));
    nested.forEach(Runnable::run);
  }

  /**
   * The attributes {@code __init__} assigns at its top level ({@code self.connections = {}}): the
   * instance's fields, which a mock of the class may configure.
   */
  private void instanceAttributes(TSNode body, List<FieldDecl> fields) {
    for (TSNode statement : context.statements(body)) {
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
      if (object == null || attribute == null || !context.text(object).equals("self")) {
        continue;
      }
      String name = context.text(attribute);
      if (fields.stream().noneMatch(f -> f.name().equals(name))) {
        TSNode type = syntax.field(expression, Syntax.Field.TYPE);
        fields.add(
            new FieldDecl(
                name,
                type == null ? null : context.text(type),
                Set.of("instance", name.startsWith("_") ? "private" : "public"),
                context.line(left)));
      }
    }
  }

  /**
   * Interfaces declared with {@code @implementer(IFoo, IBar)} (zope.interface), to count as bases.
   */
  List<String> implementedInterfaces(TSNode decorated) {
    List<String> result = new ArrayList<>();
    for (String written : context.decoratorTexts(decorated)) {
      int paren = written.indexOf('(');
      if (paren < 0
          || !ExtractionContext.lastSegment(written.substring(0, paren).strip())
              .equals("implementer")) {
        continue;
      }
      int close = written.lastIndexOf(')');
      for (String argument :
          written.substring(paren + 1, close < 0 ? written.length() : close).split(",")) {
        String name = argument.strip();
        if (ExtractionContext.isDottedName(name)) {
          result.add(name);
        }
      }
    }
    return result;
  }
}
