package dev.ssot.rules.suppressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.report.Report;
import dev.ssot.rules.harness.MarkerHarness;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class UnusedSuppressionRuleTest {

  @TestFactory
  Stream<DynamicTest> fixtures() {
    return MarkerHarness.casesOf("unused-suppression");
  }

  @Test
  void suppressedFindingsLeaveTheReport() {
    Report report =
        Analysis.run(
                AnalysisRequest.builder(
                        MarkerHarness.FIXTURES.resolve(
                            "unused-suppression/used-suppressions-are-not-flagged"))
                    .build())
            .report();
    assertEquals(0, report.findings().size(), report.findings().toString());
    Report unsuppressed =
        Analysis.run(
                AnalysisRequest.builder(
                        MarkerHarness.FIXTURES.resolve(
                            "unused-suppression/used-suppressions-are-not-flagged"))
                    .select(java.util.List.of("import-cycle", "duplicate-type"))
                    .build())
            .report();
    assertEquals(0, unsuppressed.findings().size(), "suppressions apply whatever the selection");
  }
}
