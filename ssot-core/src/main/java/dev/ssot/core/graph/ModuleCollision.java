package dev.ssot.core.graph;

import java.util.List;

/**
 * Files that map to one module name, of which an import reaches only one: the {@code linked} file,
 * or, when {@code linked} is null, a module outside the codebase that always wins (a standard
 * library module of that name).
 *
 * @param module the module name they share
 * @param linked the path of the file imports reach, or null when none of them is reached
 * @param shadowed the paths of the files no import reaches, sorted
 * @param reason why {@code linked} wins, e.g. "a package wins over a module file" or "the standard
 *     library's os is imported instead"
 */
public record ModuleCollision(String module, String linked, List<String> shadowed, String reason) {

  public ModuleCollision {
    shadowed = List.copyOf(shadowed);
  }
}
