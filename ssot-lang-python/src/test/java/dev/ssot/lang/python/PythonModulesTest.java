package dev.ssot.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.config.ConfigException;
import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.graph.ModuleScope.Kind;
import dev.ssot.core.graph.UnresolvedImport;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.SourceSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Module names from source roots (through the engine, which applies them), on real trees under
 * {@code src/test/resources/python/trees}.
 */
class PythonModulesTest {

  private static final Path TREES = Path.of("src/test/resources/python/trees");

  @TempDir Path dir;

  /** Path → module name, as discovery and {@link PythonModules#assign} give them. */
  private static Map<String, String> modules(Path root, List<String> configuredRoots) {
    return assign(root, configuredRoots).stream()
        .collect(Collectors.toMap(SourceFile::path, SourceFile::module, (a, b) -> a, TreeMap::new));
  }

  private static List<SourceFile> assign(Path root, List<String> configuredRoots) {
    SourceSet sources =
        SourceSet.discover(
            root, List.of(), List.of(), List.of(), List.of(), p -> p.endsWith(".py"));
    return PythonModules.assign(root, root, sources.files(), configuredRoots);
  }

  private static Map<String, String> modules(AnalysisResult result) {
    return result.graph().files().stream()
        .collect(
            Collectors.toMap(FileFacts::path, FileFacts::packageName, (a, b) -> a, TreeMap::new));
  }

  @Test
  void packagesAreNamedFromTheDirectoryAboveTheTopmostInit() {
    Map<String, String> expected = new TreeMap<>();
    expected.put("pkg/__init__.py", "pkg");
    expected.put("pkg/sub/__init__.py", "pkg.sub");
    expected.put("pkg/sub/mod.py", "pkg.sub.mod");
    expected.put("project/app/__init__.py", "app"); // project/ holds no __init__.py: it is a root
    expected.put("project/app/views.py", "app.views");
    expected.put("scripts/tool.py", "tool"); // a script's own directory is its root
    expected.put("top.py", "top");
    assertEquals(expected, modules(TREES.resolve("packages"), List.of()));
  }

  @Test
  void namespacePackagesAreNamedAsTheCodeImportsThem() {
    Map<String, String> expected = new TreeMap<>();
    expected.put(
        "backend/app/admin/corpus/compatibility.py", "backend.app.admin.corpus.compatibility");
    expected.put("backend/app/admin/corpus/loader.py", "backend.app.admin.corpus.loader");
    expected.put("backend/app/api/__init__.py", "backend.app.api");
    expected.put("backend/app/api/routes.py", "backend.app.api.routes");
    expected.put("backend/app/main.py", "backend.app.main");
    expected.put("backend/app/models/user.py", "backend.app.models.user");
    expected.put("backend/app/serializers/base.py", "backend.app.serializers.base");
    // `from mypy.plugin import Plugin` would name it mypy.plugin, but `from mypy.nodes import …`
    // names a mypy it is not: no evidence, so the root of the rest of backend/ applies
    expected.put("backend/app/plugins/mypy/names.py", "backend.app.plugins.mypy.names");
    expected.put("backend/app/plugins/mypy/plugin.py", "backend.app.plugins.mypy.plugin");
    expected.put("backend/app/serializers/json.py", "backend.app.serializers.json");
    expected.put("scripts/tool.py", "tool"); // no import names it: its own directory stays its root
    assertEquals(expected, modules(TREES.resolve("namespace-packages"), List.of()));
  }

