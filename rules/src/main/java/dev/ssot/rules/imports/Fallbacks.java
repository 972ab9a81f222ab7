package dev.ssot.rules.imports;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;

/**
 * Which guarded imports (under {@code try: … except ImportError:} or a Python-version check) are
 * alternatives kept on purpose, and which are the code's own path to a definition that happens to
 * be guarded.
 *
 * <p>A guarded import is kept on purpose when it names a module of another top-level package (the
 * fallback for another version of that library, or of Python), or when another guarded import in
 * the file binds the same name to the same definition through a path that is neither deprecated nor
 * a shim (the try already imports the canonical path; this one is the other version's). Else the
 * non-canonical path is the one that runs (its alternative is an optional module the analysed code
 * does not have, or a stand-in such as {@code X = None}): it is flagged and rewritten like any
 * other import.
 */
final class Fallbacks {

  private Fallbacks() {}

  /** The import written at this location, or null. */
  static ImportRef importAt(CodeGraph graph, Location location) {
    return graph
        .file(location.path())
        .flatMap(
            f ->
                f.imports().stream()
                    .filter(i -> i.line() == location.line() && i.column() == location.column())
                    .findFirst())
        .orElse(null);
  }

  /**
   * Whether a guarded import that reaches {@code definition} is an alternative kept on purpose.
   * Imports that are not guarded are never kept.
   *
   * @param definition what the import binds (a class, or {@code module.name} of a value)
   */
  static boolean keptOnPurpose(
      ModuleScope modules, FileFacts file, ImportRef imp, String definition) {
    if (imp == null || !imp.context().guarded()) {
      return false;
    }
    if (!ModuleScope.topLevel(imp.name()).equals(ModuleScope.topLevel(file.packageName()))) {
      return true;
    }
    for (ImportRef other : file.imports()) {
      if (other == imp
          || !other.context().guarded()
          || !other.fromImport()
          || other.onDemand()
          || !other.boundName().equals(imp.boundName())
          || (other.line() == imp.line() && other.column() == imp.column())) {
        continue;
      }
      if (modules.deprecation(other.name()) != null || modules.isShimModule(other.name())) {
        continue;
      }
      ModuleScope.Resolution resolution = modules.lookupFrom(other.name(), other.member());
      if (resolution.target() != null && resolution.target().equals(definition)) {
        return true;
      }
    }
    return false;
  }
}
