package dev.ssot.core.concept;

/**
 * How much two types have in common: the non-private methods (by name and arity; or, when neither
 * declares methods, the non-private field names) they share, out of all they declare between them.
 *
 * @param shared members both declare
 * @param total members either declares
 * @param smaller members the smaller of the two declares
 */
public record Similarity(int shared, int total, int smaller) {

  /** The shared fraction, 0 when there is nothing to compare. */
  public double ratio() {
    return total == 0 ? 0 : (double) shared / total;
  }

  @Override
  public String toString() {
    return shared + " of " + total + " members shared";
  }
}
