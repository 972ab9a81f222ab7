package dev.ssot.core.graph;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.TypeDecl;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A language's linker over the files of one analysis: resolves what the files' imports and
 * references denote by that language's rules. Created by {@link
 * dev.ssot.core.lang.Language#linker}; the graph builder calls it and knows no language.
 */
public interface Linker {

  /**
   * The declared supertypes of every type of this language, resolved (external ones left out). The
   * graph builder calls this in rounds, publishing each round's result through {@link
   * TypeIndex#supertypes}, until nothing changes (member types inherited through supertypes).
   */
  Map<String, List<String>> supertypes();

  /**
   * The links of one file. Must be thread-safe when {@link #parallel()} is true, for files are then
   * linked in parallel.
   */
  FileLinks links(FileFacts file);

  /** Whether {@link #links} may be called from several threads at once. */
  default boolean parallel() {
    return false;
  }

  /**
   * Resolves a type name written inside a declared type of {@code file} (a supertype, a field type,
   * a receiver) to a declared type, or empty when it is external or unknown.
   */
  Optional<String> resolve(FileFacts file, TypeDecl context, String written);

  /** The module-level bindings, for languages that have them. */
  default Optional<ModuleScope> modules() {
    return Optional.empty();
  }
}
