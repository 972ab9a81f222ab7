package dev.ssot.core.concept;

import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.similarity.CloneIndex;
import dev.ssot.core.similarity.ClonePair;
import dev.ssot.core.similarity.TokenBag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The body channel: token bags of the candidates' bodies in a {@link CloneIndex}, so that similar
 * bodies are found in near-linear time whatever the names, and any two bodies can be compared.
 * Bodies below {@link #MIN_TOKENS} tokens (an exception class with one constructor, an annotation
 * with one attribute) say too little and take no part.
 */
final class BodyIndex {

  /** Bodies with fewer tokens take no part: boilerplate that many unrelated types share. */
  static final int MIN_TOKENS = 100;

  /** The share of tokens two bodies must have in common to be copies by body alone. */
  static final double THRESHOLD = 0.8;

  /** Namesakes with members in common whose bodies are less alike than this are not copies. */
  static final double LOWEST_FOR_NAMES = 0.6;

  /** Types built on different bases are copies only with bodies this alike. */
  static final double SAME_BASE_EXEMPT = 0.9;

  /** Same-named subclasses of one base with every member alike need this much of their bodies. */
  static final double SIBLING_NAMESAKES = 0.6;

  /** Namesakes with a telling name are compared from this many tokens on. */
  static final int MIN_TELLING_TOKENS = 12;

  /** Bodies this alike are copies even of siblings under one base. */
  static final double NEAR_IDENTICAL = 0.95;

  private final List<TokenBag> bags;

  /** The pairs at {@link #THRESHOLD}; the index itself (a copy of every bag) is not kept. */
  private final List<ClonePair> similar;

  private BodyIndex(List<TokenBag> bags) {
    this.bags = bags;
    this.similar = CloneIndex.build(bags, MIN_TOKENS, THRESHOLD).pairs(THRESHOLD);
  }

  static BodyIndex of(List<TypeDecl> candidates, Function<TypeDecl, TokenBag> bodyOf) {
    List<TokenBag> bags = new ArrayList<>(candidates.size());
    for (TypeDecl type : candidates) {
      TokenBag bag = bodyOf.apply(type);
      bags.add(bag == null ? TokenBag.empty() : bag);
    }
    return new BodyIndex(bags);
  }

  double threshold() {
    return THRESHOLD;
  }

  /** Every pair of candidates (by index) whose bodies are at least {@link #THRESHOLD} alike. */
  List<int[]> similarPairs() {
    List<int[]> pairs = new ArrayList<>();
    for (ClonePair pair : similar) {
      pairs.add(new int[] {pair.a(), pair.b()});
    }
    return pairs;
  }

  /** Whether both bodies are big enough to compare. */
  boolean comparable(int a, int b, boolean namesakes) {
    int min = namesakes ? MIN_TELLING_TOKENS : MIN_TOKENS;
    return bags.get(a).size() >= min && bags.get(b).size() >= min;
  }

  /**
   * How alike two candidates' bodies are (0 when either is too small to tell); namesakes are
   * compared from fewer tokens on, their names being evidence already.
   */
  double similarity(int a, int b, boolean namesakes) {
    if (!comparable(a, b, namesakes)) {
      return 0;
    }
    return CloneIndex.similarity(bags.get(a), bags.get(b));
  }

  /** How alike two bodies are, however small. */
  double alikeSmall(int a, int b) {
    TokenBag left = bags.get(a);
    TokenBag right = bags.get(b);
    return left.size() == 0 || right.size() == 0 ? 0 : CloneIndex.similarity(left, right);
  }

  /** Identical bodies of types with the same name need only this many tokens to tell. */
  static final int MIN_IDENTICAL_TOKENS = 30;

  /** Whether two candidates' bodies are the same tokens (and big enough to tell). */
  boolean identical(int a, int b) {
    TokenBag left = bags.get(a);
    return left.size() >= MIN_TOKENS && left.equals(bags.get(b));
  }

  /**
   * Whether two same-named candidates' bodies are the same tokens: a small enum or interface
   * declared again verbatim.
   */
  boolean identicalSmall(int a, int b) {
    TokenBag left = bags.get(a);
    return left.size() >= MIN_IDENTICAL_TOKENS && left.equals(bags.get(b));
  }
}
