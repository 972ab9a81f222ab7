package dev.ssot.core.similarity;

import java.util.Arrays;

/**
 * The tokens of one source text, lexed once, in order: each token's start offset and its hash
 * ({@link TokenBag#tokenHash(CharSequence)} of its text). The bag of any declaration in the text is
 * then a slice, {@link #bag}: a file with nested types is lexed once, not once per type.
 *
 * <p>Immutable once built.
 */
public final class SourceTokens {

  private static final SourceTokens EMPTY = new SourceTokens(new int[0], new long[0], 0);

  private final int[] starts;
  private final long[] hashes;
  private final int count;

  private SourceTokens(int[] starts, long[] hashes, int count) {
    this.starts = starts;
    this.hashes = hashes;
    this.count = count;
  }

  /** A new builder; tokens must be added in order of their start offsets. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of tokens. */
  public int size() {
    return count;
  }

  /**
   * The bag of the tokens that start in {@code [start, end)}, every token equal to {@code name}
   * replaced by {@link TokenBag.Builder#PLACEHOLDER}; {@code builder} is used and reset.
   */
  public TokenBag bag(int start, int end, String name, TokenBag.Builder builder) {
    builder.withoutTokens(name);
    for (int i = firstAtOrAfter(start); i < count && starts[i] < end; i++) {
      builder.addHash(hashes[i]);
    }
    return builder.build();
  }

  /** What {@link #forEach} hands over: one token, and the hash of the token before it. */
  @FunctionalInterface
  public interface TokenVisitor {
    /**
     * @param start the token's start offset
     * @param hash the token's hash
     * @param previousHash the hash of the token before it, or 0 for the first token of the text
     */
    void visit(int start, long hash, long previousHash);
  }

  /** Visits, in order, the tokens that start in {@code [start, end)}. */
  public void forEach(int start, int end, TokenVisitor visitor) {
    for (int i = firstAtOrAfter(start); i < count && starts[i] < end; i++) {
      visitor.visit(starts[i], hashes[i], i == 0 ? 0L : hashes[i - 1]);
    }
  }

  private int firstAtOrAfter(int offset) {
    int low = 0;
    int high = count;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Collects tokens in order. */
  public static final class Builder {

    private int[] starts = new int[1024];
    private long[] hashes = new long[1024];
    private int count;

    private Builder() {}

    /** Adds the token that starts at {@code start} and hashes to {@code hash}. */
    public Builder add(int start, long hash) {
      if (count > 0 && start < starts[count - 1]) {
        throw new IllegalArgumentException("token at " + start + " added out of order");
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        hashes = Arrays.copyOf(hashes, count * 2);
      }
      starts[count] = start;
      hashes[count] = hash;
      count++;
      return this;
    }

    /** The tokens added; the builder must not be used afterwards. */
    public SourceTokens build() {
      return count == 0 ? EMPTY : new SourceTokens(starts, hashes, count);
    }
  }
}
