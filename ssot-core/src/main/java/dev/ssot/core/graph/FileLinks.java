package dev.ssot.core.graph;

import java.util.List;

/**
 * What one file contributes to the graph: its dependencies, the declared types its imports and
 * references reach, and its imports that fail at run time.
 */
public record FileLinks(List<Link> links, List<TypeUse> uses, List<UnresolvedImport> unresolved) {

  public FileLinks {
    links = List.copyOf(links);
    uses = List.copyOf(uses);
    unresolved = List.copyOf(unresolved);
  }
}
