package dev.ssot.core.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text report: most important first, capped per rule, a caret, quiet, colour, statistics. */
class TextReportWriterTest {

  @TempDir Path root;

  @BeforeEach
  void sources() throws IOException {
    Files.createDirectories(root.resolve("app"));
    Files.writeString(root.resolve("app/ws.py"), "import os\nclass WebSocketManager:\n    pass\n");
  }

  private static final List<Report.RuleInfo> RULES =
      List.of(
          new Report.RuleInfo(
              "drifting-test-double", "A test double drifts", Severity.WARNING, "testing"),
          new Report.RuleInfo("duplicate-type", "Defined twice", Severity.ERROR, "duplication"),
          new Report.RuleInfo("import-cycle", "A cycle", Severity.ERROR, "architecture"),
          new Report.RuleInfo("unresolved-import", "Not there", Severity.ERROR, "imports"));

  private static Finding finding(
      String rule, Severity severity, int line, List<Evidence> evidence) {
    RuleId id = new RuleId(rule);
    return new Finding(
        id,
        severity,
        rule + " message " + line,
        new Location("app/ws.py", line, line == 2 ? 7 : 1),
        List.of("s" + line),
        evidence,
        Fingerprint.of(id, List.of("s" + line), null));
  }

  private static Report report(List<Finding> findings) {
    return new Report(
        Report.SCHEMA_VERSION,
        new Report.Tool("ssot", "test"),
        RULES,
        findings,
        List.of(),
        List.of(),
        new Report.Summary(1, 3, 1, 0, findings.size(), Map.of(), Map.of()),
        Map.of());
  }

  private String write(Report report, TextReportWriter.Options options) throws IOException {
    StringWriter out = new StringWriter();
    new TextReportWriter(options).write(report, root, out);
    return out.toString();
  }

  @Test
  void errorsComeFirstAndDuplicatesBeforeCyclesBeforeImportsBeforeTestDoubles() throws IOException {
    List<Finding> findings = new ArrayList<>();
    findings.add(finding("drifting-test-double", Severity.WARNING, 1, List.of()));
    findings.add(finding("unresolved-import", Severity.ERROR, 1, List.of()));
    findings.add(finding("import-cycle", Severity.ERROR, 1, List.of()));
    findings.add(finding("duplicate-type", Severity.ERROR, 2, List.of()));
    String text = write(report(findings), TextReportWriter.Options.DEFAULT);
    int duplicate = text.indexOf("duplicate-type: Defined twice (1 finding)");
    int cycle = text.indexOf("import-cycle: A cycle (1 finding)");
    int unresolved = text.indexOf("unresolved-import: Not there (1 finding)");
    int drifting = text.indexOf("drifting-test-double: A test double drifts (1 finding)");
    assertTrue(
        0 < duplicate && duplicate < cycle && cycle < unresolved && unresolved < drifting, text);
    assertTrue(
        text.startsWith("Summary: 4 findings by rule\n  error    1  duplicate-type  "), text);
  }

