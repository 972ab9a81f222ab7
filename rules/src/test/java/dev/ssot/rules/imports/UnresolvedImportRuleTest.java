package dev.ssot.rules.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.finding.Finding;
import dev.ssot.rules.harness.MarkerHarness;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class UnresolvedImportRuleTest {

  @TestFactory
  Stream<DynamicTest> fixtures() {
    return MarkerHarness.casesOf("unresolved-import");
  }

  /**
   * Markers cannot state a severity: an import the code expects may fail — the try body and its
   * fallback under {@code except ImportError} (the fallback is for versions that lack the first) —
   * is a warning, the rest errors.
   */
  @Test
  void guardedImportsAndTheirFallbacksAreWarnings() {
    List<Finding> findings =
        Analysis.run(
                AnalysisRequest.builder(
                        MarkerHarness.FIXTURES.resolve(
                            "unresolved-import/guarded-import-is-a-warning"))
                    .select(List.of("unresolved-import"))
                    .build())
            .report()
            .findings();
    assertEquals(
        List.of(
            "app/serializer.py:2 warning [app.json_backend.fast_dumps]",
            "app/serializer.py:4 warning [app.json_backend.slow_dumps]",
            "app/serializer.py:9 warning [app.json_backend.loads]"),
        findings.stream()
            .map(
                f ->
                    f.location().path()
                        + ":"
                        + f.location().line()
                        + " "
                        + f.severity().id()
                        + " "
                        + f.symbols())
            .toList());
  }

  @Test
  void typeCheckingAndLazyImportsAreErrors() {
    List<Finding> findings =
        Analysis.run(
                AnalysisRequest.builder(
                        MarkerHarness.FIXTURES.resolve(
                            "unresolved-import/imports-inside-functions-and-under-type-checking-are-checked"))
                    .select(List.of("unresolved-import"))
                    .build())
            .report()
            .findings();
    assertEquals(
        List.of("4 error", "8 error", "14 error"),
        findings.stream().map(f -> f.location().line() + " " + f.severity().id()).toList());
  }
}
