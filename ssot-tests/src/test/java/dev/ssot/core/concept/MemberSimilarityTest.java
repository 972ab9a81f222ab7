package dev.ssot.core.concept;

import static dev.ssot.core.concept.ConceptFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.graph.CodeGraph;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MemberSimilarityTest {

  private static CodeGraph graph;
  private static MemberSimilarity similarity;

  @BeforeAll
  static void parse() {
    graph = ConceptFixtures.graph("similarity");
    similarity = new MemberSimilarity(graph, new Inheritance(graph));
  }

  private static Similarity compare(String a, String b) {
    return similarity.similarity(type(graph, a), type(graph, b));
  }

  @Test
  void methodsCompareBySignatureLeavingOutTheSharedContractAndObjectsMethods() {
    // get(String) is Store's contract, toString() Object's, evict() private: what is left is
    // put(String,Object) in both (a qualified parameter type compares by simple name), clear()
    // and size()
    assertEquals(new Similarity(1, 3, 2), compare("com.acme.a.Cache", "com.acme.b.Cache"));
  }

  @Test
  void withoutMethodsConstructorsCompare() {
    assertEquals(new Similarity(1, 2, 1), compare("com.acme.a.Point", "com.acme.b.Point"));
  }

  @Test
  void withoutMethodsOrConstructorsNonPrivateFieldsCompare() {
    assertEquals(new Similarity(1, 3, 2), compare("com.acme.a.Settings", "com.acme.b.Settings"));
  }

  @Test
  void aDeprecatedCopyIsComparedWithInheritedMethodsToo() {
    // the live Client moved send() into its base class; the deprecated copy still has both
    assertEquals(new Similarity(2, 2, 2), compare("com.acme.old.Client", "com.acme.net.Client"));
  }

  @Test
  void methodNamesAreTheNonPrivateNonConstructorOnesSorted() {
    assertEquals(
        Set.of("clear", "get", "put", "toString"),
        MemberSimilarity.methodNames(type(graph, "com.acme.a.Cache")));
    assertEquals(
        "[clear, get, put, toString]",
        MemberSimilarity.methodNames(type(graph, "com.acme.a.Cache")).toString());
  }

  @Test
  void whereOverridesAreNotMarkedSubclassesOfOneBaseShareNothing() {
    CodeGraph python = ConceptFixtures.graph("similarity-python");
    MemberSimilarity pythonSimilarity = new MemberSimilarity(python, new Inheritance(python));
    assertEquals(
        new Similarity(0, 2, 2),
        pythonSimilarity.similarity(
            type(python, "app.a.steps.AddColumn"), type(python, "app.b.steps.AddColumn")),
        "both only answer what Migration asks of them");
    assertEquals(
        new Similarity(2, 2, 2),
        pythonSimilarity.similarity(
            type(python, "app.a.steps.AddColumn"), type(python, "app.b.steps.Renamer")),
        "without the common base the same signatures are shared");
  }
}
