package dev.ssot.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScopeTest {

  @TempDir Path dir;

  @Test
  void keepsTheModelsRootsThatExistAndResolvesRelativeOnes() throws IOException {
    Path main = Files.createDirectories(dir.resolve("src/main/java"));
    Path generated = Files.createDirectories(dir.resolve("target/generated-sources/annotations"));
    MavenProject project = project("app", dir);
    project.addCompileSourceRoot(main.toString());
    project.addCompileSourceRoot("target/generated-sources/annotations");
    project.addCompileSourceRoot(dir.resolve("src/main/kotlin").toString()); // absent
    project.addTestCompileSourceRoot(dir.resolve("src/test/java").toString()); // absent

    SourceScope scope = SourceScope.ofModule(project);

    assertEquals(dir.toAbsolutePath().normalize(), scope.root());
    assertEquals(List.of(main, generated), scope.mainRoots());
    assertEquals(List.of(), scope.testRoots());
  }

  @Test
  void aProjectWithoutSourceRootsHasAnEmptyScope() {
    assertTrue(SourceScope.ofModule(project("parent", dir)).isEmpty());
  }

  @Test
  void aggregateScopeCoversEveryModuleUnderTheExecutionRoot() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a/src/main/java"));
    Path b = Files.createDirectories(dir.resolve("b/src/main/java"));
    Path bTests = Files.createDirectories(dir.resolve("b/src/test/java"));
    MavenProject moduleA = project("a", dir.resolve("a"));
    moduleA.addCompileSourceRoot(a.toString());
    MavenProject moduleB = project("b", dir.resolve("b"));
    moduleB.addCompileSourceRoot(b.toString());
    moduleB.addTestCompileSourceRoot(bTests.toString());

    SourceScope scope = SourceScope.of(dir, List.of(project("parent", dir), moduleA, moduleB));

    assertEquals(List.of(a, b), scope.mainRoots());
    assertEquals(List.of(bTests), scope.testRoots());
  }

  @Test
  void theAggregateAnalysisRunsAtTheLastProjectOfTheReactor() {
    MavenProject parent = project("parent", dir);
    MavenProject a = project("a", dir.resolve("a"));
    MavenProject b = project("b", dir.resolve("b"));
    List<MavenProject> reactor = List.of(parent, a, b);

    assertTrue(SourceScope.isLast(b, reactor));
    assertFalse(SourceScope.isLast(parent, reactor));
    assertFalse(SourceScope.isLast(a, reactor));
  }

  private static MavenProject project(String artifactId, Path basedir) {
    Model model = new Model();
    model.setGroupId("g");
    model.setArtifactId(artifactId);
    model.setVersion("1");
    model.setPackaging("jar");
    MavenProject project = new MavenProject(model);
    project.setFile(basedir.resolve("pom.xml").toFile());
    return project;
  }
}
