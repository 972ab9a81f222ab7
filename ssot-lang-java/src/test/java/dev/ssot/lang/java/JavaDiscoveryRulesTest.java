package dev.ssot.lang.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.lang.Languages;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.Discovery;
import dev.ssot.core.parse.SourceSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java front end's discovery rules: build output beside a JVM build file. */
class JavaDiscoveryRulesTest {

  @TempDir Path tmp;

  private static void touch(Path root, String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "class X {}\n");
  }

  @Test
  void buildOutputBesideABuildFileIsSkippedAndListed() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "pom.xml");
    touch(root, "src/main/java/a/A.java");
    touch(root, "target/generated/a/A.java");
    touch(root, "app/build.gradle.kts");
    touch(root, "app/build/a/A.java");
    touch(root, "app/out/a/A.java");
    touch(root, "tools/out/a/B.java"); // no build file beside this out/

    SourceSet set =
        SourceSet.discover(
            root,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "",
            List.of(),
            p -> p.endsWith(".java"),
            Discovery.Options.DEFAULT,
            Languages.of(List.of(new JavaLanguage())).discoveryRules());

    assertEquals(
        List.of("src/main/java/a/A.java", "tools/out/a/B.java"),
        set.files().stream().map(SourceFile::path).toList());
    assertEquals(
        List.of(
            "app/build directory build-output",
            "app/out directory build-output",
            "target directory build-output"),
        set.skipped().stream()
            .map(s -> s.path() + " " + s.kind().id() + " " + s.reason().id())
            .toList());
  }
}