  @Test
  void inferredRootsAreLinkedAndReportedWithTheirReason() {
    AnalysisResult result =
        Analysis.run(AnalysisRequest.builder(TREES.resolve("namespace-packages")).build());
    assertEquals(List.of(), result.graph().unresolvedImports());
    ModuleScope scope = result.graph().modules().orElseThrow();
    assertEquals(
        Kind.CLASS,
        scope.lookup("backend.app.admin.corpus.loader", "CompatibilityCheck").kind(),
        "the import of the namespace-package module links");
    assertEquals(
        List.of(
            "backend/app -> . (3 files): 2 absolute imports in the tree name its modules as rooted"
                + " at . (e.g. backend.app.api), 0 as rooted at backend/app",
            "backend/app/admin/corpus -> . (2 files): 3 absolute imports in the tree name its"
                + " modules as rooted at . (e.g. backend.app.admin.corpus), 0 as rooted at"
                + " backend/app/admin/corpus",
            "backend/app/models -> . (1 files): 1 absolute import in the tree name its modules"
                + " as rooted at . (e.g. backend.app.models.user), 0 as rooted at"
                + " backend/app/models",
            "backend/app/plugins/mypy -> . (2 files): no import names its modules; backend/app in"
                + " the same tree is rooted at . by its imports",
            "backend/app/serializers -> . (2 files): 1 absolute import in the tree name its"
                + " modules as rooted at . (e.g. backend.app.serializers.base), 0 as rooted at"
                + " backend/app/serializers"),
        result.report().moduleRoots().stream()
            .map(
                r ->
                    r.directory()
                        + " -> "
                        + RootInference.display(r.root())
                        + " ("
                        + r.files()
                        + " files): "
                        + r.reason())
            .toList());
  }

  @Test
  void configuredRootsOverrideTheEvidence() {
    Map<String, String> modules = modules(TREES.resolve("namespace-packages"), List.of("backend"));
    assertEquals("app.admin.corpus.loader", modules.get("backend/app/admin/corpus/loader.py"));
    assertEquals("app.main", modules.get("backend/app/main.py"));
    assertEquals("tool", modules.get("scripts/tool.py"));
  }

  @Test
  void aTreeThatIsAStandardLibraryLinksItsOwnModules() throws IOException {
    List<String> names =
        List.of(
                new String(
                        PythonModules.class
                            .getResourceAsStream("stdlib-module-names.txt")
                            .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                    .split("\n"))
            .stream()
            .filter(n -> !n.isBlank() && !n.startsWith("#") && !n.startsWith("_"))
            .limit(ModuleClaims.STANDARD_LIBRARY_TREE)
            .toList();
    for (String name : names) {
      Files.writeString(dir.resolve(name + ".py"), "import os\n");
    }
    ModuleScope scope =
        Analysis.run(AnalysisRequest.builder(dir).build()).graph().modules().orElseThrow();
    assertEquals(List.of(), scope.collisions(), "CPython's Lib/ imports its own modules");
    assertTrue(scope.hasModule(names.get(0)), names.get(0));
  }

  @Test
  void theSrcDirectoryRootsItsPackagesAndNamespacePackages() {
    Map<String, String> expected = new TreeMap<>();
    expected.put("setup.py", "setup");
    expected.put("src/ns/sub/mod.py", "ns.sub.mod"); // no __init__.py anywhere: a namespace package
    expected.put("src/pkg/__init__.py", "pkg");
    expected.put("src/pkg/core.py", "pkg.core");
    expected.put("tests/test_core.py", "test_core");
    assertEquals(expected, modules(TREES.resolve("src-layout"), List.of()));
  }

  @Test
  void configuredRootsComeFromTheConfigFileAndWinOverDetection() {
    Path root = TREES.resolve("configured-roots");
    Map<String, String> detected = modules(root, List.of());
    assertEquals(
        "ns.thing",
        detected.get("lib/ns/thing.py"),
        "without config, the root is inferred from `from ns.thing import Thing`");
    assertEquals("loose", detected.get("other/loose.py"), "no import names it");

    Map<String, String> expected = new TreeMap<>();
    expected.put("lib/ns/thing.py", "ns.thing");
    expected.put("lib/pkg/__init__.py", "pkg");
    expected.put("lib/pkg/util.py", "pkg.util");
    expected.put("other/loose.py", "loose"); // outside every configured root: detected
    expected.put("tools/scripts/run.py", "run");
    AnalysisResult result = Analysis.run(AnalysisRequest.builder(root).build()); // finds ssot.yaml
    assertEquals(expected, modules(result));
    assertEquals(List.of(), result.graph().unresolvedImports());
    assertEquals(
        Kind.CLASS,
        result.graph().modules().orElseThrow().lookup("pkg.util", "Thing").kind(),
        "from ns.thing import Thing links through the configured root");
  }

  @Test
  void configuredRootsAreRelativeToTheAnalysedRootWhereverTheConfigIs() throws IOException {
    Path root = TREES.resolve("configured-roots");
    Path outside = dir.resolve("ssot.yaml"); // a config kept outside the analysed tree
    Files.writeString(outside, "python:\n  roots: [lib/pkg, .]\n");
    AnalysisResult result = Analysis.run(AnalysisRequest.builder(root).config(outside).build());
    Map<String, String> modules = modules(result);
    assertEquals("util", modules.get("lib/pkg/util.py"), "under lib/pkg, the deepest root");
    assertEquals("lib.ns.thing", modules.get("lib/ns/thing.py"), "under the analysed root");
    assertEquals("tools.scripts.run", modules.get("tools/scripts/run.py"));
  }

  @Test
  void aConfiguredRootOutsideTheConfigDirectoryIsAConfigError() throws IOException {
    Path config = dir.resolve("ssot.yaml");
    Files.writeString(config, "python:\n  roots: [../elsewhere]\n");
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> Analysis.run(AnalysisRequest.builder(dir).build()));
    assertTrue(
        e.getMessage().contains("roots must be directories relative to the analysed root"),
        e.getMessage());
  }

