package dev.ssot.core.config;

import dev.ssot.core.model.Location;
import java.util.List;

/**
 * A concept declared in config under {@code concepts:}.
 *
 * @param name the concept's name
 * @param canonical the qualified name of the one real definition
 * @param importPath the one import path to use (defaults to canonical)
 * @param members simple-name globs ({@code *WebSocketManager}) of types that belong to the concept
 *     (empty: types whose normalised name matches the canonical's)
 * @param factory the one allowed factory, {@code Type#method} or a type name, or null
 * @param declaredAt where in the config file the entry is, for errors
 * @param key the entry's config key path, e.g. {@code concepts[0]}
 */
public record ConceptDeclaration(
    String name,
    String canonical,
    String importPath,
    List<String> members,
    String factory,
    Location declaredAt,
    String key) {

  public ConceptDeclaration {
    members = List.copyOf(members);
    if (importPath == null) {
      importPath = canonical;
    }
  }
}
