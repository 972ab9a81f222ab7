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

class CanonicalChoiceTest {

  private static CodeGraph graph;
  private static CanonicalChoice choice;

  @BeforeAll
  static void parse() {
    graph = ConceptFixtures.graph("canonical");
    choice =
        new CanonicalChoice(
            graph, new NameNormalizer(NameNormalizer.DEFAULT_AFFIXES), new Inheritance(graph));
  }

  /** The canonical one of these types, offered in both orders. */
  private static String canonicalOf(String... names) {
    List<TypeDecl> types = Stream.of(names).map(n -> type(graph, n)).toList();
    String chosen = choice.chooseCanonical(types).qualifiedName();
    List<TypeDecl> reversed = new java.util.ArrayList<>(types);
    java.util.Collections.reverse(reversed);
    assertEquals(chosen, choice.chooseCanonical(reversed).qualifiedName(), "order matters not");
    return chosen;
  }

  @Test
  void notDeprecatedBeatsEverythingElse() {
    assertEquals(
        "com.acme.a.legacy.Client",
        canonicalOf("com.acme.abandoned.Client", "com.acme.a.legacy.Client"));
  }

  @Test
  void outsideLegacyLikePackagesBeatsInside() {
    assertEquals(
        "com.acme.http.Client", canonicalOf("com.acme.a.legacy.Client", "com.acme.http.Client"));
    assertTrue(Concepts.isLegacyLike(type(graph, "com.acme.a.legacy.Client")));
  }

  @Test
  void outsideLeftoverDirectoriesBeatsInside() {
    assertTrue(CanonicalChoice.inLeftoverDirectory(type(graph, "com.acme.copy.Client")));
    assertFalse(CanonicalChoice.inLeftoverDirectory(type(graph, "com.acme.http.Client")));
    assertEquals(
        "com.acme.http.Client", canonicalOf("com.acme.copy.Client", "com.acme.http.Client"));
  }

  @Test
  void logicOfItsOwnBeatsAPlaceholder() {
    assertEquals(
        "com.acme.http.Client", canonicalOf("com.acme.blank.Client", "com.acme.http.Client"));
  }

  @Test
  void theMostUsedWinsThenTheShortestName() {
    assertEquals(1, choice.useCount(type(graph, "com.acme.net.Client")), "App uses it");
    assertEquals(0, choice.useCount(type(graph, "com.acme.http.Client")));
    assertEquals("com.acme.net.Client", canonicalOf("com.acme.http.Client", "com.acme.net.Client"));
    assertEquals(
        "com.acme.http.Client", canonicalOf("com.acme.agent.HttpClient", "com.acme.http.Client"));
  }

  @Test
  void anInternalCanonicalIsImportedByItsPublicAlias() {
    Concepts concepts = ConceptFixtures.concepts(graph);
    TypeRole alias = concepts.roleOf("com.acme.api.Engine").orElseThrow();
    TypeRole deprecatedAlias = concepts.roleOf("com.acme.api.OldEngine").orElseThrow();
    assertEquals(Role.ALIAS, alias.role());
    assertEquals(Role.ALIAS, deprecatedAlias.role());
    TypeDecl engine = type(graph, "com.acme.internal.Engine");
    assertEquals(
        "com.acme.api.Engine", choice.importPathOf(engine, List.of(deprecatedAlias, alias)));
    assertEquals(
        "com.acme.internal.Engine",
        choice.importPathOf(engine, List.of(deprecatedAlias)),
        "a deprecated alias is no public name");
    assertEquals(
        "com.acme.http.Client",
        choice.importPathOf(type(graph, "com.acme.http.Client"), List.of(alias)),
        "outside internal packages the canonical type is imported");
    assertEquals(
        "com.acme.api.Engine",
        concepts.conceptOf("com.acme.internal.Engine").orElseThrow().canonicalImport());
  }

  @Test
  void aConceptIsNamedAfterItsCanonicalType() {
    assertEquals("Engine", choice.conceptName(type(graph, "com.acme.internal.Engine")));
  }
}
