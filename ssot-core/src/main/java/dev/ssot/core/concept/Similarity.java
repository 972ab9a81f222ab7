package dev.ssot.core.concept;

/**
 * How much two types have in common: the non-private method names (or, when neither declares
 * methods, the non-private field names) they share, out of all they declare between them.
 */
public record Similarity(int shared, int total) {

  /** The shared fraction, 0 when there is nothing to compare. */
  public double ratio() {
    return total == 0 ? 0 : (double) shared / total;
  }

  @Override
  public String toString() {
    return shared + " of " + total + " members shared";
  }
}
