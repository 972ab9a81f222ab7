package dev.ssot.core.finding;

import java.util.List;

/**
 * How a finding's import move is carried out: the edits, whether they are safe, and why there are
 * none when there are none.
 *
 * @param edits the edits, in file order; empty when no fix is available
 * @param safe whether the replacement binds the very same definition (see {@link
 *     ImportMove.Safety})
 * @param reason why no fix is available, or why an available one is not safe; null for a safe fix
 */
public record Fix(List<Edit> edits, boolean safe, String reason) {

  public Fix {
    edits = List.copyOf(edits);
  }

  /** A fix that could not be made. */
  public static Fix notFixed(String reason) {
    return new Fix(List.of(), false, reason);
  }

  /** Whether there are edits to apply. */
  public boolean available() {
    return !edits.isEmpty();
  }
}
