package dev.ssot.lang.python;

import dev.ssot.core.model.MethodDecl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Functions and methods: name, visibility and the modifiers their decorators give, parameter names
 * and types, and the shape of a short body (empty, abstract, a lone {@code super().__init__(...)},
 * a delegation to another object's method, with whether it forwards the parameters as they came).
 */
final class FunctionReader {

  private final ExtractionContext context;
  private final Syntax.Table syntax;

  FunctionReader(ExtractionContext context) {
    this.context = context;
    this.syntax = context.syntax;
  }

  /**
   * The signature and body shape of a function or method.
   *
   * @param method whether it is defined in a class (its first parameter is the instance, unless it
   *     is static)
   * @param inInterface whether its class is abstract: an empty body declares, not defines
   */
  MethodDecl function(TSNode node, List<String> decorators, boolean method, boolean inInterface) {
    TSNode nameNode = syntax.field(node, Syntax.Field.NAME);
    String name = nameNode == null ? "" : context.text(nameNode);
    Set<String> modifiers = new LinkedHashSet<>();
    modifiers.add(
        name.startsWith("_") && !(name.startsWith("__") && name.endsWith("__"))
            ? "private"
            : "public");
    boolean isStatic = false;
    boolean isAbstract = false;
    for (String decorator : decorators) {
      switch (ExtractionContext.lastSegment(decorator)) {
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
          case IDENTIFIER -> token = context.text(parameter);
          case DEFAULT_PARAMETER -> {
            TSNode pname = syntax.field(parameter, Syntax.Field.NAME);
            token = pname == null ? "?" : context.text(pname);
          }
          case TYPED_PARAMETER, TYPED_DEFAULT_PARAMETER -> {
            TSNode typeNode = syntax.field(parameter, Syntax.Field.TYPE);
            type = typeNode == null ? "" : context.text(typeNode);
            TSNode pname =
                kind == Syntax.TYPED_DEFAULT_PARAMETER
                    ? syntax.field(parameter, Syntax.Field.NAME)
                    : Nodes.namedChild(parameter, 0);
            token = pname == null ? "?" : context.text(pname);
          }
          case LIST_SPLAT_PATTERN, DICTIONARY_SPLAT_PATTERN -> token = context.text(parameter);
          default -> token = context.text(parameter);
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
      List<TSNode> statements = context.statements(body);
      if (!statements.isEmpty() && context.docstring(statements.get(0)) != null) {
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
        } else if (kind == Syntax.RAISE && context.text(only).contains("NotImplementedError")) {
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
                String receiver = context.text(object);
                target = receiver.startsWith("super(") ? "super" : receiver;
                called = context.text(attribute);
                forwards = forwards(arguments, parameterTokens);
                shape =
                    target.equals("super") && name.equals("__init__") && called.equals("__init__")
                        ? MethodDecl.Body.SUPER_CALL_ONLY
                        : MethodDecl.Body.DELEGATION;
                if (shape == MethodDecl.Body.SUPER_CALL_ONLY) {
                  called = null;
                }
                if (!ExtractionContext.isDottedName(target) && !target.equals("super")) {
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
        returnType == null ? null : context.text(returnType),
        parameterTypes,
        parameterNames,
        modifiers,
        nameNode == null ? context.line(node) : context.line(nameNode),
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
      passed.add(context.text(argument).replaceAll("\\s+", ""));
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
}
