package dev.ssot.core.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.config.ConceptDeclaration;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.TypeDecl;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConceptGroupingTest {

  private static CodeGraph graph;

  @BeforeAll
  static void parse() {
    graph = ConceptFixtures.graph("grouping");
  }

  private static ConceptGrouping.Result group(List<ConceptDeclaration> declarations) {
    NameNormalizer normalizer = new NameNormalizer(NameNormalizer.DEFAULT_AFFIXES);
    Set<String> imports = new HashSet<>();
    declarations.forEach(d -> imports.add(d.importPath()));
    TypeRoles roles = new TypeRoles(new Classifier(graph, normalizer, imports).classifyAll());
    Inheritance inheritance = new Inheritance(graph);
    MemberSimilarity similarity = new MemberSimilarity(graph, inheritance);
    return new ConceptGrouping(
            graph,
            roles,
            normalizer,
            inheritance,
            new CanonicalChoice(graph, normalizer, inheritance),
            new Families(graph, inheritance, similarity, Concepts.DEFAULT_MIN_SHARED_MEMBERS))
        .group(declarations);
  }

  private static ConceptDeclaration declared(String name, String canonical, List<String> members) {
    return new ConceptDeclaration(
        name, canonical, null, members, null, new Location("ssot.yaml", 3, 5), "concepts[0]");
  }

  private static Concept named(ConceptGrouping.Result result, String name) {
    return result.concepts().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no concept " + name + " in " + result.concepts()));
  }

  @Test
  void sameNamedDefinitionsWithAReExportAndATestDoubleMakeOneInferredConcept() {
    ConceptGrouping.Result result = group(List.of());
    Concept manager = named(result, "WebSocketManager");
    assertFalse(manager.declared());
    assertEquals("com.acme.ws.WebSocketManager", manager.canonical());
    assertEquals(
        List.of("com.acme.chat.WebSocketManager", "com.acme.ws.WebSocketManager"),
        manager.definitions().stream().map(TypeDecl::qualifiedName).toList());
    assertEquals(
        List.of("com.acme.compat.WebSocketManager"),
        manager.reExports().stream().map(TypeRole::name).toList());
    assertEquals(
        List.of("com.acme.ws.FakeWebSocketManager"),
        manager.testDoubles().stream().map(TypeRole::name).toList());
    assertEquals(
        List.of("com.acme.chat.WebSocketManager"),
        manager.duplicates().stream().map(d -> d.root().qualifiedName()).toList());
    assertEquals(
        "inferred: definitions share the normalised name 'WebSocketManager'", manager.why());
    assertFalse(
        result.byMember().containsKey("com.acme.ws.ReconnectingWebSocketManager"),
        "another name is another concept");
    for (String member :
        List.of(
            "com.acme.chat.WebSocketManager",
            "com.acme.compat.WebSocketManager",
            "com.acme.ws.FakeWebSocketManager")) {
      assertSame(manager, result.byMember().get(member), member);
    }
  }

  @Test
  void namesakesThatShareNothingAreNoConcept() {
    ConceptGrouping.Result result = group(List.of());
    assertTrue(result.concepts().stream().noneMatch(c -> c.name().equals("Session")));
    assertFalse(result.byMember().containsKey("com.acme.ws.Session"));
    assertEquals(List.of(), result.unmatched());
  }

  @Test
  void aDeclaredConceptTakesItsMembersFromGlobsAndKeepsEveryFamily() {
    ConceptDeclaration sender = declared("Sending", "com.acme.ws.Sender", List.of("*Sender"));
    ConceptDeclaration gone = declared("Gone", "com.acme.nope.Gone", List.of());
    ConceptGrouping.Result result = group(List.of(sender, gone));
    Concept sending = named(result, "Sending");
    assertTrue(sending.declared());
    assertEquals(
        List.of("com.acme.mail.MailSender", "com.acme.ws.Sender"),
        sending.definitions().stream().map(TypeDecl::qualifiedName).toList());
    assertEquals(
        List.of("com.acme.ws.StubSender"),
        sending.testDoubles().stream().map(TypeRole::name).toList());
    assertEquals("declared in config; members match *Sender", sending.why());
    assertEquals(List.of(gone), result.unmatched());
  }

  @Test
  void conceptsAreSortedByCanonicalName() {
    List<String> canonicals = group(List.of()).concepts().stream().map(Concept::canonical).toList();
    assertEquals(canonicals.stream().sorted().toList(), canonicals);
  }
}
