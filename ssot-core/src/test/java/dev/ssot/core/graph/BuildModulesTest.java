package dev.ssot.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.model.BuildModule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildModulesTest {

  private static BuildModule module(String id, String directory, String... dependencies) {
    String file = directory.isEmpty() ? "pom.xml" : directory + "/pom.xml";
    return new BuildModule(id, directory, file, List.of(dependencies));
  }

  private static final BuildModules REACTOR =
      BuildModules.of(
          List.of(
              module("g:web", "web", "g:app", "org.lib:lib"),
              module("g:parent", ""),
              module("g:core", "core"),
              module("g:app", "app", "g:core"),
              module("g:tools", "tools/cli")));

  @Test
  void aFileBelongsToTheModuleOfItsNearestAncestorDirectory() {
    assertEquals("g:core", id("core/src/main/java/a/Money.java"));
    assertEquals("g:parent", id("src/main/java/a/Root.java"));
    assertEquals("g:parent", id("Root.java"));
    assertEquals("g:parent", id("tools/Other.java"), "tools itself has no pom");
    assertEquals("g:tools", id("tools/cli/src/Main.java"));
    assertEquals("g:parent", id("core-extra/A.java"), "a name prefix is no ancestor");
    assertEquals(Optional.empty(), BuildModules.NONE.moduleOf("core/A.java"));
  }

  @Test
  void dependencyIsTransitiveDirectedAndOnlyBetweenModulesOfTheTree() {
    assertTrue(REACTOR.dependsOn("g:app", "g:core"));
    assertTrue(REACTOR.dependsOn("g:web", "g:core"), "through app");
    assertFalse(REACTOR.dependsOn("g:core", "g:app"));
    assertFalse(REACTOR.dependsOn("g:core", "g:core"));
    assertFalse(REACTOR.dependsOn("g:web", "org.lib:lib"), "a library is no module");
    assertFalse(REACTOR.dependsOn("g:tools", "g:core"));
  }

  @Test
  void aCycleBetweenModulesEnds() {
    BuildModules cycle =
        BuildModules.of(List.of(module("g:a", "a", "g:b"), module("g:b", "b", "g:a")));
    assertTrue(cycle.dependsOn("g:a", "g:b"));
    assertTrue(cycle.dependsOn("g:b", "g:a"));
  }

  private static String id(String path) {
    return REACTOR.moduleOf(path).orElseThrow().id();
  }
}
