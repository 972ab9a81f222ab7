package dev.ssot.core.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourceTokensTest {

  /** "class A { A a ; } class B { }" with each token at offset 10 * index. */
  private static final String[] TOKENS = {
    "class", "A", "{", "A", "a", ";", "}", "class", "B", "{", "}"
  };

  private static SourceTokens tokens() {
    SourceTokens.Builder builder = SourceTokens.builder();
    for (int i = 0; i < TOKENS.length; i++) {
      builder.add(10 * i, TokenBag.tokenHash(TOKENS[i]));
    }
    return builder.build();
  }

  private static TokenBag bagOf(String name, int from, int to) {
    TokenBag.Builder builder = TokenBag.builder().withoutTokens(name);
    for (int i = from; i < to; i++) {
      builder.add(TOKENS[i]);
    }
    return builder.build();
  }

  @Test
  void aBagIsTheSliceOfTokensStartingInTheRange() {
    SourceTokens tokens = tokens();
    assertEquals(TOKENS.length, tokens.size());
    TokenBag.Builder builder = TokenBag.builder();
    assertEquals(bagOf("A", 0, 7), tokens.bag(0, 61, "A", builder));
    // a range may start or end inside a token's text: the token counts where it starts
    assertEquals(bagOf("A", 0, 7), tokens.bag(0, 69, "A", builder));
    assertEquals(bagOf("B", 7, 11), tokens.bag(65, 200, "B", builder));
    assertEquals(bagOf("B", 7, 11), tokens.bag(70, 101, "B", builder));
    assertEquals(bagOf("", 2, 3), tokens.bag(11, 21, "", builder));
    assertEquals(TokenBag.empty(), tokens.bag(200, 300, "A", builder));
    // the name is replaced: A's body and the same body named C agree
    assertEquals(tokens.bag(0, 61, "A", builder).size(), 7);
    assertEquals(
        tokens.bag(0, 61, "A", builder),
        TokenBag.builder()
            .withoutTokens("C")
            .add("class")
            .add("C")
            .add("{")
            .add("C")
            .add("a")
            .add(";")
            .add("}")
            .build());
  }

  @Test
  void tokensMustComeInOrder() {
    SourceTokens.Builder builder = SourceTokens.builder().add(5, 1L);
    assertThrows(IllegalArgumentException.class, () -> builder.add(4, 2L));
  }

  @Test
  void noTokensGiveEmptyBags() {
    assertEquals(0, SourceTokens.builder().build().size());
    assertEquals(
        TokenBag.empty(), SourceTokens.builder().build().bag(0, 10, "A", TokenBag.builder()));
  }
}
