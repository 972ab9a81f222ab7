package dev.ssot.lang.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.similarity.CloneIndex;
import dev.ssot.core.similarity.ClonePair;
import dev.ssot.core.similarity.TokenBag;
import dev.ssot.core.similarity.TypeRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Body similarity of real-looking Java classes stored under similarity/java/. */
class JavaFixtureSimilarityTest {

  static final double THETA = 0.8;
  static final int MIN_TOKENS = 50;

  private static String read(String path) {
    try (InputStream in =
        JavaFixtureSimilarityTest.class.getResourceAsStream("/similarity/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bags of every top-level type of the fixtures, keyed by file and type name. */
  private static Map<String, TokenBag> javaBags(String... files) {
    Map<String, TokenBag> bags = new LinkedHashMap<>();
    for (String file : files) {
      String src = read("java/" + file);
      for (TypeRange type : JavaBodyLexer.topLevelTypes(src)) {
        bags.put(file + "#" + type.name(), JavaBodyLexer.bag(src, type.start(), type.end()));
      }
    }
    return bags;
  }

  private static final String[] JAVA = {
    "LruCache.java",
    "LruCacheCopy.java",
    "BoundedCache.java",
    "LruCacheOneMethodChanged.java",
    "TagRegistryList.java",
    "TagRegistrySet.java",
    "CircleShape.java",
    "PolygonShape.java",
    "NotFoundException.java",
    "ConflictException.java"
  };

  private static double sim(Map<String, TokenBag> bags, String a, String b) {
    return bags.get(a).similarity(bags.get(b));
  }

  @Test
  void javaCopiesScoreByHowMuchTheyDiffer() {
    Map<String, TokenBag> bags = javaBags(JAVA);
    assertEquals(10, bags.size(), bags.keySet().toString());
    assertEquals(1.0, sim(bags, "LruCache.java#LruCache", "LruCacheCopy.java#LruCache"));
    // renamed class and constructors, other comments and indentation: only the name inside the
    // toString literal differs
    double renamed = sim(bags, "LruCache.java#LruCache", "BoundedCache.java#BoundedCache");
    assertTrue(renamed > 0.99 && renamed < 1.0, "renamed " + renamed);
    double oneMethod =
        sim(bags, "LruCache.java#LruCache", "LruCacheOneMethodChanged.java#RecentCache");
    assertTrue(oneMethod >= 0.85 && oneMethod < 0.99, "one method changed " + oneMethod);
    double drifted =
        sim(bags, "TagRegistryList.java#TagRegistryList", "TagRegistrySet.java#TagRegistrySet");
    assertTrue(drifted >= 0.85 && drifted < 1.0, "List to Set " + drifted);
    double siblings = sim(bags, "CircleShape.java#CircleShape", "PolygonShape.java#PolygonShape");
    assertTrue(siblings < 0.5, "polymorphic siblings " + siblings);
    assertEquals(
        1.0,
        sim(
            bags,
            "NotFoundException.java#NotFoundException",
            "ConflictException.java#ConflictException"));
    double unrelated = sim(bags, "LruCache.java#LruCache", "TagRegistryList.java#TagRegistryList");
    assertTrue(unrelated < 0.5, "unrelated " + unrelated);
  }

  @Test
  void theIndexReportsTheCopiesAndNothingElse() {
    Map<String, TokenBag> bags = new LinkedHashMap<>();
    bags.putAll(javaBags(JAVA));
    List<String> names = new ArrayList<>(bags.keySet());
    CloneIndex index = CloneIndex.build(new ArrayList<>(bags.values()), MIN_TOKENS);
    Set<String> found = new TreeSet<>();
    for (ClonePair pair : index.pairs(THETA)) {
      found.add(names.get(pair.a()) + " ~ " + names.get(pair.b()));
    }
    assertEquals(
        new TreeSet<>(
            List.of(
                "LruCache.java#LruCache ~ LruCacheCopy.java#LruCache",
                "LruCache.java#LruCache ~ BoundedCache.java#BoundedCache",
                "LruCache.java#LruCache ~ LruCacheOneMethodChanged.java#RecentCache",
                "LruCacheCopy.java#LruCache ~ BoundedCache.java#BoundedCache",
                "LruCacheCopy.java#LruCache ~ LruCacheOneMethodChanged.java#RecentCache",
                "BoundedCache.java#BoundedCache ~ LruCacheOneMethodChanged.java#RecentCache",
                "TagRegistryList.java#TagRegistryList ~ TagRegistrySet.java#TagRegistrySet")),
        found);
    // the tiny exception classes are identical but below minTokens
    assertTrue(bags.get("NotFoundException.java#NotFoundException").size() < MIN_TOKENS);
  }
}
