package dev.ssot.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.config.ConfigException;
import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.json.JsonReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {

  private static final Path TANGLE = Path.of("src/test/resources/graph/tangle");

  @TempDir Path dir;

  private static String json(AnalysisResult result) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReportWriter().write(result.report(), result.root(), out);
    return out.toString().replaceAll("(?s)\"timing\" : \\{.*?}", "\"timing\" : {}");
  }

  @Test
  void runsTheDefaultRulesAndSummarises() {
    AnalysisResult result = Analysis.run(AnalysisRequest.builder(TANGLE).build());
    Report report = result.report();
    assertEquals(
        List.of("package-listing"),
        report.rules().stream().map(Report.RuleInfo::id).toList(),
        "exploding is off by default");
    assertEquals(5, report.findings().size());
    assertEquals(6, report.summary().files());
    assertEquals(7, report.summary().types());
    assertEquals(5, report.summary().findingsBySeverity().get("info"));
    assertEquals(5, report.summary().findingsByRule().get("package-listing"));
    assertFalse(result.failed(), "info findings do not fail at the default level");
    assertTrue(report.timing().containsKey("totalMillis"));
  }

  @Test
  void theSameTreeGivesByteIdenticalJson() throws IOException {
    String first = json(Analysis.run(AnalysisRequest.builder(TANGLE).parallelism(1).build()));
    String second = json(Analysis.run(AnalysisRequest.builder(TANGLE).parallelism(4).build()));
    assertEquals(first, second);
  }

  @Test
  void progressCountsEveryFileOnceInOrderFromEveryParserThread() {
    List<String> calls = new java.util.ArrayList<>();
    Analysis.run(
        AnalysisRequest.builder(TANGLE)
            .parallelism(4)
            .progress((done, total) -> calls.add(done + "/" + total))
            .build());
    assertEquals(List.of("0/6", "1/6", "2/6", "3/6", "4/6", "5/6", "6/6"), calls);
  }

  @Test
  void aFileThatDoesNotParseIsReportedAndTheRestAnalysed() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/Good.java"), "package a;\nclass Good {}\n");
    Files.writeString(dir.resolve("a/Bad.java"), "package a;\n\nclass Bad {\n  void x( {\n}\n");
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/Other.java"), "package b;\nclass Other {}\n");
    Report report = Analysis.run(AnalysisRequest.builder(dir).build()).report();
    assertEquals(
        List.of(new ParseProblem("a/Bad.java", 4, "Parse error. Found \"{\"")),
        report.parseProblems());
    assertEquals(3, report.summary().files());
    assertEquals(2, report.summary().types());
    assertEquals(
        List.of("a", "b"), report.findings().stream().flatMap(f -> f.symbols().stream()).toList());
  }

  @Test
  void configSetsSeverityOptionsAndFailLevel() throws IOException {
    Path config = dir.resolve("ssot.yaml");
    Files.writeString(
        config, "rules:\n  package-listing: { severity: error, minFiles: 2 }\nfailOn: warning\n");
    AnalysisResult result = Analysis.run(AnalysisRequest.builder(TANGLE).config(config).build());
    List<Finding> findings = result.report().findings();
    assertEquals(
        List.of("com.acme.b"), findings.stream().flatMap(f -> f.symbols().stream()).toList());
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertEquals(FailLevel.WARNING, result.failOn());
    assertTrue(result.failed());
    AnalysisResult never =
        Analysis.run(
            AnalysisRequest.builder(TANGLE).config(config).failOn(FailLevel.NEVER).build());
    assertFalse(never.failed(), "the request overrides the config");
  }

  @Test
  void findsTheConfigInTheRoot() throws IOException {
    Files.writeString(dir.resolve("X.java"), "class X {}\n");
    Files.writeString(dir.resolve("ssot.yaml"), "rules:\n  package-listing: { enabled: false }\n");
    assertEquals(List.of(), Analysis.run(AnalysisRequest.builder(dir).build()).report().rules());
  }

  @Test
  void selectAndIgnoreChooseRules() {
    Report selected =
        Analysis.run(
                AnalysisRequest.builder(TANGLE)
                    .select(List.of("exploding"))
                    .ignore(List.of("exploding"))
                    .build())
            .report();
    assertEquals(List.of(), selected.rules());
    AnalysisException unknown =
        assertThrows(
            AnalysisException.class,
            () ->
                Analysis.run(
                    AnalysisRequest.builder(TANGLE).select(List.of("no-such-rule")).build()));
    assertTrue(unknown.getMessage().contains("unknown rule 'no-such-rule'"), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("package-listing"), "lists the known rules");
  }

  @Test
  void unknownRuleInConfigNamesKeyAndLine() throws IOException {
    Path config = dir.resolve("ssot.yaml");
    Files.writeString(config, "failOn: error\nrules:\n  import-cycles: { level: package }\n");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> Analysis.run(AnalysisRequest.builder(TANGLE).config(config).build()));
    assertEquals("rules.import-cycles", e.key());
    assertEquals(3, e.line());
  }

  @Test
  void aThrowingRuleIsAnInternalError() {
    RuleFailedException e =
        assertThrows(
            RuleFailedException.class,
            () ->
                Analysis.run(AnalysisRequest.builder(TANGLE).select(List.of("exploding")).build()));
    assertEquals("exploding", e.ruleId());
  }

  @Test
  void aMissingRootOrConfigIsAUsageError() {
    assertThrows(
        AnalysisException.class,
        () -> Analysis.run(AnalysisRequest.builder(dir.resolve("nope")).build()));
    assertThrows(
        ConfigException.class,
        () ->
            Analysis.run(AnalysisRequest.builder(TANGLE).config(dir.resolve("nope.yaml")).build()));
  }

  @Test
  void anEmptyTreeIsClean() {
    AnalysisResult result = Analysis.run(AnalysisRequest.builder(dir).build());
    assertEquals(0, result.report().summary().files());
    assertFalse(result.failed());
  }
}
