package dev.ssot.core.similarity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenBagTest {

  private static TokenBag bag(String... tokens) {
    TokenBag.Builder b = TokenBag.builder();
    for (String t : tokens) {
      b.add(t);
    }
    return b.build();
  }

  @Test
  void sizeIsTheTokenCountAndHashesAreStrictlyIncreasing() {
    TokenBag bag = bag("a", "b", "a", "a", ";", ";");
    assertEquals(6, bag.size());
    int[] hashes = bag.toArray();
    for (int i = 1; i < hashes.length; i++) {
      assertTrue(hashes[i - 1] < hashes[i]);
    }
  }

  @Test
  void roundTripsThroughItsArray() {
    TokenBag bag = bag("public", "int", "x", "=", "1", ";", "x", "=", "2", ";");
    int[] stored = bag.toArray();
    TokenBag back = TokenBag.of(stored);
    assertEquals(bag, back);
    assertArrayEquals(stored, back.toArray());
    stored[0] = 42; // the bag keeps its own copy
    assertEquals(bag, back);
    assertEquals(TokenBag.empty(), TokenBag.of(new int[0]));
  }

  @Test
  void ofSortsAndRejectsDuplicates() {
    assertArrayEquals(new int[] {-5, 1, 7}, TokenBag.of(new int[] {7, -5, 1}).toArray());
    assertThrows(IllegalArgumentException.class, () -> TokenBag.of(new int[] {3, 1, 3}));
  }

  @Test
  void aBagIsAMultisetOrderDoesNotMatterMultiplicityDoes() {
    assertEquals(bag("a", "b", "c", "a"), bag("a", "a", "c", "b"));
    assertNotEquals(bag("a", "b"), bag("a", "b", "b"));
    TokenBag twice = bag("x", "x");
    TokenBag thrice = bag("x", "x", "x");
    assertEquals(2, twice.shared(thrice));
    assertEquals(2.0 / 3.0, twice.similarity(thrice), 1e-12);
  }

  @Test
  void sharedIsTheMultisetIntersection() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int[] countsA = new int[12];
      int[] countsB = new int[12];
      List<String> a = new ArrayList<>();
      List<String> b = new ArrayList<>();
      for (int i = 0; i < random.nextInt(60); i++) {
        int t = random.nextInt(12);
        countsA[t]++;
        a.add("t" + t);
      }
      for (int i = 0; i < random.nextInt(60); i++) {
        int t = random.nextInt(12);
        countsB[t]++;
        b.add("t" + t);
      }
      int expected = 0;
      for (int t = 0; t < 12; t++) {
        expected += Math.min(countsA[t], countsB[t]);
      }
      Collections.shuffle(b, random);
      TokenBag ba = bag(a.toArray(String[]::new));
      TokenBag bb = bag(b.toArray(String[]::new));
      assertEquals(expected, ba.shared(bb));
      assertEquals(expected, bb.shared(ba));
      int max = Math.max(a.size(), b.size());
      assertEquals(max == 0 ? 0.0 : (double) expected / max, CloneIndex.similarity(ba, bb));
    }
  }

  @Test
  void excludedNamesBecomeOnePlaceholder() {
    TokenBag.Builder b = TokenBag.builder();
    b.withoutTokens("Foo");
    for (String t : new String[] {"class", "Foo", "{", "Foo", "(", ")", "}"}) {
      b.add(t);
    }
    TokenBag foo = b.build();
    b.withoutTokens("Bar");
    for (String t : new String[] {"class", "Bar", "{", "Bar", "(", ")", "}"}) {
      b.add(t);
    }
    TokenBag bar = b.build();
    assertEquals(foo, bar);
    // build() resets the excluded names
    for (String t : new String[] {"class", "Bar", "{", "Bar", "(", ")", "}"}) {
      b.add(t);
    }
    assertNotEquals(foo, b.build());
  }

  @Test
  void textRangesHashedTokensAndStringsAgree() {
    String src = "xx return yy";
    TokenBag.Builder b = TokenBag.builder();
    b.add(src, 3, 9);
    b.addHash(TokenBag.tokenHash("yy"));
    assertEquals(bag("return", "yy"), b.build());
    assertEquals(TokenBag.tokenHash("return"), TokenBag.tokenHash(src, 3, 9));
  }

  @Test
  void largeBagsStayCollisionFree() {
    TokenBag.Builder b = TokenBag.builder();
    for (int i = 0; i < 200_000; i++) {
      b.add("t" + (i % 1000));
    }
    TokenBag big = b.build();
    assertEquals(200_000, big.size());
    assertEquals(big, TokenBag.of(big.toArray()));
    assertEquals(1.0, big.similarity(big));
  }
}
