package dev.ssot.lang.python;

import dev.ssot.core.similarity.SourceTokens;
import dev.ssot.core.similarity.TokenBag;

/**
 * The token fingerprints of the classes a module defines. The module is lexed once, when its first
 * class asks; each class's bag is cut from those tokens by byte range.
 */
final class BodyFingerprints {

  /** One bag builder per thread: its buffers grow to the largest class seen and stay. */
  private static final ThreadLocal<TokenBag.Builder> BAGS =
      ThreadLocal.withInitial(TokenBag::builder);

  private final PythonSource src;

  /** The module's tokens, lexed when the first class needs them. */
  private SourceTokens bodyTokens;

  BodyFingerprints(PythonSource src) {
    this.src = src;
  }

  /**
   * The fingerprint of the class defined at bytes {@code [start, end)} (decorators, header and
   * body, nested classes included).
   */
  TokenBag body(int start, int end, String name) {
    if (bodyTokens == null) {
      bodyTokens = PythonBodyLexer.sourceTokens(src.chars());
    }
    return bodyTokens.bag(start, end, name, BAGS.get());
  }
}
