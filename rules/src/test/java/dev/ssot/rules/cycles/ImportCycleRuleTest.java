package dev.ssot.rules.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.model.Location;
import dev.ssot.rules.harness.MarkerHarness;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ImportCycleRuleTest {

  @TestFactory
  Stream<DynamicTest> fixtures() {
    return MarkerHarness.casesOf("import-cycle");
  }

  @Test
  void oneFindingPerComponentWithCappedEvidenceAndACut() {
    List<Finding> findings =
        Analysis.run(
                AnalysisRequest.builder(
                        MarkerHarness.FIXTURES.resolve("import-cycle/three-package-ring"))
                    .select(List.of("import-cycle"))
                    .build())
            .report()
            .findings();
    assertEquals(1, findings.size());
    Finding finding = findings.get(0);
    assertEquals(
        "3 packages form an import cycle: com.acme.a -> com.acme.b -> com.acme.c -> com.acme.a; "
            + "suggested cut: com.acme.b -> com.acme.c (1 import)",
        finding.message());
    assertEquals(List.of("com.acme.a", "com.acme.b", "com.acme.c"), finding.symbols());
    List<Evidence> evidence = finding.evidence();
    assertEquals(4, evidence.size());
    Evidence.CycleEdge heavy = (Evidence.CycleEdge) evidence.get(2);
    assertEquals("com.acme.c", heavy.from());
    assertEquals(3, heavy.locations().size(), "capped at evidencePerEdge");
    assertEquals(2, heavy.omitted());
    assertEquals(
        new Evidence.SuggestedCut(
            "com.acme.b", "com.acme.c", new Location("src/main/java/com/acme/b/B.java", 3, 1), 1),
        evidence.get(3));
  }

  @Test
  void fingerprintIgnoresLinesAndFollowsMembers() {
    Finding ring =
        Analysis.run(
                AnalysisRequest.builder(
                        MarkerHarness.FIXTURES.resolve("import-cycle/three-package-ring"))
                    .select(List.of("import-cycle"))
                    .build())
            .report()
            .findings()
            .get(0);
    Finding moved =
        Analysis.run(
                AnalysisRequest.builder(
                        MarkerHarness.FIXTURES.resolve("import-cycle/static-import-closes-cycle"))
                    .select(List.of("import-cycle"))
                    .build())
            .report()
            .findings()
            .get(0);
    assertEquals(32, ring.fingerprint().value().length());
    assertEquals(false, ring.fingerprint().equals(moved.fingerprint()));
  }
}
