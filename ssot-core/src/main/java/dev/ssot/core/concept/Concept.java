package dev.ssot.core.concept;

import dev.ssot.core.model.TypeDecl;
import java.util.List;

/**
 * One thing that must have one source of truth.
 *
 * @param name the concept's name (declared, or the canonical's simple name)
 * @param declared whether config declares it
 * @param canonical the qualified name of the canonical definition
 * @param canonicalImport the one import path to use
 * @param definitions every {@code DEFINITION} of the concept, canonical included, sorted by name
 * @param reExports the aliases and shims that lead to the concept, sorted by name
 * @param testDoubles the test doubles that stand in for it, sorted by name
 * @param factory the declared factory ({@code Type#method} or a type), or null
 * @param why how the members were found (declared members, normalised name, re-export target)
 */
public record Concept(
    String name,
    boolean declared,
    String canonical,
    String canonicalImport,
    List<TypeDecl> definitions,
    List<TypeRole> reExports,
    List<TypeRole> testDoubles,
    String factory,
    String why) {

  public Concept {
    definitions = List.copyOf(definitions);
    reExports = List.copyOf(reExports);
    testDoubles = List.copyOf(testDoubles);
  }

  /** Every qualified name that belongs to the concept: definitions and re-exports. */
  public List<String> memberNames() {
    List<String> names = new java.util.ArrayList<>();
    definitions.forEach(d -> names.add(d.qualifiedName()));
    reExports.forEach(r -> names.add(r.name()));
    return names.stream().sorted().toList();
  }
}
