package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.LanguageTraits;
import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.TypeDecl;
import java.util.HashSet;
import java.util.Set;

/**
 * Members compared the way copies drift: methods by name and arity, their types ignored (a {@code
 * List} return that became a {@code Set}, annotations, generics); where parameter types are not
 * written, by name alone (an added defaulted parameter changes nothing). What two types inherit
 * from one declared ancestor is their shared contract, not a copy, and does not count; the object
 * protocol never counts. Types without methods (enums, records, data classes) are compared by their
 * fields.
 */
final class LooseMembers {

  private final CodeGraph graph;
  private final Concepts concepts;

  LooseMembers(CodeGraph graph, Concepts concepts) {
    this.graph = graph;
    this.concepts = concepts;
  }

  /** How many members two types share, and how many the smaller of the two has. */
  int[] compare(TypeDecl a, TypeDecl b) {
    Set<String> left = methodKeys(a);
    Set<String> right = methodKeys(b);
    Set<String> contract = contractOf(a, b);
    left.removeAll(contract);
    right.removeAll(contract);
    if (left.isEmpty() && right.isEmpty()) {
      left = fieldKeys(a);
      right = fieldKeys(b);
    }
    Set<String> shared = new HashSet<>(left);
    shared.retainAll(right);
    return new int[] {shared.size(), Math.min(left.size(), right.size())};
  }

  private Set<String> contractOf(TypeDecl a, TypeDecl b) {
    Set<String> common = new HashSet<>(concepts.ancestorsOf(a.qualifiedName()));
    common.retainAll(concepts.ancestorsOf(b.qualifiedName()));
    Set<String> contract = new HashSet<>();
    for (String ancestor : common) {
      graph.type(ancestor).ifPresent(t -> contract.addAll(methodKeys(t)));
    }
    return contract;
  }

  Set<String> methodKeys(TypeDecl type) {
    LanguageTraits traits = graph.traits(type);
    Set<String> keys = new HashSet<>();
    for (MethodDecl method : type.methods()) {
      if (method.isConstructor()
          || method.modifiers().contains("private")
          || traits.isObjectProtocol(method.name())
          || Concepts.OBJECT_METHODS.contains(
              method.name() + "/" + method.parameterTypes().size())) {
        continue;
      }
      keys.add(
          traits.parameterNamesInSignature()
              ? method.name()
              : method.name() + "/" + method.parameterTypes().size());
    }
    return keys;
  }

  private static Set<String> fieldKeys(TypeDecl type) {
    Set<String> keys = new HashSet<>();
    for (FieldDecl field : type.fields()) {
      if (!field.modifiers().contains("private")
          || type.kind() != dev.ssot.core.model.TypeKind.CLASS) {
        keys.add(field.name());
      }
    }
    return keys;
  }
}
