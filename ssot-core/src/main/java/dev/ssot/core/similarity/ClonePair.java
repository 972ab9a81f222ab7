package dev.ssot.core.similarity;

/**
 * Two bags whose overlap similarity reached the threshold.
 *
 * @param a index of the first bag in the list given to {@link CloneIndex}, always {@code < b}
 * @param b index of the second bag
 * @param similarity {@code shared / max(|A|, |B|)}
 * @param shared the number of token occurrences the two bags have in common
 */
public record ClonePair(int a, int b, double similarity, int shared) {}
