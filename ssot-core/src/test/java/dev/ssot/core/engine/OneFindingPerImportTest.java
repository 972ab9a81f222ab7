package dev.ssot.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.ImportMove;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One import is one finding: the stronger rule reports it, the other reason is its evidence. */
class OneFindingPerImportTest {

  private static final Location AT = new Location("a/B.java", 3, 1);

  private static Finding moving(String rule, Severity severity, String written, Location at) {
    RuleId id = new RuleId(rule);
    ImportMove move =
        new ImportMove(
            written, at, "a.Canonical", written, "a.Canonical", ImportMove.Safety.SAFE, null);
    return new Finding(
        id,
        severity,
        rule + " says move " + written,
        at,
        List.of(written),
        List.of(new Evidence.ImportOf(written, at)),
        Fingerprint.of(id, List.of(written), null),
        move,
        null);
  }

  @Test
  void theStrongerRuleReportsTheImportAndCarriesTheOtherReason() {
    Finding deprecated = moving("deprecated-import", Severity.INFO, "a.Old", AT);
    Finding nonCanonical = moving("non-canonical-import", Severity.WARNING, "a.Old", AT);
    List<Finding> merged = OneFindingPerImport.merge(List.of(deprecated, nonCanonical));
    assertEquals(1, merged.size());
    Finding kept = merged.get(0);
    assertEquals("non-canonical-import", kept.rule().value());
    assertEquals(nonCanonical.fingerprint(), kept.fingerprint());
    assertEquals(nonCanonical.move(), kept.move());
    assertEquals(
        List.of(
            new Evidence.ImportOf("a.Old", AT),
            new Evidence.AlsoFlagged("deprecated-import", "deprecated-import says move a.Old", AT)),
        kept.evidence());
  }

  @Test
  void otherImportsAndFindingsWithoutAMoveStayAsTheyAre() {
    Finding first = moving("deprecated-import", Severity.INFO, "a.Old", AT);
    Finding sameLineOtherName = moving("non-canonical-import", Severity.WARNING, "a.Other", AT);
    Finding elsewhere =
        moving("non-canonical-import", Severity.WARNING, "a.Old", new Location("a/C.java", 3, 1));
    RuleId cycle = new RuleId("import-cycle");
    Finding noMove =
        new Finding(
            cycle,
            Severity.ERROR,
            "cycle",
            AT,
            List.of("a"),
            List.of(),
            Fingerprint.of(cycle, List.of("a"), null));
    List<Finding> all = List.of(first, sameLineOtherName, elsewhere, noMove);
    assertEquals(all, OneFindingPerImport.merge(all));
  }

  @Test
  void atEqualSeverityTheFirstRuleIdWins() {
    Finding b = moving("b-rule", Severity.WARNING, "a.Old", AT);
    Finding a = moving("a-rule", Severity.WARNING, "a.Old", AT);
    List<Finding> merged = OneFindingPerImport.merge(List.of(b, a));
    assertEquals(1, merged.size());
    assertEquals("a-rule", merged.get(0).rule().value());
    assertEquals("b-rule", ((Evidence.AlsoFlagged) merged.get(0).evidence().get(1)).rule());
  }
}
