/**
 * Body similarity: which type bodies are token-level copies of each other, names aside (renamed
 * copies, Type-1/2/3 clones).
 *
 * <p>A body is fingerprinted as a {@link dev.ssot.core.similarity.TokenBag}: the multiset of its
 * normalised tokens (comments, whitespace and docstrings dropped, the type's own name replaced by a
 * placeholder), each token hashed together with its occurrence number so that the multiset becomes
 * a set of ints. Two bags are compared by overlap similarity {@code |A ∩ B| / max(|A|, |B|)}.
 *
 * <p>{@link dev.ssot.core.similarity.CloneIndex} finds all pairs at or above a threshold θ as
 * SourcererCC (Sajnani et al., ICSE 2016) does: hashes are ordered by global frequency, rarest
 * first; a pair can reach θ only if the first {@code |A| - ⌈θ·max⌉ + 1} elements of each bag in
 * that order share an element, so only these prefixes are indexed and probed; bags are visited by
 * size, so bags too small to reach θ against the current one leave the posting lists for good; a
 * candidate is dropped as soon as its remaining elements cannot make up the overlap, and the rest
 * are verified exactly. Rare tokens lead the prefixes, so the posting lists probed are short and
 * the candidates few on real code; frequent tokens ({@code ;}, {@code return}) only enter the
 * prefix of bodies made of little else, which a {@code minTokens} bound keeps out. The guarantee:
 * the result is exactly the set of pairs a comparison of all pairs would return, in a deterministic
 * order; no posting list is truncated to buy speed.
 *
 * <p>The tokens of a declaration come from its language's front end: each language module has a
 * body lexer that turns the source text of one declaration (a {@link
 * dev.ssot.core.similarity.TypeRange}) into a bag, and its parser stores the bag of every declared
 * type in the facts ({@code TypeDecl.body()}). The package depends on the JDK only and is the
 * lowest layer of the core.
 */
package dev.ssot.core.similarity;
