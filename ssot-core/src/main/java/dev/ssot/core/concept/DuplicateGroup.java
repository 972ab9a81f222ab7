package dev.ssot.core.concept;

import dev.ssot.core.model.TypeDecl;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Definitions that are all copies of one concept: the connected component of strong pairs.
 *
 * @param canonical the definition the others should give way to
 * @param members every definition of the group, the canonical one included, sorted by qualified
 *     name, then path
 * @param pairs the strong pairs that tie the group together
 * @param confidence how sure the evidence is
 */
public record DuplicateGroup(
    TypeDecl canonical, List<TypeDecl> members, List<DuplicatePair> pairs, Confidence confidence) {

  /** How sure the evidence is. */
  public enum Confidence {
    /** Identity (same qualified name, identical body) or two independent channels agree. */
    HIGH,
    /** One channel, above its threshold. */
    MEDIUM;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public DuplicateGroup {
    members = List.copyOf(members);
    pairs = List.copyOf(pairs);
  }

  /** Every channel that contributed a pair. */
  public Set<DuplicateChannel> channels() {
    Set<DuplicateChannel> all = EnumSet.noneOf(DuplicateChannel.class);
    pairs.forEach(p -> all.addAll(p.channels()));
    return all;
  }

  /** The strongest pair that involves a member (the best account of why it is a copy). */
  public DuplicatePair bestPairOf(TypeDecl member) {
    DuplicatePair best = null;
    for (DuplicatePair pair : pairs) {
      if (pair.a() != member && pair.b() != member) {
        continue;
      }
      if (best == null || rank(pair) > rank(best)) {
        best = pair;
      }
    }
    return best;
  }

  private static double rank(DuplicatePair pair) {
    return (pair.identity() ? 2 : 0)
        + pair.bodySimilarity()
        + (pair.smaller() == 0 ? 0 : (double) pair.shared() / pair.smaller());
  }
}
