package dev.ssot.core.concept;

import static dev.ssot.core.concept.ConceptFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.TypeDecl;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FamiliesTest {

  private static final String CANONICAL = "com.acme.ws.WebSocketManager";
  private static final String SUBCLASS = "com.acme.ws.ReconnectingWebSocketManager";
  private static final String COPY = "com.acme.chat.WebSocketManager";

  private static CodeGraph graph;
  private static Families families;

  @BeforeAll
  static void parse() {
    graph = ConceptFixtures.graph("grouping");
    Inheritance inheritance = new Inheritance(graph);
    families =
        new Families(
            graph,
            inheritance,
            new MemberSimilarity(graph, inheritance),
            Concepts.DEFAULT_MIN_SHARED_MEMBERS);
  }

  private static List<TypeDecl> types(String... names) {
    return Stream.of(names).map(n -> type(graph, n)).toList();
  }

  private static List<String> names(List<TypeDecl> types) {
    return types.stream().map(TypeDecl::qualifiedName).toList();
  }

  @Test
  void theCanonicalTypeAloneIsOneFamily() {
    Families.Split split = families.split(types(CANONICAL), CANONICAL, false);
    assertEquals(List.of(CANONICAL), names(split.definitions()));
    assertEquals(List.of(CANONICAL), split.family());
    assertEquals(List.of(), split.duplicates());
  }

  @Test
  void aSubclassJoinsTheCanonicalFamilyAndACopyIsADuplicate() {
    Families.Split split = families.split(types(COPY, SUBCLASS, CANONICAL), CANONICAL, false);
    assertEquals(List.of(COPY, SUBCLASS, CANONICAL), names(split.definitions()));
    assertEquals(List.of(SUBCLASS, CANONICAL), split.family());
    assertEquals(1, split.duplicates().size());
    Concept.Duplicate duplicate = split.duplicates().get(0);
    assertEquals(COPY, duplicate.root().qualifiedName());
    assertEquals(CANONICAL, duplicate.counterpart().qualifiedName());
    assertEquals(new Similarity(3, 3, 3), duplicate.similarity());
  }

  @Test
  void anInferredNamesakeThatSharesNothingLeavesButADeclaredOneStays() {
    List<TypeDecl> sessions = types("com.acme.audit.Session", "com.acme.ws.Session");
    Families.Split inferred = families.split(sessions, "com.acme.ws.Session", false);
    assertEquals(List.of("com.acme.ws.Session"), names(inferred.definitions()));
    assertEquals(List.of(), inferred.duplicates());
    Families.Split declared = families.split(sessions, "com.acme.ws.Session", true);
    assertEquals(
        List.of("com.acme.audit.Session", "com.acme.ws.Session"), names(declared.definitions()));
    assertEquals(new Similarity(0, 4, 2), declared.duplicates().get(0).similarity());
  }

  @Test
  void sameNamesNeedEnoughSharedMembersAndAffixedNamesTwo() {
    TypeDecl canonical = type(graph, CANONICAL);
    TypeDecl copy = type(graph, COPY);
    assertTrue(families.convincing(copy, canonical, new Similarity(3, 3, 3)));
    assertFalse(families.convincing(copy, canonical, new Similarity(1, 5, 3)), "too few shared");
    TypeDecl affixed = type(graph, SUBCLASS);
    assertTrue(families.convincing(affixed, canonical, new Similarity(2, 4, 3)));
    assertFalse(families.convincing(affixed, canonical, new Similarity(1, 1, 1)));
  }
}
