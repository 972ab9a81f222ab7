package dev.ssot.core.graph;

import dev.ssot.core.model.Location;
import java.util.List;

/**
 * A directed dependency between two nodes of one {@link Level}, with the imports and references
 * behind it.
 *
 * @param from the depending node
 * @param to the node depended on
 * @param evidence the {@code file:line} of every import or reference behind the edge, sorted
 */
public record Dependency(String from, String to, List<Location> evidence) {

  public Dependency {
    evidence = List.copyOf(evidence);
  }

  /** How strong the edge is: the number of imports and references behind it. */
  public int weight() {
    return evidence.size();
  }

  /**
   * From the end points only: JGraphT keys its edge maps by the edge object, and hashing every
   * evidence location on each edge lookup cost more than the lookup itself. Equal dependencies
   * still have equal hashes (equality compares the evidence too).
   */
  @Override
  public int hashCode() {
    return 31 * from.hashCode() + to.hashCode();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Dependency that
        && from.equals(that.from)
        && to.equals(that.to)
        && evidence.equals(that.evidence);
  }

  @Override
  public String toString() {
    return from + " -> " + to;
  }
}
