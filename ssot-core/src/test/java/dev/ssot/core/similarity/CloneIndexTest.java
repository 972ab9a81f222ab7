package dev.ssot.core.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CloneIndexTest {

  private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 1.0};

  /**
   * Families of mutated copies over a skewed vocabulary (a few tokens very frequent, most rare, as
   * in code), with sizes from 1 to 400, so that pairs fall on every similarity.
   */
  static List<TokenBag> families(long seed, int families, int vocabulary) {
    Random random = new Random(seed);
    List<TokenBag> bags = new ArrayList<>();
    TokenBag.Builder b = TokenBag.builder();
    double[] rates = {0.0, 0.01, 0.05, 0.1, 0.2, 0.3, 0.5};
    for (int f = 0; f < families; f++) {
      int size = random.nextInt(10) == 0 ? 1 + random.nextInt(12) : 5 + random.nextInt(396);
      int[] base = new int[size];
      for (int i = 0; i < size; i++) {
        base[i] = skewed(random, vocabulary);
      }
      int members = 1 + random.nextInt(7);
      for (int m = 0; m < members; m++) {
        double rate = rates[random.nextInt(rates.length)];
        for (int token : base) {
          double r = random.nextDouble();
          if (r < rate / 2) {
            continue; // deleted
          }
          b.add("t" + (r < rate ? skewed(random, vocabulary) : token));
          if (random.nextDouble() < rate / 2) {
            b.add("t" + skewed(random, vocabulary)); // inserted
          }
        }
        bags.add(b.build());
      }
    }
    Collections.shuffle(bags, random);
    return bags;
  }

  private static int skewed(Random random, int vocabulary) {
    double u = random.nextDouble();
    return (int) (vocabulary * u * u * u);
  }

  /**
   * The shared-token counts of all pairs, computed once per data set; exact for every pair that can
   * reach similarity 0.5 (the lowest threshold tested).
   */
  static final class AllPairs {
    final List<TokenBag> bags;
    final int[] shared;

    AllPairs(List<TokenBag> bags) {
      this.bags = bags;
      int n = bags.size();
      this.shared = new int[n * (n - 1) / 2];
      int k = 0;
      for (int a = 0; a < n; a++) {
        TokenBag x = bags.get(a);
        for (int b = a + 1; b < n; b++) {
          TokenBag y = bags.get(b);
          // below the lowest threshold tested whatever they share: skipped to save time
          boolean hopeless = 2 * Math.min(x.size(), y.size()) < Math.max(x.size(), y.size());
          shared[k++] = hopeless ? 0 : x.shared(y);
        }
      }
    }

    /** Every pair with similarity >= threshold, both bags at least minTokens long. */
    List<ClonePair> pairs(double threshold, int minTokens) {
      List<ClonePair> pairs = new ArrayList<>();
      int n = bags.size();
      int k = 0;
      for (int a = 0; a < n; a++) {
        int sa = bags.get(a).size();
        for (int b = a + 1; b < n; b++, k++) {
          int sb = bags.get(b).size();
          if (sa < Math.max(1, minTokens) || sb < Math.max(1, minTokens)) {
            continue;
          }
          double similarity = (double) shared[k] / Math.max(sa, sb);
          if (similarity >= threshold) {
            pairs.add(new ClonePair(a, b, similarity, shared[k]));
          }
        }
      }
      return pairs;
    }
  }

  static List<ClonePair> bruteForce(List<TokenBag> bags, double threshold, int minTokens) {
    return new AllPairs(bags).pairs(threshold, minTokens);
  }

  @Test
  void returnsExactlyTheBruteForcePairsOnSkewedFamilies() {
    List<TokenBag> bags = families(20240611L, 500, 4000);
    assertTrue(bags.size() > 1800, "bags: " + bags.size());
    AllPairs all = new AllPairs(bags);
    for (int minTokens : new int[] {0, 30}) {
      CloneIndex index = CloneIndex.build(bags, minTokens);
      for (double threshold : THRESHOLDS) {
        List<ClonePair> expected = all.pairs(threshold, minTokens);
        List<ClonePair> actual = index.pairs(threshold);
        assertEquals(expected, actual, "theta " + threshold + ", minTokens " + minTokens);
        if (threshold <= 0.9) {
          assertFalse(expected.isEmpty(), "no pairs at theta " + threshold);
        }
      }
    }
  }

  @Test
  void anIndexForALowestThresholdKeepsLessAndFindsTheSamePairsFromThereOn() {
    List<TokenBag> bags = families(20240611L, 500, 4000);
    AllPairs all = new AllPairs(bags);
    for (double lowest : new double[] {0.6, 0.8}) {
      CloneIndex index = CloneIndex.build(bags, 30, lowest);
      assertEquals(lowest, index.lowestThreshold());
      for (double threshold : THRESHOLDS) {
        if (threshold < lowest) {
          assertThrows(IllegalArgumentException.class, () -> index.pairs(threshold));
          continue;
        }
        assertEquals(
            all.pairs(threshold, 30),
            index.pairs(threshold),
            "theta " + threshold + " on an index from " + lowest);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> CloneIndex.build(bags, 30, 0.0));
  }

  @Test
  void returnsExactlyTheBruteForcePairsOnAFlatSmallVocabulary() {
    // few distinct tokens, all about equally frequent: long posting lists, many candidates
    Random random = new Random(99);
    List<TokenBag> bags = new ArrayList<>();
    TokenBag.Builder b = TokenBag.builder();
    for (int i = 0; i < 1000; i++) {
      int size = 1 + random.nextInt(60);
      for (int k = 0; k < size; k++) {
        b.add("v" + random.nextInt(6));
      }
      bags.add(b.build());
    }
    CloneIndex index = CloneIndex.build(bags, 0);
    AllPairs all = new AllPairs(bags);
    for (double threshold : THRESHOLDS) {
      assertEquals(all.pairs(threshold, 0), index.pairs(threshold), "theta " + threshold);
    }
  }

  @Test
  void aVeryFrequentTokenLosesNoPair() {
    // every bag starts with the same 40 tokens; only a few rare tokens tell them apart
    List<TokenBag> bags = new ArrayList<>();
    TokenBag.Builder b = TokenBag.builder();
    Random random = new Random(5);
    for (int i = 0; i < 1200; i++) {
      for (int k = 0; k < 40; k++) {
        b.add("common" + k);
      }
      for (int k = 0; k < 5; k++) {
        b.add("rare" + random.nextInt(20_000));
      }
      bags.add(b.build());
    }
    CloneIndex index = CloneIndex.build(bags, 0);
    List<ClonePair> pairs = index.pairs(0.88);
    assertEquals(bruteForce(bags, 0.88, 0), pairs);
    // 40 of 45 shared (0.89) between any two bags: all pairs qualify
    assertEquals(1200L * 1199 / 2, pairs.size());
  }

  @Test
  void thresholdBoundaryIsInclusive() {
    TokenBag.Builder b = TokenBag.builder();
    for (int i = 0; i < 10; i++) {
      b.add("t" + i);
    }
    TokenBag ten = b.build();
    for (int i = 0; i < 7; i++) {
      b.add("t" + i);
    }
    TokenBag seven = b.build();
    CloneIndex index = CloneIndex.build(List.of(ten, seven), 0);
    assertEquals(List.of(new ClonePair(0, 1, 0.7, 7)), index.pairs(0.7));
    assertEquals(List.of(), index.pairs(0.7000001));
    assertEquals(7, CloneIndex.minOverlap(10, 0.7));
    assertEquals(1, CloneIndex.minOverlap(1, 0.01));
    assertEquals(10, CloneIndex.minOverlap(10, 1.0));
  }

  @Test
  void bagsBelowMinTokensTakeNoPart() {
    List<TokenBag> bags = new ArrayList<>();
    TokenBag.Builder b = TokenBag.builder();
    for (int copy = 0; copy < 3; copy++) {
      for (int i = 0; i < 20; i++) {
        b.add("small" + i);
      }
      bags.add(b.build());
      for (int i = 0; i < 50; i++) {
        b.add("large" + i);
      }
      bags.add(b.build());
    }
    CloneIndex all = CloneIndex.build(bags, 0);
    assertEquals(6, all.pairs(1.0).size());
    CloneIndex large = CloneIndex.build(bags, 21);
    assertEquals(3, large.participatingCount());
    assertEquals(
        List.of(
            new ClonePair(1, 3, 1.0, 50),
            new ClonePair(1, 5, 1.0, 50),
            new ClonePair(3, 5, 1.0, 50)),
        large.pairs(0.5));
  }

  @Test
  void deterministicAndIndependentOfInputOrder() {
    List<TokenBag> bags = families(3L, 300, 2000);
    CloneIndex index = CloneIndex.build(bags, 10);
    List<ClonePair> first = index.pairs(0.7);
    assertEquals(first, index.pairs(0.7));
    assertEquals(first, CloneIndex.build(new ArrayList<>(bags), 10).pairs(0.7));
    Comparator<ClonePair> byAB =
        Comparator.comparingInt(ClonePair::a).thenComparingInt(ClonePair::b);
    List<ClonePair> sorted = new ArrayList<>(first);
    sorted.sort(byAB);
    assertEquals(sorted, first);

    // reversed input: the same pairs under the reversed indices
    List<TokenBag> reversed = new ArrayList<>(bags);
    Collections.reverse(reversed);
    int n = bags.size();
    List<ClonePair> mapped = new ArrayList<>();
    for (ClonePair p : CloneIndex.build(reversed, 10).pairs(0.7)) {
      int a = n - 1 - p.a();
      int b = n - 1 - p.b();
      mapped.add(new ClonePair(Math.min(a, b), Math.max(a, b), p.similarity(), p.shared()));
    }
    mapped.sort(byAB);
    assertEquals(first, mapped);
  }

  @Test
  void prefixFilteringKeepsCandidatesFarBelowAllPairs() {
    List<TokenBag> bags = families(11L, 700, 50_000);
    CloneIndex.Search search = CloneIndex.build(bags, 30).search(0.8);
    long allPairs = (long) bags.size() * (bags.size() - 1) / 2;
    assertTrue(
        search.candidates() * 20 < allPairs,
        search.candidates() + " candidates of " + allPairs + " pairs");
    assertTrue(search.verified() <= search.candidates());
    assertTrue(search.pairs().size() <= search.verified());
  }

  @Test
  void rejectsThresholdsOutsideZeroToOne() {
    CloneIndex index = CloneIndex.build(List.of(), 0);
    assertThrows(IllegalArgumentException.class, () -> index.pairs(0.0));
    assertThrows(IllegalArgumentException.class, () -> index.pairs(1.5));
    assertThrows(IllegalArgumentException.class, () -> index.pairs(Double.NaN));
    assertEquals(List.of(), index.pairs(0.5));
  }
}
