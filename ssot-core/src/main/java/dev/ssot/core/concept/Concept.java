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
 * @param family the canonical type's family: definitions related to it by inheritance (it included)
 * @param duplicates the other families of definitions: second definitions of the concept
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
    String why,
    List<String> family,
    List<Duplicate> duplicates) {

  public Concept {
    definitions = List.copyOf(definitions);
    reExports = List.copyOf(reExports);
    testDoubles = List.copyOf(testDoubles);
    family = List.copyOf(family);
    duplicates = List.copyOf(duplicates);
  }

  /**
   * A second definition of the concept: a family of definitions not related to the canonical type
   * by inheritance.
   *
   * @param root the family's root (the member the others extend or implement)
   * @param members every member of the family, root included, sorted by name
   * @param counterpart the definition of the canonical family the root duplicates: the member with
   *     the same name if there is one, else the canonical type
   * @param similarity what the root shares with its counterpart
   */
  public record Duplicate(
      TypeDecl root, List<TypeDecl> members, TypeDecl counterpart, Similarity similarity) {
    public Duplicate {
      members = List.copyOf(members);
    }
  }

  /** Whether the type is a member of a duplicate family (a second definition or its subtypes). */
  public boolean isDuplicate(String qualifiedName) {
    return duplicates.stream()
        .anyMatch(d -> d.members().stream().anyMatch(m -> m.qualifiedName().equals(qualifiedName)));
  }

  /** The duplicate family a type belongs to, if any. */
  public java.util.Optional<Duplicate> duplicateOf(String qualifiedName) {
    return duplicates.stream()
        .filter(d -> d.members().stream().anyMatch(m -> m.qualifiedName().equals(qualifiedName)))
        .findFirst();
  }

  /** Every qualified name that belongs to the concept: definitions and re-exports. */
  public List<String> memberNames() {
    List<String> names = new java.util.ArrayList<>();
    definitions.forEach(d -> names.add(d.qualifiedName()));
    reExports.forEach(r -> names.add(r.name()));
    return names.stream().sorted().toList();
  }
}
