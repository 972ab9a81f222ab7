package com.acme.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.finding.Finding;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** ssot finds nothing in this module: every concept is defined once and imported from one path. */
class SsotComplianceTest {

  @Test
  void thisModuleHasNoFindingsAndParsesCompletely() {
    AnalysisResult result = Analysis.run(AnalysisRequest.builder(Path.of("")).build());

    assertTrue(result.report().findings().isEmpty(), () -> result.report().findings().stream()
        .map(SsotComplianceTest::describe)
        .collect(Collectors.joining("\n", "ssot findings:\n", "")));
    assertEquals(java.util.List.of(), result.report().parseProblems(), "files ssot could not parse");
    assertTrue(result.report().concepts().stream().anyMatch(c -> c.canonical().equals("com.acme.ws.WebSocketManager")),
        () -> "the declared concepts were not read from ssot.yaml: " + result.report().concepts());
  }

  private static String describe(Finding finding) {
    return finding.location().path() + ":" + finding.location().line() + ": " + finding.severity() + ": "
        + finding.message() + " [" + finding.rule().value() + "]";
  }
}