  @Test
  void findingsBeyondTheCapAreCountedAndTheCodeFrameHasACaret() throws IOException {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      findings.add(finding("duplicate-type", Severity.ERROR, 2, List.of()));
    }
    String text = write(report(findings), new TextReportWriter.Options(20, TextStyle.PLAIN, false));
    assertEquals(20, text.split("\\[duplicate-type]\n", -1).length - 1, text);
    assertTrue(
        text.contains(
            "… and 5 more duplicate-type: see the JSON report (-f json) or use --max-per-rule 0"),
        text);
    assertTrue(
        text.contains("  (at most 20 shown per rule below; --max-per-rule 0 shows all)"), text);
    assertTrue(text.contains("      2 | class WebSocketManager:\n" + "        |       ^\n"), text);
    String all = write(report(findings), TextReportWriter.Options.DEFAULT);
    assertEquals(25, all.split("\\[duplicate-type]\n", -1).length - 1);
    assertFalse(all.contains("more duplicate-type"));
  }

  @Test
  void suggestedCutsAreCappedLikeEvidence() throws IOException {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      evidence.add(new Evidence.SuggestedCut("p" + i, "q" + i, new Location("app/ws.py", 1, 1), 1));
    }
    String text =
        write(
            report(List.of(finding("import-cycle", Severity.ERROR, 1, evidence))),
            TextReportWriter.Options.DEFAULT);
    assertEquals(TextReportWriter.CUTS_SHOWN, text.split("suggested cut: ", -1).length - 1, text);
    assertTrue(text.contains("    … and 3 more cuts (all in the JSON report)\n"), text);
  }

  @Test
  void quietWritesOnlyTheFindings() throws IOException {
    String text =
        write(
            report(List.of(finding("duplicate-type", Severity.ERROR, 2, List.of()))),
            new TextReportWriter.Options(20, TextStyle.PLAIN, true));
    assertTrue(
        text.startsWith("app/ws.py:2:7: error: duplicate-type message 2 [duplicate-type]\n"), text);
    assertFalse(text.contains("Summary"), text);
    assertFalse(text.contains("ssot:"), text);
    assertFalse(text.contains("(1 finding)"), text);
  }

  @Test
  void aStyleMarksThePartsUpButNeverALineTheGuardChanges() throws IOException {
    TextStyle brackets = (role, text) -> "\u001B[1m" + text + "\u001B[0m";
    String text =
        write(
            report(List.of(finding("duplicate-type", Severity.ERROR, 2, List.of()))),
            new TextReportWriter.Options(0, brackets, false));
    assertTrue(text.contains("\u001B[1mapp/ws.py:2:7\u001B[0m: \u001B[1merror\u001B[0m: "), text);
    assertEquals(
        write(
            report(List.of(finding("duplicate-type", Severity.ERROR, 2, List.of()))),
            TextReportWriter.Options.DEFAULT),
        text.replaceAll("\u001B\\[[0-9;]*m", ""),
        "the markup adds nothing visible");

    RuleId rule = new RuleId("duplicate-type");
    Finding hostile =
        new Finding(
            rule,
            Severity.ERROR,
            "m",
            new Location("::error::x", 1, 1),
            List.of("s"),
            List.of(),
            Fingerprint.of(rule, List.of("s"), null));
    String guarded =
        write(report(List.of(hostile)), new TextReportWriter.Options(0, brackets, true));
    assertTrue(guarded.startsWith("\\u003A:error::x:1:1: error: m [duplicate-type]\n"), guarded);
  }

  @Test
  void statisticsCountEachRuleTheMostFirst() throws IOException {
    List<Finding> findings = new ArrayList<>();
    findings.add(finding("duplicate-type", Severity.ERROR, 2, List.of()));
    for (int i = 0; i < 12; i++) {
      findings.add(finding("drifting-test-double", Severity.WARNING, 1, List.of()));
    }
    findings.add(finding("import-cycle", Severity.ERROR, 1, List.of()));
    StringWriter out = new StringWriter();
    new TextReportWriter().writeStatistics(report(findings), out);
    assertEquals(
        "12  drifting-test-double  warning  A test double drifts\n"
            + " 1  duplicate-type        error    Defined twice\n"
            + " 1  import-cycle          error    A cycle\n",
        out.toString());
  }

  @Test
  void copiedDirectoriesAreNamedWithTheirExclude() throws IOException {
    Report report =
        report(List.of(finding("duplicate-type", Severity.ERROR, 2, List.of())))
            .withCopiedDirectories(
                List.of(new Report.CopiedDirectory("backups/2024", ".", 40, 38, 120)));
    String text = write(report, TextReportWriter.Options.DEFAULT);
    assertTrue(
        text.contains(
            "  backups/2024/ copies the tree (38 of 40 files, 120 findings): add 'backups/2024/**' "
                + "to exclude: in the config, or pass --exclude 'backups/2024/**'\n"),
        text);
  }
}
