package dev.ssot.lang.python;

import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * A class built at run time, {@code X = type("X", (Base,), {"run": run, "limit": 3})}: a definition
 * like a {@code class} statement, with the bases and the namespace's keys as members (callables as
 * methods, other values as fields). Only the three-argument form with literal bases and a literal
 * namespace is read; anything else stays an ordinary assignment.
 */
final class DynamicClassReader {

  private final ExtractionContext context;
  private final Syntax.Table syntax;
  private final BodyFingerprints fingerprints;

  DynamicClassReader(ExtractionContext context, BodyFingerprints fingerprints) {
    this.context = context;
    this.syntax = context.syntax;
    this.fingerprints = fingerprints;
  }

  /** Reads {@code name = call} as a class when the call is {@code type(name, bases, namespace)}. */
  void dynamicClass(String name, TSNode left, TSNode call) {
    TSNode function = syntax.field(call, Syntax.Field.FUNCTION);
    TSNode arguments = syntax.field(call, Syntax.Field.ARGUMENTS);
    if (function == null || arguments == null || !context.text(function).equals("type")) {
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
          && ExtractionContext.isDottedName(context.text(base))) {
        supertypes.add(context.text(base));
      }
    }
    List<FieldDecl> fields = new ArrayList<>();
    List<MethodDecl> methods = new ArrayList<>();
    for (int i = 0; i < Nodes.namedChildCount(namespace); i++) {
      TSNode pair = Nodes.namedChild(namespace, i);
      if (syntax.of(pair) == Syntax.PAIR) {
        member(pair, fields, methods);
      }
    }
    int end = Nodes.endByte(call);
    String module = context.module;
    context.types.add(
        new TypeDecl(
            module.isEmpty() ? name : module + "." + name,
            name,
            TypeKind.CLASS,
            Set.of(name.startsWith("_") ? "private" : "public"),
            List.of(),
            false,
            supertypes,
            new Location(context.file.path(), context.line(left), context.column(left)),
            context.src.line(end),
            null,
            fields,
            methods,
            fingerprints.body(
                Nodes.startByte(left), end, name, module.isEmpty() ? name : module + "." + name)));
  }

  /** One {@code "key": value} of the namespace: a method when the value is callable. */
  private void member(TSNode pair, List<FieldDecl> fields, List<MethodDecl> methods) {
    TSNode key = syntax.field(pair, Syntax.Field.KEY);
    TSNode value = syntax.field(pair, Syntax.Field.VALUE);
    String member =
        key == null || syntax.of(key) != Syntax.STRING ? null : context.stringValue(key);
    if (member == null || value == null || !ExtractionContext.isDottedName(member)) {
      return;
    }
    Syntax valueKind = syntax.of(value);
    List<String> parameters = null;
    if (valueKind == Syntax.LAMBDA) {
      parameters = lambdaParameters(value);
    } else if (valueKind == Syntax.IDENTIFIER) {
      // A function of this module, defined before the call (it must exist when type() runs).
      for (MethodDecl defined : context.functions) {
        if (defined.name().equals(context.text(value))) {
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
              context.line(pair),
              MethodDecl.Body.LOGIC,
              null,
              null,
              false,
              false));
    } else {
      fields.add(new FieldDecl(member, null, Set.of(), context.line(pair)));
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
      names.add(name == null ? context.text(parameter) : context.text(name));
    }
    return names;
  }
}
