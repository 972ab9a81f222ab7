package dev.ssot.core.concept;

import static dev.ssot.core.concept.ConceptFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.graph.CodeGraph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InheritanceTest {

  private static CodeGraph graph;
  private static Inheritance inheritance;

  @BeforeAll
  static void parse() {
    graph = ConceptFixtures.graph("hierarchy");
    inheritance = new Inheritance(graph);
  }

  @Test
  void supertypesAreResolvedInDeclarationOrder() {
    assertEquals(
        List.of("com.acme.shape.AbstractShape"),
        inheritance.supertypesOf(type(graph, "com.acme.shape.Circle")));
    assertEquals(
        List.of("com.acme.shape.Shape"),
        inheritance.supertypesOf(type(graph, "com.acme.ui.Widget")),
        "the external JPanel is left out");
  }

  @Test
  void ancestorsAreTransitive() {
    assertEquals(
        Set.of("com.acme.shape.AbstractShape", "com.acme.shape.Shape"),
        inheritance.ancestorsOf("com.acme.shape.Circle"));
    assertTrue(inheritance.inherits("com.acme.shape.Circle", "com.acme.shape.Shape"));
    assertFalse(inheritance.inherits("com.acme.shape.Shape", "com.acme.shape.Circle"));
    assertEquals(Set.of(), inheritance.ancestorsOf("com.acme.nowhere.Missing"));
  }

  @Test
  void anInheritanceLoopEnds() {
    assertEquals(
        Set.of("com.acme.loop.Egg", "com.acme.loop.Chicken"),
        inheritance.ancestorsOf("com.acme.loop.Chicken"));
  }

  @Test
  void commonAncestorsAreWhatBothInherit() {
    assertEquals(
        Set.of("com.acme.shape.AbstractShape", "com.acme.shape.Shape"),
        inheritance.commonAncestors(
            type(graph, "com.acme.shape.Circle"), type(graph, "com.acme.shape.Square")));
    assertEquals(
        Set.of("com.acme.shape.Shape"),
        inheritance.commonAncestors(
            type(graph, "com.acme.shape.Circle"), type(graph, "com.acme.shape.Triangle")));
  }

  @Test
  void externalSupertypesAreTheOnesTheCodeDoesNotDeclare() {
    assertEquals(
        Set.of("JPanel"), inheritance.externalSupertypes(type(graph, "com.acme.ui.Widget")));
    assertEquals(Set.of(), inheritance.externalSupertypes(type(graph, "com.acme.shape.Circle")));
  }

  @Test
  void subclassesOfOneConcreteOrExternalBaseArePolymorphicSiblings() {
    assertTrue(
        inheritance.polymorphicSiblings(
            type(graph, "com.acme.shape.Circle"), type(graph, "com.acme.shape.Square")),
        "one abstract class");
    assertTrue(
        inheritance.polymorphicSiblings(
            type(graph, "com.acme.ui.Widget"), type(graph, "com.acme.ui.Gadget")),
        "one external base");
    assertFalse(
        inheritance.polymorphicSiblings(
            type(graph, "com.acme.shape.Triangle"), type(graph, "com.acme.shape.Hexagon")),
        "implementing one interface is a contract, not a base");
  }

  @Test
  void aTypeNestedInADeprecatedOneIsDeprecated() {
    assertTrue(inheritance.effectivelyDeprecated(type(graph, "com.acme.ui.Legacy")));
    assertTrue(inheritance.effectivelyDeprecated(type(graph, "com.acme.ui.Legacy.Part")));
    assertFalse(inheritance.effectivelyDeprecated(type(graph, "com.acme.shape.Circle")));
  }
}
