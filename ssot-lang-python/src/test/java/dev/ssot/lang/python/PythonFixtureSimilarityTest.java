package dev.ssot.lang.python;

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

/** Body similarity of real-looking Python classes stored under similarity/python/. */
class PythonFixtureSimilarityTest {

  static final double THETA = 0.8;
  static final int MIN_TOKENS = 50;

  private static String read(String path) {
    try (InputStream in =
        PythonFixtureSimilarityTest.class.getResourceAsStream("/similarity/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bags of every top-level class of the fixtures, keyed by file and class name. */
  private static Map<String, TokenBag> pythonBags(String... files) {
    Map<String, TokenBag> bags = new LinkedHashMap<>();
    for (String file : files) {
      String src = read("python/" + file);
      for (TypeRange type : PythonBodyLexer.topLevelTypes(src)) {
        bags.put(file + "#" + type.name(), PythonBodyLexer.bag(src, type.start(), type.end()));
      }
    }
    return bags;
  }

  private static final String[] PYTHON = {
    "lru_cache.py",
    "bounded_cache.py",
    "lru_cache_one_method_changed.py",
    "tag_registry_list.py",
    "tag_registry_set.py",
    "shapes.py",
    "errors.py"
  };

  private static double sim(Map<String, TokenBag> bags, String a, String b) {
    return bags.get(a).similarity(bags.get(b));
  }

  @Test
  void pythonCopiesScoreByHowMuchTheyDiffer() {
    Map<String, TokenBag> bags = pythonBags(PYTHON);
    assertEquals(
        Set.of(
            "lru_cache.py#LRUCache",
            "bounded_cache.py#BoundedCache",
            "lru_cache_one_method_changed.py#RecentCache",
            "tag_registry_list.py#TagRegistry",
            "tag_registry_set.py#TagRegistry",
            "shapes.py#Circle",
            "shapes.py#Polygon",
            "errors.py#NotFound",
            "errors.py#Conflict"),
        bags.keySet());
    // other name, docstrings, comments and a 2-space indentation: only the f-string of __repr__
    // differs
    double renamed = sim(bags, "lru_cache.py#LRUCache", "bounded_cache.py#BoundedCache");
    assertTrue(renamed > 0.99 && renamed < 1.0, "renamed " + renamed);
    double oneMethod =
        sim(bags, "lru_cache.py#LRUCache", "lru_cache_one_method_changed.py#RecentCache");
    assertTrue(oneMethod >= 0.8 && oneMethod < 0.99, "one method changed " + oneMethod);
    double drifted =
        sim(bags, "tag_registry_list.py#TagRegistry", "tag_registry_set.py#TagRegistry");
    assertTrue(drifted >= 0.8 && drifted < 1.0, "list to set " + drifted);
    double siblings = sim(bags, "shapes.py#Circle", "shapes.py#Polygon");
    assertTrue(siblings < 0.5, "polymorphic siblings " + siblings);
    // docstring-only exceptions: the same bag
    assertEquals(1.0, sim(bags, "errors.py#NotFound", "errors.py#Conflict"));
  }

  @Test
  void theIndexReportsTheCopiesAndNothingElse() {
    Map<String, TokenBag> bags = new LinkedHashMap<>();
    bags.putAll(pythonBags(PYTHON));
    List<String> names = new ArrayList<>(bags.keySet());
    CloneIndex index = CloneIndex.build(new ArrayList<>(bags.values()), MIN_TOKENS);
    Set<String> found = new TreeSet<>();
    for (ClonePair pair : index.pairs(THETA)) {
      found.add(names.get(pair.a()) + " ~ " + names.get(pair.b()));
    }
    assertEquals(
        new TreeSet<>(
            List.of(
                "lru_cache.py#LRUCache ~ bounded_cache.py#BoundedCache",
                "lru_cache.py#LRUCache ~ lru_cache_one_method_changed.py#RecentCache",
                "bounded_cache.py#BoundedCache ~ lru_cache_one_method_changed.py#RecentCache",
                "tag_registry_list.py#TagRegistry ~ tag_registry_set.py#TagRegistry")),
        found);
    // the tiny exception classes are identical but below minTokens
    assertTrue(bags.get("errors.py#NotFound").size() < MIN_TOKENS);
  }
}
