package dev.ssot.rules.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.rules.harness.MarkerHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reactor modules the analysis cannot read: the build file is a problem, the rest goes on. */
class ReactorModulesTest {

  private static final Path MALFORMED = Path.of("src/test/resources/reactor/malformed-pom");

  @Test
  void aMalformedPomIsAParseProblemAndTheAnalysisFallsBackToTheOtherCriteria() {
    AnalysisResult result =
        Analysis.run(AnalysisRequest.builder(MALFORMED).select(List.of("duplicate-type")).build());

    List<ParseProblem> problems = result.report().parseProblems();
    assertEquals(1, problems.size(), problems.toString());
    ParseProblem problem = problems.get(0);
    assertEquals("app/pom.xml", problem.path());
    assertEquals(14, problem.line(), "the line of the unmatched end tag");
    assertTrue(problem.message().startsWith("not a readable Maven POM: "), problem.message());

    // without app's pom, app's files belong to the parent module: no module order, so the
    // finding is where the old criteria put it (the markers say where)
    List<Finding> findings = result.report().findings();
    assertEquals(List.of(), MarkerHarness.compare(MALFORMED, findings, "duplicate-type"::equals));
    assertEquals(4, result.report().summary().files(), "the pom is no source file");
  }
}
