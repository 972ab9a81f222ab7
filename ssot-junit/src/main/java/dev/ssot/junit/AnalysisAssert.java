package dev.ssot.junit;

import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Report;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Assertions over one analysis; see {@link SsotAssertions#assertThat}. */
public final class AnalysisAssert {

  private final AnalysisResult result;

  AnalysisAssert(AnalysisResult result) {
    this.result = Objects.requireNonNull(result, "result");
  }

  /**
   * Fails when the given rules (every rule that ran, when none are given) reported findings that a
   * baseline, if one was used, does not hold. A rule id that did not run is a mistake in the test
   * and fails with the ids that did.
   */
  public AnalysisAssert hasNoFindings(String... rules) {
    Set<String> ran =
        result.report().rules().stream()
            .map(Report.RuleInfo::id)
            .collect(Collectors.toCollection(TreeSet::new));
    for (String rule : rules) {
      if (!ran.contains(rule)) {
        throw new IllegalArgumentException(
            "rule '" + rule + "' did not run; the rules that ran: " + String.join(", ", ran));
      }
    }
    Set<String> selected = rules.length == 0 ? ran : Set.of(rules);
    List<Finding> findings =
        result.report().newFindings().stream()
            .filter(f -> selected.contains(f.rule().value()))
            .toList();
    if (!findings.isEmpty()) {
      throw new AssertionError(
          "ssot found "
              + findings.size()
              + (findings.size() == 1 ? " finding" : " findings")
              + (rules.length == 0 ? "" : " of " + String.join(", ", rules))
              + " in "
              + result.root()
              + ":\n\n"
              + TextFindings.render(result, findings));
    }
    return this;
  }

  /** Fails when a file could not be parsed (the rest of the project was still analysed). */
  public AnalysisAssert hasNoParseProblems() {
    List<ParseProblem> problems = result.report().parseProblems();
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "ssot could not parse "
              + problems.size()
              + (problems.size() == 1 ? " file" : " files")
              + ":\n"
              + problems.stream()
                  .map(
                      p ->
                          "  "
                              + p.path()
                              + (p.line() > 0 ? ":" + p.line() : "")
                              + ": "
                              + p.message())
                  .collect(Collectors.joining("\n")));
    }
    return this;
  }

  /** The result under test, for further assertions. */
  public AnalysisResult result() {
    return result;
  }
}
