package dev.ssot.core.concept;

import static dev.ssot.core.concept.ConceptFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.graph.CodeGraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TypeRolesTest {

  private static CodeGraph graph;

  @BeforeAll
  static void parse() {
    graph = ConceptFixtures.graph("hierarchy");
  }

  private static TypeRole role(String name, Role role, String target) {
    return new TypeRole(type(graph, name), role, target, "test");
  }

  @Test
  void aChainFollowsReExportsToTheDefinition() {
    TypeRoles roles =
        new TypeRoles(
            Map.of(
                "com.acme.shape.Square",
                role("com.acme.shape.Square", Role.ALIAS, "com.acme.shape.Circle"),
                "com.acme.shape.Circle",
                role("com.acme.shape.Circle", Role.SHIM, "com.acme.shape.Triangle"),
                "com.acme.shape.Triangle",
                role("com.acme.shape.Triangle", Role.DEFINITION, null)));
    assertEquals(
        List.of("com.acme.shape.Square", "com.acme.shape.Circle", "com.acme.shape.Triangle"),
        roles.chainOf("com.acme.shape.Square").stream().map(TypeRole::name).toList());
    assertTrue(roles.isReExport("com.acme.shape.Circle"));
    assertFalse(roles.isReExport("com.acme.shape.Triangle"));
    assertFalse(roles.isReExport("com.acme.nowhere.Missing"));
    assertEquals(Optional.empty(), roles.roleOf("com.acme.nowhere.Missing"));
    assertEquals(
        List.of("com.acme.shape.Circle", "com.acme.shape.Square", "com.acme.shape.Triangle"),
        roles.sorted().stream().map(TypeRole::name).toList());
  }

  @Test
  void aReExportLoopEndsWhereItStarted() {
    TypeRoles roles =
        new TypeRoles(
            Map.of(
                "com.acme.loop.Chicken",
                role("com.acme.loop.Chicken", Role.ALIAS, "com.acme.loop.Egg"),
                "com.acme.loop.Egg",
                role("com.acme.loop.Egg", Role.ALIAS, "com.acme.loop.Chicken")));
    assertEquals(
        List.of("com.acme.loop.Chicken", "com.acme.loop.Egg"),
        roles.chainOf("com.acme.loop.Chicken").stream().map(TypeRole::name).toList());
  }

  @Test
  void aChainToAnUndeclaredTargetStopsAtTheLastKnownType() {
    TypeRoles roles =
        new TypeRoles(
            Map.of(
                "com.acme.ui.Widget",
                role("com.acme.ui.Widget", Role.ALIAS, "javax.swing.JPanel")));
    assertEquals(1, roles.chainOf("com.acme.ui.Widget").size());
    assertEquals(List.of(), roles.chainOf("javax.swing.JPanel"));
  }
}