  @Test
  void whenAModuleFileAndAPackageShareANameThePackageWins() {
    AnalysisResult result =
        Analysis.run(AnalysisRequest.builder(TREES.resolve("shadowing")).build());
    Map<String, String> modules = modules(result);
    assertEquals("x", modules.get("x.py"));
    assertEquals("x", modules.get("x/__init__.py"));
    ModuleScope python = result.graph().modules().orElseThrow();
    assertEquals("x/__init__.py", python.module("x").orElseThrow().path());
    assertEquals(
        new ModuleScope.Resolution(
            Kind.CLASS, "x.y.FromPackage", python.lookup("x", "FromPackage").chain(), false),
        python.lookup("x", "FromPackage"));
    assertEquals(Kind.MODULE, python.lookupFrom("x", "y").kind());
    assertEquals(Kind.MISSING, python.lookupFrom("x", "FromFile").kind(), "x.py is shadowed");
    assertEquals(
        List.of("user.py:2 x.FromFile"),
        result.graph().unresolvedImports().stream()
            .map(u -> u.location().path() + ":" + u.location().line() + " " + u.symbol())
            .toList());
  }

  @Test
  void testFilesAreNamedByPytestConventionsOrSitUnderATestsDirectory() {
    Map<String, Boolean> test = new LinkedHashMap<>();
    for (SourceFile file : assign(TREES.resolve("test-files"), List.of())) {
      test.put(file.path(), file.test());
    }
    Map<String, Boolean> expected = new LinkedHashMap<>();
    expected.put("pkg/__init__.py", false);
    expected.put("pkg/a_test.py", true);
    expected.put("pkg/conftest.py", true);
    expected.put("pkg/contest.py", false);
    expected.put("pkg/core.py", false);
    expected.put("pkg/latest.py", false);
    expected.put("pkg/test_a.py", true);
    expected.put("pkg/testing.py", false);
    expected.put("tests/helpers.py", true);
    assertEquals(expected, test);
  }

  @Test
  void testFlagsReachTheParsedFacts() {
    AnalysisResult result =
        Analysis.run(AnalysisRequest.builder(TREES.resolve("src-layout")).build());
    Map<String, Boolean> test =
        result.graph().files().stream()
            .collect(Collectors.toMap(FileFacts::path, FileFacts::test, (a, b) -> a, TreeMap::new));
    assertEquals(
        Map.of(
            "setup.py",
            false,
            "src/ns/sub/mod.py",
            false,
            "src/pkg/__init__.py",
            false,
            "src/pkg/core.py",
            false,
            "tests/test_core.py",
            true),
        test);
  }

  @Test
  void anInitNamesItsPackage() {
    assertEquals("pkg.sub", PythonModules.moduleOf("pkg/sub/__init__.py"));
    assertEquals("pkg.sub.mod", PythonModules.moduleOf("pkg/sub/mod.py"));
    assertEquals("", PythonModules.moduleOf("__init__.py"));
  }

  @Test
  void unresolvedImportRecordsNameTheImportAndTheSymbol() {
    AnalysisResult result =
        Analysis.run(AnalysisRequest.builder(TREES.resolve("shadowing")).build());
    UnresolvedImport unresolved = result.graph().unresolvedImports().get(0);
    assertEquals("from x import FromFile", unresolved.ref().asWritten());
    assertEquals(15, unresolved.location().column(), "at the imported name");
  }
}
