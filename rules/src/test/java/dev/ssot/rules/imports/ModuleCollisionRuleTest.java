package dev.ssot.rules.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.rules.harness.MarkerHarness;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ModuleCollisionRuleTest {

  @TestFactory
  Stream<DynamicTest> fixtures() {
    return MarkerHarness.casesOf("module-collision");
  }

  private static List<Finding> findings(String fixtureCase) {
    return Analysis.run(
            AnalysisRequest.builder(
                    MarkerHarness.FIXTURES.resolve("module-collision/" + fixtureCase))
                .select(List.of("module-collision"))
                .build())
        .report()
        .findings();
  }

  @Test
  void aBackupSnapshotIsOneFindingNamingEveryCopyAsEvidence() {
    List<Finding> findings = findings("backup-snapshot-is-reported-once");
    assertEquals(1, findings.size(), findings::toString);
    Finding snapshot = findings.get(0);
    assertEquals(
        "directory backups/2024-01/ copies live modules: 3 of its files have the module names of"
            + " files outside it (app, app.models, app.views), and imports reach only those; a"
            + " backup snapshot? exclude it (exclude: \"backups/2024-01/**\")",
        snapshot.message());
    assertEquals(
        List.of(
            "backups/2024-01/app/__init__.py",
            "app/__init__.py",
            "backups/2024-01/app/models.py",
            "app/models.py",
            "backups/2024-01/app/views.py",
            "app/views.py"),
        snapshot.evidence().stream()
            .map(e -> ((Evidence.Definition) e).location().path())
            .toList());
  }

  @Test
  void aStandardLibraryNameNamesNoLinkedFile() {
    List<String> messages =
        findings("standard-library-name-at-a-root").stream().map(Finding::message).toList();
    assertEquals(
        List.of(
            "2 files (json/__init__.py, …) are modules of package json, but the standard library's"
                + " json is imported instead: an absolute import never reaches a local module of"
                + " that name; rename it or move it into a package",
            "logging.py is module logging, but the standard library's logging is imported"
                + " instead: an absolute import never reaches a local module of that name; rename"
                + " it or move it into a package"),
        messages);
  }

  @Test
  void theSnapshotDirectoryIsWhatPrecedesTheLivePath() {
    assertEquals(
        "backups/2024-01",
        ModuleCollisionRule.snapshotDirectory("backups/2024-01/app/x.py", "app/x.py"));
    assertNull(ModuleCollisionRule.snapshotDirectory("scripts/tool.py", "tool/__init__.py"));
    assertNull(ModuleCollisionRule.snapshotDirectory("myapp/x.py", "app/x.py"));
  }
}
