package dev.ssot.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.config.ConfigLoader;
import dev.ssot.core.lang.Languages;
import dev.ssot.core.model.SkippedPath;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.Discovery;
import dev.ssot.core.parse.SourceSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Python front end's discovery rules and config file, applied by the core's discovery. */
class PythonProjectFilesTest {

  @TempDir Path tmp;

  private static final Languages PYTHON = Languages.of(List.of(new PythonLanguage()));

  private static void touch(Path root, String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x = 1\n");
  }

  private static SourceSet discover(Path root, Discovery.Options options, Languages languages) {
    return SourceSet.discover(
        root,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "",
        List.of(),
        p -> p.endsWith(".py"),
        options,
        languages.discoveryRules());
  }

  private static List<String> paths(SourceSet set) {
    return set.files().stream().map(SourceFile::path).toList();
  }

  private static List<String> skipped(SourceSet set) {
    return set.skipped().stream()
        .map(s -> s.path() + " " + s.kind().id() + " " + s.reason().id())
        .toList();
  }

  @Test
  void environmentsInstalledPackagesAndBuildOutputAreSkippedAndListed() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "pyproject.toml");
    touch(root, "src/shop/money.py");
    touch(root, ".venv/lib/python3.11/site-packages/shop/money.py");
    touch(root, "venv/lib/shop/money.py");
    touch(root, "env311/pyvenv.cfg");
    touch(root, "env311/lib/shop/money.py");
    touch(root, "vendor/site-packages/requests/api.py");
    touch(root, ".tox/py311/lib/shop/money.py");
    touch(root, ".nox/tests/lib/shop/money.py");
    touch(root, "build/lib/shop/money.py");
    touch(root, "dist/shop/money.py");
    touch(root, "shop.egg-info/top_level.py");
    touch(root, "tools/build/make.py"); // no Python build file beside this build/
    touch(root, "lib/setup.cfg");
    touch(root, "lib/dist/copy.py");
    touch(root, "lib/pkg/mod.py");
    touch(root, "legacy/setup.py");
    touch(root, "legacy/legacy.egg-info/x.py");
    touch(root, "legacy/legacy/core.py");

    SourceSet set = discover(root, Discovery.Options.DEFAULT, PYTHON);

    assertEquals(
        List.of(
            "legacy/legacy/core.py",
            "legacy/setup.py",
            "lib/pkg/mod.py",
            "src/shop/money.py",
            "tools/build/make.py"),
        paths(set));
    assertEquals(
        List.of(
            ".nox directory tool-environment",
            ".tox directory tool-environment",
            ".venv directory virtualenv",
            "build directory build-output",
            "dist directory build-output",
            "env311 directory virtualenv",
            "legacy/legacy.egg-info directory build-output",
            "lib/dist directory build-output",
            "shop.egg-info directory build-output",
            "vendor/site-packages directory site-packages",
            "venv directory virtualenv"),
        skipped(set));
    assertEquals(
        "Python virtual environment",
        set.skipped().stream()
            .filter(s -> s.path().equals("venv"))
            .findFirst()
            .orElseThrow()
            .reason()
            .description());

    SourceSet everything = discover(root, new Discovery.Options(true, false), PYTHON);
    assertEquals(List.of(), skipped(everything));
    assertTrue(paths(everything).contains("env311/lib/shop/money.py"));
    assertTrue(paths(everything).contains("venv/lib/shop/money.py"));
    assertTrue(paths(everything).contains("build/lib/shop/money.py"));
    assertTrue(paths(everything).contains("vendor/site-packages/requests/api.py"));
    assertTrue(paths(everything).contains("shop.egg-info/top_level.py"));
    assertTrue(
        paths(everything).stream().noneMatch(p -> p.startsWith(".")),
        "hidden directories stay out");
  }

  @Test
  void withoutThePythonFrontEndEnvironmentsAreAnalysed() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "pyproject.toml");
    touch(root, "venv/lib/shop/money.py");
    touch(root, "env311/pyvenv.cfg");
    touch(root, "env311/lib/shop/money.py");
    touch(root, "build/lib/shop/money.py");

    SourceSet set = discover(root, Discovery.Options.DEFAULT, Languages.of(List.of()));

    assertEquals(
        List.of("build/lib/shop/money.py", "env311/lib/shop/money.py", "venv/lib/shop/money.py"),
        paths(set));
    assertEquals(List.of(), skipped(set));
  }

  @Test
  void theReasonsAreCountedLikeTheCoresOwn() {
    List<SkippedPath.Reason> reasons =
        PythonProjectFiles.DISCOVERY_RULES.stream().map(r -> r.reason()).toList();
    assertTrue(reasons.stream().allMatch(SkippedPath.Reason::byRule));
    assertTrue(reasons.contains(PythonProjectFiles.SITE_PACKAGES));
  }

  @Test
  void aPyprojectWithToolSsotIsTheConfig() throws IOException {
    Path dir = tmp.resolve("project");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"x\"\n");
    assertTrue(ConfigLoader.findIn(dir, PYTHON.configFiles()).isEmpty());
    Files.writeString(dir.resolve("pyproject.toml"), "[tool.ssot]\nfailOn = \"never\"\n");
    assertEquals(
        dir.resolve("pyproject.toml"),
        ConfigLoader.findIn(dir, PYTHON.configFiles()).orElseThrow());
    assertTrue(ConfigLoader.findIn(dir, List.of()).isEmpty());
  }
}
