package dev.ssot.core.similarity;

import java.util.Arrays;

/**
 * The fingerprint of one type body: the multiset of its normalised tokens, encoded as a set of
 * 32-bit hashes.
 *
 * <p>Multiplicity is kept by hashing each token together with its occurrence number: the first
 * {@code ;} of a body becomes {@code h(";", 1)}, the second {@code h(";", 2)}, and so on. The
 * multiset intersection of two bodies is then the plain set intersection of their hashes, and the
 * bag is a strictly increasing {@code int[]} (signed order) whose length is the body's token count.
 *
 * <p>Instances are immutable. {@link #toArray()} and {@link #of(int[])} round-trip, so a bag can be
 * stored as its array.
 */
public final class TokenBag {

  private static final TokenBag EMPTY = new TokenBag(new int[0]);

  private final int[] hashes;

  private TokenBag(int[] hashes) {
    this.hashes = hashes;
  }

  /** The empty bag. */
  public static TokenBag empty() {
    return EMPTY;
  }

  /**
   * The bag whose hashes are {@code hashes} (in any order), as returned by {@link #toArray()}.
   *
   * @throws IllegalArgumentException if a value occurs twice: a bag is a set of hashes
   */
  public static TokenBag of(int[] hashes) {
    int[] copy = hashes.clone();
    if (!isStrictlyIncreasing(copy)) {
      Arrays.sort(copy);
      for (int i = 1; i < copy.length; i++) {
        if (copy[i] == copy[i - 1]) {
          throw new IllegalArgumentException("duplicate hash " + copy[i] + " in a token bag");
        }
      }
    }
    return copy.length == 0 ? EMPTY : new TokenBag(copy);
  }

  /** A new builder. Builders are reusable: {@link Builder#build()} resets them. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of tokens of the body (the number of hashes). */
  public int size() {
    return hashes.length;
  }

  /** The hashes, strictly increasing; a copy. */
  public int[] toArray() {
    return hashes.clone();
  }

  /** The hash at {@code index} in increasing order. */
  public int hashAt(int index) {
    return hashes[index];
  }

  /** The number of hashes (token occurrences) this bag shares with {@code other}. */
  public int shared(TokenBag other) {
    return intersect(hashes, other.hashes);
  }

  /**
   * Overlap similarity {@code |A ∩ B| / max(|A|, |B|)}; 0 if both are empty. Same as {@link
   * CloneIndex#similarity(TokenBag, TokenBag)}.
   */
  public double similarity(TokenBag other) {
    int max = Math.max(size(), other.size());
    return max == 0 ? 0.0 : (double) shared(other) / max;
  }

  int[] hashes() {
    return hashes;
  }

  static int intersect(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    int na = a.length;
    int nb = b.length;
    while (i < na && j < nb) {
      int x = a[i];
      int y = b[j];
      // branch-free steps: the order of two hashes is unpredictable
      n += x == y ? 1 : 0;
      i += x <= y ? 1 : 0;
      j += x >= y ? 1 : 0;
    }
    return n;
  }

