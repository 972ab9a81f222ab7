package dev.ssot.rules.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.rules.harness.MarkerHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The replay of a Python import-time cycle agrees with Python: for each fixture, every member of
 * the cycle is imported first by the real {@code python3} (the fixtures only; ssot never runs the
 * code it analyses), and the members that raise {@code ImportError} are exactly those ssot says
 * break.
 */
class ImportCycleReplayTest {

  @ParameterizedTest
  @CsvSource({
    "init-reexport-cycle-is-tolerated, ''",
    "init-reexport-cycle-import-above-definition-breaks, shop shop.sites",
    "from-import-pair-breaks-for-one-entry-order, billing",
    "function-level-import-keeps-cycle-tolerated, ''"
  })
  void verdictPerEntryMatchesPython(String fixture, String breaking)
      throws IOException, InterruptedException {
    Path root = MarkerHarness.FIXTURES.resolve("import-cycle").resolve(fixture);
    List<Finding> findings =
        Analysis.run(AnalysisRequest.builder(root).select(List.of("import-cycle")).build())
            .report()
            .findings();
    assertEquals(1, findings.size(), findings.toString());
    Finding finding = findings.get(0);
    Map<String, Boolean> ssot = new TreeMap<>();
    for (Evidence evidence : finding.evidence()) {
      if (evidence instanceof Evidence.CycleEntry entry) {
        ssot.put(entry.entry(), entry.breaks());
      }
    }
    assertEquals(finding.symbols(), List.copyOf(ssot.keySet()), "every member is an entry");
    List<String> expected = breaking.isBlank() ? List.of() : List.of(breaking.split(" "));
    assertEquals(
        expected,
        ssot.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
    assertEquals(expected.isEmpty() ? Severity.INFO : Severity.ERROR, finding.severity());

    Assumptions.assumeTrue(
        python3() != null, "python3 is not on the PATH: the verdicts were not checked against it");
    for (String entry : ssot.keySet()) {
      Run run = importFirst(root, entry);
      assertEquals(
          ssot.get(entry),
          run.exit() != 0,
          "python3 -c 'import " + entry + "' in " + fixture + ":\n" + run.stderr());
      if (run.exit() != 0) {
        assertTrue(
            run.stderr().contains("ImportError") || run.stderr().contains("AttributeError"),
            run.stderr());
      }
    }
  }

  private record Run(int exit, String stderr) {}

  private static String python3() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "python3");
      if (java.nio.file.Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  /** {@code python3 -c "import entry"} with the fixture first on the path, writing no bytecode. */
  private static Run importFirst(Path root, String entry) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                python3(),
                "-B",
                "-I",
                "-c",
                "import sys; sys.path.insert(0, sys.argv[1]); import " + entry,
                root.toAbsolutePath().toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("python3 did not finish importing " + entry);
    }
    return new Run(process.exitValue(), stderr);
  }
}
