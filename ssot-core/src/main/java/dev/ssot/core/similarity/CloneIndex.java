package dev.ssot.core.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Finds every pair of token bags whose overlap similarity {@code |A ∩ B| / max(|A|, |B|)} reaches a
 * threshold θ, without comparing all pairs (the SourcererCC scheme).
 *
 * <p>Building the index ranks every hash by its global frequency over the participating bags
 * (rarest first, ties by value) and rewrites each bag as its sorted ranks. A search then visits the
 * bags by increasing size. With {@code t = minOverlap(|A|, θ)} the overlap a pair needs when {@code
 * |A|} is the larger size, two bags can only reach {@code t} common elements if the first {@code
 * |A| - t + 1} ranks of A share an element with the first {@code |B| - minOverlap(|B|, θ) + 1}
 * ranks of B (prefix filtering). Each bag queries the posting lists of its prefix, which hold the
 * prefixes of the smaller bags visited before it; bags smaller than {@code t} are dropped from the
 * lists for good (size filtering: {@code t} never decreases). Candidates whose first common element
 * already leaves too few elements after it are pruned (positional filtering); the rest are verified
 * exactly, continuing the merge after the last common element of the prefixes. The result is
 * exactly the set of pairs a brute-force comparison returns; no posting list is ever truncated.
 *
 * <p>Prefixes are taken {@value #EXTENSION} elements longer than this minimum, so that a qualifying
 * pair has at least {@value #EXTENSION} + 1 common elements in them and candidates with fewer are
 * dropped unverified.
 *
 * <p>The frequency order does not depend on θ: one index serves any number of thresholds from the
 * lowest it was built for. It keeps the ranks of each bag's longest prefix only (at θ = 0.8 about a
 * fifth of the tokens) and verifies candidates on the bags themselves, so it costs a fraction of
 * the bags' own memory. An index is immutable; searches keep their state to themselves and may run
 * concurrently.
 */
public final class CloneIndex {

  private final List<TokenBag> bags;
  private final int minTokens;
  private final double lowestThreshold;

  /** participating bags (size >= minTokens), by increasing size then index: original indices */
  private final int[] order;

  /** sizes of the participating bags in {@link #order} */
  private final int[] sizes;

  /**
   * the first ranks (the prefix at {@link #lowestThreshold}) of the participating bags in {@link
   * #order}, each prefix sorted, concatenated
   */
  private final int[] ranks;

  /** start offsets into {@link #ranks}; length order.length + 1 */
  private final int[] offsets;

  private final int distinct;

  private CloneIndex(
      List<TokenBag> bags,
      int minTokens,
      double lowestThreshold,
      int[] order,
      int[] sizes,
      int[] ranks,
      int[] offsets,
      int distinct) {
    this.bags = bags;
    this.minTokens = minTokens;
    this.lowestThreshold = lowestThreshold;
    this.order = order;
    this.sizes = sizes;
    this.ranks = ranks;
    this.offsets = offsets;
    this.distinct = distinct;
  }

  /**
   * Indexes {@code bags} for any threshold. Bags with fewer than {@code minTokens} tokens (and
   * empty bags) take no part: they are in no pair.
   */
  public static CloneIndex build(List<TokenBag> bags, int minTokens) {
    return build(bags, minTokens, Double.MIN_VALUE);
  }

  /**
   * Indexes {@code bags} for thresholds from {@code lowestThreshold} on: the higher it is, the less
   * of each bag the index keeps. Bags with fewer than {@code minTokens} tokens (and empty bags)
   * take no part: they are in no pair.
   */
  public static CloneIndex build(List<TokenBag> bags, int minTokens, double lowestThreshold) {
    if (!(lowestThreshold > 0.0 && lowestThreshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + lowestThreshold);
    }
    int n = bags.size();
    int participating = 0;
    long total = 0;
    for (TokenBag bag : bags) {
      if (bag.size() >= Math.max(1, minTokens)) {
        participating++;
        total += bag.size();
      }
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("too many tokens in one index: " + total);
    }
    int[] order = new int[participating];
    long[] sortKeys = new long[participating];
    int k = 0;
    for (int i = 0; i < n; i++) {
      int size = bags.get(i).size();
      if (size >= Math.max(1, minTokens)) {
        sortKeys[k++] = ((long) size << 32) | i;
      }
    }
    Arrays.sort(sortKeys);
    for (int i = 0; i < participating; i++) {
      order[i] = (int) sortKeys[i];
    }

    // global frequencies of the hashes
    IntIntMap freq = new IntIntMap((int) Math.min(total / 2, 1 << 22));
    for (int b : order) {
      for (int h : bags.get(b).hashes()) {
        freq.increment(h);
      }
    }
    // rank: rarest first, ties by hash value
    int distinct = freq.size();
    long[] byFrequency = new long[distinct];
    int d = 0;
    for (int slot = 0; slot < freq.capacity(); slot++) {
      if (freq.isUsed(slot)) {
        byFrequency[d++] = ((long) freq.valueAt(slot) << 32) | (freq.keyAt(slot) & 0xFFFFFFFFL);
      }
    }
    Arrays.sort(byFrequency);
    for (int r = 0; r < distinct; r++) {
      freq.put((int) byFrequency[r], r);
    }

    int[] sizes = new int[participating];
    int[] offsets = new int[participating + 1];
    long kept = 0;
    int largest = 0;
    for (int i = 0; i < participating; i++) {
      int size = bags.get(order[i]).size();
      sizes[i] = size;
      kept += prefixLength(size, minOverlap(size, lowestThreshold));
      largest = Math.max(largest, size);
    }
    int[] ranks = new int[(int) kept];
    int[] all = new int[largest];
    int pos = 0;
    for (int i = 0; i < participating; i++) {
      offsets[i] = pos;
      int[] hashes = bags.get(order[i]).hashes();
      for (int h = 0; h < hashes.length; h++) {
        all[h] = freq.get(hashes[h]);
      }
      Arrays.sort(all, 0, hashes.length);
      int keep = prefixLength(hashes.length, minOverlap(hashes.length, lowestThreshold));
      System.arraycopy(all, 0, ranks, pos, keep);
      pos += keep;
    }
    offsets[participating] = pos;
    return new CloneIndex(
        List.copyOf(bags), minTokens, lowestThreshold, order, sizes, ranks, offsets, distinct);
  }

  /** Exact overlap similarity {@code |A ∩ B| / max(|A|, |B|)}; 0 if both bags are empty. */
  public static double similarity(TokenBag a, TokenBag b) {
    return a.similarity(b);
  }

  /**
   * The smallest overlap {@code t} with {@code (double) t / size >= threshold}: the number of
   * shared tokens a pair needs when {@code size} is the larger of its two bags.
   */
  public static int minOverlap(int size, double threshold) {
    int t = (int) Math.ceil(threshold * size);
    while (t > 0 && (double) (t - 1) / size >= threshold) {
      t--;
    }
    while ((double) t / size < threshold) {
      t++;
    }
    return Math.max(t, 1);
  }

  /** The number of bags given to {@link #build(List, int)}. */
  public int bagCount() {
    return bags.size();
  }

  /** The number of bags with at least {@code minTokens} tokens. */
  public int participatingCount() {
    return order.length;
  }

  /** The {@code minTokens} bound the index was built with. */
  public int minTokens() {
    return minTokens;
  }

  /** The lowest threshold the index serves. */
  public double lowestThreshold() {
    return lowestThreshold;
  }

  /** The number of distinct hashes over the participating bags. */
  public int distinctHashes() {
    return distinct;
  }

  /** All pairs with similarity {@code >= threshold}, ordered by {@code a}, then {@code b}. */
  public List<ClonePair> pairs(double threshold) {
    return search(threshold).pairs();
  }

  /**
   * A search result with its cost: {@code candidates} pairs met in the posting lists, {@code
   * verified} of them compared beyond their prefixes.
   */
  public record Search(List<ClonePair> pairs, long candidates, long verified) {}

  /**
   * All pairs with similarity {@code >= threshold} ({@code 0 < threshold <= 1}, at least the
   * {@linkplain #lowestThreshold() lowest} the index was built for), ordered by {@code a}, then
   * {@code b}, with the search cost.
   */
  public Search search(double threshold) {
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    if (threshold < lowestThreshold) {
      throw new IllegalArgumentException(
          "threshold " + threshold + " below the index's lowest, " + lowestThreshold);
    }
    int m = order.length;
    // prefix lengths: indexing prefix (for the bag as the smaller side) equals the probing prefix
    // for its own size, as t only grows with the larger side
    int[] prefix = new int[m];
    int[] listSize = new int[distinct + 1];
    for (int i = 0; i < m; i++) {
      int size = sizes[i];
      prefix[i] = prefixLength(size, minOverlap(size, threshold));
      for (int p = 0; p < prefix[i]; p++) {
        listSize[ranks[offsets[i] + p] + 1]++;
      }
    }
    // posting lists in one array: listStart[r] .. listStart[r] + fill[r]
    int[] listStart = listSize;
    for (int r = 0; r < distinct; r++) {
      listStart[r + 1] += listStart[r];
    }
    int postings = listStart[distinct];
    if (3L * postings > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("too many prefix elements for one index: " + postings);
    }
    // one posting: bag (visit order), position of the hash in it, its size
    int[] post = new int[3 * postings];
    int[] head = new int[distinct]; // first entry still large enough (size filter)
    int[] fill = new int[distinct];

    // per candidate, side by side: last query that met it, overlap in the prefixes so far
    int[] state = new int[2 * m];
    for (int y = 0; y < m; y++) {
      state[2 * y] = -1;
    }
    int[] candidates = new int[m];

    List<ClonePair> found = new ArrayList<>();
    long candidateCount = 0;
    long verifiedCount = 0;

    for (int x = 0; x < m; x++) {
      int xs = offsets[x];
      int xSize = sizes[x];
      int t = minOverlap(xSize, threshold);
      int needed = Math.min(EXTENSION + 1, t);
      int nc = 0;
      int px = prefix[x];
      for (int i = 0; i < px; i++) {
        int r = ranks[xs + i];
        int base = listStart[r];
        int end = 3 * (base + fill[r]);
        int e = 3 * (base + head[r]);
        while (e < end && post[e + 2] < t) {
          e += 3;
        }
        head[r] = e / 3 - base;
        int xLeft = xSize - i - 1;
        for (; e < end; e += 3) {
          int y = post[e];
          int j = post[e + 1];
          int left = Math.min(xLeft, post[e + 2] - j - 1);
          int sy = 2 * y;
          if (state[sy] != x) {
            state[sy] = x;
            candidates[nc++] = y;
            // first common element: everything shared lies after (i, j)
            if (1 + left >= t) {
              state[sy + 1] = 1;
            } else {
              state[sy + 1] = Integer.MIN_VALUE;
            }
          } else {
            int c = state[sy + 1];
            if (c > 0) {
              if (c + 1 + left >= t) {
                state[sy + 1] = c + 1;
              } else {
                state[sy + 1] = Integer.MIN_VALUE;
              }
            }
          }
        }
      }
      candidateCount += nc;
      for (int c = 0; c < nc; c++) {
        int y = candidates[c];
        int sy = 2 * y;
        int known = state[sy + 1];
        if (known < needed) {
          continue;
        }
        verifiedCount++;
        int shared = verify(x, y, t);
        if (shared >= t) {
          int a = order[x];
          int b = order[y];
          found.add(new ClonePair(Math.min(a, b), Math.max(a, b), (double) shared / xSize, shared));
        }
      }
      // index the prefix of x for the larger bags to come
      for (int i = 0; i < px; i++) {
        int r = ranks[xs + i];
        int e = 3 * (listStart[r] + fill[r]++);
        post[e] = x;
        post[e + 1] = i;
        post[e + 2] = xSize;
      }
    }
    found.sort(
        (p, q) -> p.a() != q.a() ? Integer.compare(p.a(), q.a()) : Integer.compare(p.b(), q.b()));
    return new Search(Collections.unmodifiableList(found), candidateCount, verifiedCount);
  }

  /**
   * Extra prefix elements beyond the minimum: with prefixes longer by k, a qualifying pair shares
   * at least k + 1 elements in them (its first k + 1 common elements lie there), so candidates with
   * fewer matches are dropped without a merge. A little more probing for far fewer verifications.
   */
  private static final int EXTENSION = 3;

  /** Prefix length of a bag of {@code size} tokens when pairs need {@code t} shared. */
  private static int prefixLength(int size, int t) {
    return Math.min(size, size - t + 1 + EXTENSION);
  }

  /**
   * The number of hashes x and y share when it reaches t; some smaller number once t is out of
   * reach (the merge stops there).
   */
  private int verify(int x, int y, int t) {
    int[] a = bags.get(order[x]).hashes();
    int[] b = bags.get(order[y]).hashes();
    int i = 0;
    int j = 0;
    int shared = 0;
    int na = a.length;
    int nb = b.length;
    while (i < na && j < nb) {
      if (shared + Math.min(na - i, nb - j) < t) {
        return shared;
      }
      int u = a[i];
      int v = b[j];
      // branch-free steps: the order of two hashes is unpredictable
      shared += u == v ? 1 : 0;
      i += u <= v ? 1 : 0;
      j += u >= v ? 1 : 0;
    }
    return shared;
  }

  /** Open-addressing int to int map (no removal), keys any int. */
  private static final class IntIntMap {
    private int[] keys;
    private int[] values;
    private boolean[] used;
    private int size;
    private int mask;

    IntIntMap(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
      keys = new int[cap];
      values = new int[cap];
      used = new boolean[cap];
      mask = cap - 1;
    }

    int size() {
      return size;
    }

    int capacity() {
      return keys.length;
    }

    boolean isUsed(int slot) {
      return used[slot];
    }

    int keyAt(int slot) {
      return keys[slot];
    }

    int valueAt(int slot) {
      return values[slot];
    }

    private int slot(int key) {
      int h = key * 0x9E3779B9;
      int s = (h ^ (h >>> 16)) & mask;
      while (used[s] && keys[s] != key) {
        s = (s + 1) & mask;
      }
      return s;
    }

    void increment(int key) {
      int s = slot(key);
      if (used[s]) {
        values[s]++;
      } else {
        used[s] = true;
        keys[s] = key;
        values[s] = 1;
        if (++size * 2 > keys.length) {
          grow();
        }
      }
    }

    void put(int key, int value) {
      int s = slot(key);
      if (!used[s]) {
        used[s] = true;
        keys[s] = key;
        if (++size * 2 > keys.length) {
          values[s] = value;
          grow();
          return;
        }
      }
      values[s] = value;
    }

    int get(int key) {
      int s = slot(key);
      if (!used[s]) {
        throw new IllegalStateException("unknown key " + key);
      }
      return values[s];
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      int cap = oldKeys.length * 2;
      keys = new int[cap];
      values = new int[cap];
      used = new boolean[cap];
      mask = cap - 1;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldUsed[s]) {
          int ns = slot(oldKeys[s]);
          used[ns] = true;
          keys[ns] = oldKeys[s];
          values[ns] = oldValues[s];
        }
      }
    }
  }
}
