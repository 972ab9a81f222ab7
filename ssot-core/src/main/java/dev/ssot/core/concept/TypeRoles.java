package dev.ssot.core.concept;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The role of every declared type, as the {@link Classifier} decided it, and re-export chains. */
public final class TypeRoles {

  private final Map<String, TypeRole> roles;
  private final List<TypeRole> sorted;

  /**
   * The roles given.
   *
   * @param roles the role of each declared type, by qualified name
   */
  public TypeRoles(Map<String, TypeRole> roles) {
    this.roles = Collections.unmodifiableMap(roles);
    this.sorted = roles.values().stream().sorted(Comparator.comparing(TypeRole::name)).toList();
  }

  /** The role of a declared type. */
  public Optional<TypeRole> roleOf(String qualifiedName) {
    return Optional.ofNullable(roles.get(qualifiedName));
  }

  /** Whether the type is an alias or a shim. */
  public boolean isReExport(String qualifiedName) {
    TypeRole role = roles.get(qualifiedName);
    return role != null && role.role().isReExport();
  }

  /** The chain of re-exports from a type to the definition it ends at (the type itself first). */
  public List<TypeRole> chainOf(String qualifiedName) {
    List<TypeRole> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = qualifiedName;
    while (current != null && seen.add(current)) {
      TypeRole role = roles.get(current);
      if (role == null) {
        break;
      }
      chain.add(role);
      current = role.role().isReExport() ? role.target() : null;
    }
    return chain;
  }

  /** Every role, sorted by the type's qualified name. */
  public List<TypeRole> sorted() {
    return sorted;
  }
}
