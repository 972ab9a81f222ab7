package dev.ssot.core.report;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.ParseProblem;
import java.util.List;
import java.util.Map;

/**
 * The versioned result of one analysis, behind every output format. Everything except
 * {@link #timing()} is a pure function of the analysed tree and the configuration.
 *
 * @param schemaVersion the JSON report contract version
 * @param tool name and version of ssot
 * @param rules the rules that ran, sorted by id
 * @param findings sorted by path, line, column, rule id
 * @param parseProblems files that could not be analysed, sorted by path
 * @param summary counts
 * @param timing wall-clock milliseconds per phase; the only part that changes between runs
 */
public record Report(
    int schemaVersion,
    Tool tool,
    List<RuleInfo> rules,
    List<Finding> findings,
    List<ParseProblem> parseProblems,
    Summary summary,
    Map<String, Long> timing) {

  /** The JSON report contract implemented by this version. */
  public static final int SCHEMA_VERSION = 1;

  public Report {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    parseProblems = List.copyOf(parseProblems);
    timing = Map.copyOf(timing);
  }

  /** The tool that produced the report. */
  public record Tool(String name, String version) {}

  /** A rule that ran, with its effective severity. */
  public record RuleInfo(String id, String summary, Severity severity, String category) {}

  /**
   * Counts over the report.
   *
   * @param files files analysed (parsed or not)
   * @param lines lines in the files that parsed
   * @param types declared types, nested ones included
   * @param findingsBySeverity count per severity id, every severity present
   * @param findingsByRule count per rule id, every rule that ran present
   */
  public record Summary(
      int files,
      long lines,
      int types,
      int parseProblems,
      int findings,
      Map<String, Integer> findingsBySeverity,
      Map<String, Integer> findingsByRule) {

    public Summary {
      findingsBySeverity = Map.copyOf(findingsBySeverity);
      findingsByRule = Map.copyOf(findingsByRule);
    }
  }
}