  private static boolean isStrictlyIncreasing(int[] a) {
    for (int i = 1; i < a.length; i++) {
      if (a[i] <= a[i - 1]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenBag other && Arrays.equals(hashes, other.hashes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hashes);
  }

  @Override
  public String toString() {
    return "TokenBag[" + hashes.length + " tokens]";
  }

  /** 64-bit hash of a token's text; the same text always gives the same value. */
  public static long tokenHash(CharSequence text) {
    return tokenHash(text, 0, text.length());
  }

  /**
   * 64-bit hash of {@code text[from, to)}, equal to {@code tokenHash(text.subSequence(from, to))}.
   */
  public static long tokenHash(CharSequence text, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h ^ (to - from));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Collects the tokens of one body. Tokens are fed as text ({@link #add(CharSequence)}, {@link
   * #add(CharSequence, int, int)}, no copy made) or pre-hashed ({@link #addHash(long)}). Tokens
   * named in {@link #withoutTokens(String...)} (a type's own name, its constructors' names) are
   * replaced by one placeholder token, so a copy that differs only in those names gets the same
   * bag.
   */
  public static final class Builder {

    /** The token that stands for every name given to {@link #withoutTokens(String...)}. */
    public static final String PLACEHOLDER = "\u0000NAME";

    private static final long PLACEHOLDER_HASH = tokenHash(PLACEHOLDER);

    private long[] excluded = new long[0];
    private int excludedCount;

    private long[] tokens = new long[256];
    private int count;

    // occurrence counter: open addressing over token hashes; each build uses (and clears) only a
    // table sized to its own tokens, however large the arrays grew for an earlier body
    private long[] keys = new long[512];
    private int[] counts = new int[512];
    private int mask;

    private Builder() {}

    /**
     * Treats every token equal to one of {@code names} as the placeholder from now until {@link
     * #build()}; call before adding the tokens.
     */
    public Builder withoutTokens(String... names) {
      for (String name : names) {
        if (name == null || name.isEmpty()) {
          continue;
        }
        long h = tokenHash(name);
        if (!isExcluded(h)) {
          if (excludedCount == excluded.length) {
            excluded = Arrays.copyOf(excluded, Math.max(4, excludedCount * 2));
          }
          excluded[excludedCount++] = h;
        }
      }
      return this;
    }

    /** Adds one token given as text. */
    public Builder add(CharSequence token) {
      return addHash(tokenHash(token, 0, token.length()));
    }

    /** Adds the token {@code text[from, to)}. */
    public Builder add(CharSequence text, int from, int to) {
      return addHash(tokenHash(text, from, to));
    }

    /**
     * Adds one pre-hashed token. Use {@link TokenBag#tokenHash(CharSequence)} for text so that
     * hashed and textual tokens agree; names excluded by {@link #withoutTokens(String...)} are
     * recognised by that hash.
     */
    public Builder addHash(long tokenHash) {
      if (excludedCount > 0 && isExcluded(tokenHash)) {
        tokenHash = PLACEHOLDER_HASH;
      }
      if (count == tokens.length) {
        tokens = Arrays.copyOf(tokens, count * 2);
      }
      tokens[count++] = tokenHash;
      return this;
    }

    /** The number of tokens added since the last {@link #build()}. */
    public int tokenCount() {
      return count;
    }

    /** The bag of the tokens added so far; resets the builder (tokens and excluded names). */
    public TokenBag build() {
      int n = count;
      prepareCounter(n);
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        long t = tokens[i];
        int occurrence = increment(t);
        out[i] = (int) mix(t + occurrence * 0x9E3779B97F4A7C15L);
      }
      Arrays.sort(out);
      resolveCollisions(out);
      count = 0;
      excludedCount = 0;
      return n == 0 ? EMPTY : new TokenBag(out);
    }

    /**
     * Distinct (token, occurrence) pairs whose 32-bit hashes collide get re-hashed until unique.
     */
    private static void resolveCollisions(int[] out) {
      boolean again = true;
      int salt = 1;
      while (again) {
        again = false;
        for (int i = 1; i < out.length; i++) {
          if (out[i] == out[i - 1]) {
            out[i] = (int) mix(out[i] * 0x9E3779B97F4A7C15L + salt);
            again = true;
          }
        }
        if (again) {
          Arrays.sort(out);
          salt++;
        }
      }
    }

    private boolean isExcluded(long h) {
      for (int i = 0; i < excludedCount; i++) {
        if (excluded[i] == h) {
          return true;
        }
      }
      return false;
    }

    private void prepareCounter(int n) {
      int want = Integer.highestOneBit(Math.max(16, n) * 2) * 2;
      if (keys.length < want) {
        keys = new long[want];
        counts = new int[want];
      } else {
        Arrays.fill(counts, 0, want, 0);
      }
      mask = want - 1;
    }

    private int increment(long key) {
      int slot = (int) (key ^ (key >>> 32)) & mask;
      while (true) {
        int c = counts[slot];
        if (c == 0) {
          keys[slot] = key;
          counts[slot] = 1;
          return 1;
        }
        if (keys[slot] == key) {
          counts[slot] = c + 1;
          return c + 1;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
}
