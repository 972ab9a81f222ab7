package dev.ssot.core.engine;

import dev.ssot.core.config.RuleSettings;
import dev.ssot.core.config.SsotConfig;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.parse.SourceSet;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.baseline.Baseline;
import dev.ssot.core.rule.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last stage: the report model every writer renders (the rules that ran, the findings, parse
 * problems, concept summaries, counts and timings), compared with the baseline when there is one.
 */
final class ReportAssembly {

  private ReportAssembly() {}

  /**
   * The report of one analysis.
   *
   * @throws AnalysisException when the baseline cannot be read, or a strict comparison has none
   */
  static Report assemble(
      AnalysisRequest request,
      Path root,
      SsotConfig config,
      SourceSet sources,
      ParseStage.Parsed parsed,
      CodeGraph graph,
      ConceptSupplier concepts,
      List<RuleDescriptor> selected,
      List<Finding> findings,
      Map<String, Long> timing) {
    Report report =
        new Report(
            Report.SCHEMA_VERSION,
            new Report.Tool("ssot", ToolVersion.get()),
            selected.stream()
                .map(
                    r ->
                        new Report.RuleInfo(
                            r.id().value(),
                            r.summary(),
                            config
                                .settingsOf(r.id().value())
                                .map(RuleSettings::severity)
                                .orElse(r.severity()),
                            r.category().name().toLowerCase(java.util.Locale.ROOT),
                            r.documentation().orElse(null)))
                .toList(),
            findings,
            parsed.problems(),
            concepts.built() ? ConceptSummaries.of(concepts.get(), graph, findings) : List.of(),
            summarise(sources, parsed.facts(), parsed.problems(), findings, selected),
            timing);
    report =
        report
            .withSkipped(sources.skipped(), sources.ruleReasons())
            .withCopiedDirectories(CopiedDirectories.of(parsed.facts(), findings))
            .withConfig(Analysis.configShown(config, root))
            .withModuleRoots(parsed.inferredRoots());
    Path baseline = request.baseline() != null ? request.baseline() : config.baseline();
    if (baseline != null) {
      String shown =
          request.baseline() != null
              ? request.baseline().toString()
              : root.relativize(baseline).toString();
      report =
          report.withBaseline(
              readBaseline(baseline).compare(findings, shown, request.strictBaseline()));
    } else if (request.strictBaseline()) {
      throw new AnalysisException(
          "a strict baseline needs a baseline: --baseline FILE, or baseline: in the config");
    }
    return report;
  }

  private static Baseline readBaseline(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new AnalysisException(
          file + ": baseline file not found (write one with 'ssot baseline')");
    }
    try {
      return Baseline.read(file);
    } catch (IllegalArgumentException e) {
      throw new AnalysisException(e.getMessage());
    } catch (IOException e) {
      throw new AnalysisException(file + ": cannot read the baseline: " + e.getMessage());
    }
  }

  private static Report.Summary summarise(
      SourceSet sources,
      List<FileFacts> facts,
      List<ParseProblem> problems,
      List<Finding> findings,
      List<RuleDescriptor> selected) {
    long lines = 0;
    int types = 0;
    for (FileFacts file : facts) {
      lines += file.lines();
      types += file.types().size();
    }
    Map<String, Integer> bySeverity = new TreeMap<>();
    for (Severity severity : Severity.values()) {
      bySeverity.put(severity.id(), 0);
    }
    Map<String, Integer> byRule = new TreeMap<>();
    selected.forEach(r -> byRule.put(r.id().value(), 0));
    for (Finding finding : findings) {
      bySeverity.merge(finding.severity().id(), 1, Integer::sum);
      byRule.merge(finding.rule().value(), 1, Integer::sum);
    }
    return new Report.Summary(
        sources.files().size(), lines, types, problems.size(), findings.size(), bySeverity, byRule);
  }
}
