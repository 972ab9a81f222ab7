package dev.ssot.core.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.graph.CodeGraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestDoubleMatchingTest {

  private static CodeGraph graph;
  private static TestDoubleMatching matching;

  @BeforeAll
  static void parse() {
    graph = ConceptFixtures.graph("grouping");
    NameNormalizer normalizer = new NameNormalizer(NameNormalizer.DEFAULT_AFFIXES);
    TypeRoles roles = new TypeRoles(new Classifier(graph, normalizer, Set.of()).classifyAll());
    matching = new TestDoubleMatching(graph, roles, normalizer);
  }

  /** Concepts stand here for their canonical type's name; the result maps doubles to them. */
  private static Map<String, String> attach(List<String> concepts, Map<String, String> byMember) {
    Map<String, String> attached = new TreeMap<>();
    matching.attach(concepts, c -> c, byMember, (c, role) -> attached.put(role.name(), c));
    return attached;
  }

  @Test
  void aDoubleJoinsTheConceptOfTheTypeItExtends() {
    assertEquals(
        Map.of("com.acme.ws.StubSender", "Sender concept"),
        attach(List.of(), Map.of("com.acme.ws.Sender", "Sender concept")));
  }

  @Test
  void aDoubleJoinsTheConceptItIsNamedAfter() {
    assertEquals(
        Map.of("com.acme.ws.FakeWebSocketManager", "com.acme.ws.WebSocketManager"),
        attach(List.of("com.acme.ws.WebSocketManager"), Map.of()));
  }

  @Test
  void aDoubleWithoutAConceptJoinsNone() {
    assertEquals(Map.of(), attach(List.of("com.acme.ws.Session"), Map.of()));
  }
}
