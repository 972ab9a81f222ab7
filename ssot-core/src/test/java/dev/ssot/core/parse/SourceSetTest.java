package dev.ssot.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSetTest {

  @TempDir Path root;

  private void touch(String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "class X {}\n");
  }

  private List<String> discover(List<String> includes, List<String> excludes) {
    return SourceSet.discover(
            root, List.of(), List.of(), includes, excludes, p -> p.endsWith(".java"))
        .files()
        .stream()
        .map(f -> f.path() + (f.test() ? " (test)" : ""))
        .toList();
  }

  @Test
  void walksTheTreeSkippingDefaultIgnoresAndMarkingTests() throws IOException {
    touch("app/src/main/java/a/A.java");
    touch("app/src/test/java/a/ATest.java");
    touch("app/src/main/java/org/acme/build/Step.java");
    touch("node_modules/x/D.java");
    touch(".git/objects/E.java");
    touch(".hidden/F.java");
    touch("plain/G.java");
    touch("plain/notes.txt");
    touch("tests/H.java");
    assertEquals(
        List.of(
            "app/src/main/java/a/A.java",
            "app/src/main/java/org/acme/build/Step.java",
            "app/src/test/java/a/ATest.java (test)",
            "plain/G.java",
            "tests/H.java (test)"),
        discover(List.of(), List.of()));
  }

  @Test
  void appliesIncludeAndExcludeGlobs() throws IOException {
    touch("src/main/java/a/A.java");
    touch("src/main/java/a/generated/Gen.java");
    touch("generated/Top.java");
    touch("backups/Old.java");
    assertEquals(
        List.of("src/main/java/a/A.java"),
        discover(List.of(), List.of("**/generated/**", "backups/**")));
    assertEquals(List.of("backups/Old.java"), discover(List.of("backups/**"), List.of()));
  }

  @Test
  void explicitRootsDecideWhatIsTest() throws IOException {
    touch("main/a/A.java");
    touch("checks/a/ATest.java");
    touch("elsewhere/B.java");
    List<SourceFile> files =
        SourceSet.discover(
                root,
                List.of(Path.of("main")),
                List.of(root.resolve("checks")),
                List.of(),
                List.of(),
                p -> p.endsWith(".java"))
            .files();
    assertEquals(
        List.of("checks/a/ATest.java", "main/a/A.java"),
        files.stream().map(SourceFile::path).toList());
    assertEquals(List.of(true, false), files.stream().map(SourceFile::test).toList());
  }

  @Test
  void anEmptyOrMissingTreeHasNoFiles() {
    assertEquals(List.of(), discover(List.of(), List.of()));
    assertEquals(
        List.of(),
        SourceSet.discover(
                root, List.of(Path.of("missing")), List.of(), List.of(), List.of(), p -> true)
            .files());
  }
}
