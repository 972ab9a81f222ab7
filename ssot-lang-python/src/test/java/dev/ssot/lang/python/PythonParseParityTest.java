package dev.ssot.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.parse.ParseOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Files CPython compiles but tree-sitter-python's grammar rejects as written: each under {@code
 * src/test/resources/python/parity} parses without a problem, with lines as in the original text.
 */
class PythonParseParityTest {

  private static final Path PARITY = Path.of("src/test/resources/python/parity");

  private final PythonSourceParser parser = new PythonSourceParser();

  private ParseOutcome outcome(Path file) throws IOException {
    String relative = file.getFileName().toString();
    return parser.parse(
        new SourceFile(file, relative, false, relative.substring(0, relative.length() - 3)),
        Files.readAllBytes(file));
  }

  private FileFacts facts(String name) throws IOException {
    ParseOutcome outcome = outcome(PARITY.resolve(name));
    return assertInstanceOf(ParseOutcome.Parsed.class, outcome, () -> name + ": " + outcome)
        .facts();
  }

  @TestFactory
  Stream<DynamicTest> everyFileCPythonCompilesParses() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(PARITY)) {
      files = list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      ParseOutcome outcome = outcome(file);
                      assertInstanceOf(
                          ParseOutcome.Parsed.class, outcome, () -> file + ": " + outcome);
                    }));
  }

  /** The fixtures are what CPython accepts, when a python3 is at hand to say so. */
  @Test
  void cpythonCompilesEveryFixture() throws Exception {
    Path target = Files.createTempDirectory("parity");
    for (Path file : Files.list(PARITY).sorted().toList()) {
      Process process;
      try {
        process =
            new ProcessBuilder(
                    "python3",
                    "-c",
                    "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2],"
                        + " doraise=True)",
                    file.toString(),
                    target.resolve("out.pyc").toString())
                .redirectErrorStream(true)
                .start();
      } catch (IOException e) {
        Assumptions.abort("no python3 on the PATH");
        return;
      }
      String output = new String(process.getInputStream().readAllBytes());
      process.waitFor(60, TimeUnit.SECONDS);
      assertEquals(0, process.exitValue(), file + ": " + output);
    }
  }

  @Test
  void namesAtTheLeftMarginInsideBracketsAreImportedFromTheirOwnLines() throws IOException {
    List<ImportRef> imports = facts("margin_continuation.py").imports();
    assertEquals(
        List.of("os.path.join@4", "os.path.split@5", "os.sep@13", "os.pathsep@13"),
        imports.stream().map(i -> i.name() + "." + i.member() + "@" + i.line()).toList());
  }

  @Test
  void loneCarriageReturnsEndLines() throws IOException {
    FileFacts facts = facts("lone_cr.py");
    assertEquals(7, facts.lines());
    assertEquals(
        List.of("os@1", "sys@2"),
        facts.imports().stream().map(i -> i.name() + "@" + i.line()).toList());
    assertEquals(
        List.of("lone_cr.Handler@5"),
        facts.types().stream().map(t -> t.qualifiedName() + "@" + t.location().line()).toList());
  }

  @Test
  void starredAwaitParsesAndMultiplicationByAwaitIsUntouched() throws IOException {
    FileFacts facts = facts("starred_await.py");
    assertEquals(
        List.of("fetch", "pair", "listed", "product"),
        facts.module().functions().stream().map(f -> f.name()).toList());
    assertEquals(List.of(), facts.types().stream().map(TypeDecl::qualifiedName).toList());
  }

  @Test
  void aRewriteNeverHidesARealSyntaxError() throws IOException {
    Path file =
        Path.of("src/test/resources/python/parity-errors/margin_continuation_with_error.py");
    ParseOutcome outcome = outcome(file);
    ParseProblem problem =
        assertInstanceOf(ParseOutcome.Failed.class, outcome, () -> outcome.toString()).problem();
    assertEquals("margin_continuation_with_error.py", problem.path());
  }
}
