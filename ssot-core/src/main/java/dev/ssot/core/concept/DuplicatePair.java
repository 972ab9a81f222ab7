package dev.ssot.core.concept;

import dev.ssot.core.model.TypeDecl;
import java.util.Set;

/**
 * Two definitions that are copies of one another, with the evidence.
 *
 * @param a one definition
 * @param b the other
 * @param channels every channel that found the pair
 * @param shared methods (or, for types without methods, fields) both declare, compared by name and
 *     arity with types compared loosely
 * @param smaller how many such members the smaller of the two has
 * @param bodySimilarity the share of body tokens the two have in common (0…1), or 0 when unknown
 */
public record DuplicatePair(
    TypeDecl a,
    TypeDecl b,
    Set<DuplicateChannel> channels,
    int shared,
    int smaller,
    double bodySimilarity) {

  public DuplicatePair {
    channels = Set.copyOf(channels);
  }

  /** Whether the evidence alone proves a copy, whatever the names. */
  public boolean identity() {
    return channels.contains(DuplicateChannel.SAME_QUALIFIED_NAME)
        || channels.contains(DuplicateChannel.IDENTICAL_BODY);
  }

  /** A short account of the evidence: {@code same qualified name; 5 of 6 members shared}. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (channels.contains(DuplicateChannel.SAME_QUALIFIED_NAME)) {
      text.append("same qualified name");
    }
    if (channels.contains(DuplicateChannel.IDENTICAL_BODY)) {
      append(text, "identical body");
    } else if (bodySimilarity > 0) {
      append(text, "bodies " + Math.round(bodySimilarity * 100) + "% alike");
    }
    if (smaller > 0) {
      append(text, shared + " of " + smaller + " members shared");
    }
    if (channels.contains(DuplicateChannel.SUCCESSOR)) {
      append(text, "deprecated, with its own implementation beside the successor it names");
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String part) {
    if (text.length() > 0) {
      text.append("; ");
    }
    text.append(part);
  }
}
