package dev.ssot.core.engine;

import dev.ssot.core.concept.Concepts;
import dev.ssot.core.config.RuleSettings;
import dev.ssot.core.config.SsotConfig;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.lang.Languages;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDescriptor;
import dev.ssot.core.rule.SuppressionUse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The check stage: the selected rules run over the graph, then suppressions are applied, then the
 * rules that review suppressions run; the engine adds each finding's rule id, effective severity
 * and fingerprint, folds the findings of one import into one ({@link OneFindingPerImport}), sorts
 * the findings and attaches the fixes {@code ssot fix} would make.
 */
final class CheckStage {

  private CheckStage() {}

  /** The sorted findings of the selected rules, suppressed ones removed. */
  static List<Finding> run(
      Path root,
      SsotConfig config,
      Languages languages,
      CodeGraph graph,
      ConceptSupplier concepts,
      RuleRegistry registry,
      List<RuleDescriptor> selected,
      RuleOptions options) {
    if (!config.concepts().isEmpty()) {
      concepts.get(); // unmatched declarations are config errors, reported before any finding
    }
    List<Finding> findings = new ArrayList<>();
    for (RuleDescriptor rule : selected) {
      if (!rule.reviewsSuppressions()) {
        runRule(rule, severityOf(rule, config), graph, concepts, List.of(), options, findings);
      }
    }
    List<SuppressionUse> suppressionUses = Suppressions.apply(graph, findings, registry, selected);
    for (RuleDescriptor rule : selected) {
      if (rule.reviewsSuppressions()) {
        runRule(
            rule, severityOf(rule, config), graph, concepts, suppressionUses, options, findings);
      }
    }
    List<Finding> merged = OneFindingPerImport.merge(findings);
    findings.clear();
    findings.addAll(merged);
    findings.sort(Finding.ORDER);
    Fixes.attach(root, findings, graph, languages);
    return findings;
  }

  private static Severity severityOf(RuleDescriptor rule, SsotConfig config) {
    Severity configured =
        config.settingsOf(rule.id().value()).map(RuleSettings::severity).orElse(null);
    return configured == null ? rule.severity() : configured;
  }

  private static void runRule(
      RuleDescriptor rule,
      Severity severity,
      CodeGraph graph,
      ConceptSupplier concepts,
      List<SuppressionUse> suppressions,
      RuleOptions options,
      List<Finding> findings) {
    RuleContext context =
        new RuleContext() {
          @Override
          public CodeGraph graph() {
            return graph;
          }

          @Override
          public Concepts concepts() {
            return concepts.get();
          }

          @Override
          public List<SuppressionUse> suppressions() {
            return suppressions;
          }

          @Override
          public <T extends Record> T options(Class<T> type) {
            return options.of(rule, type);
          }
        };
    FindingSink sink =
        reported -> {
          List<String> sortedSymbols = reported.symbols().stream().sorted().distinct().toList();
          Severity atMost = reported.atMost();
          Severity effective =
              atMost != null && atMost.compareTo(severity) > 0 ? atMost : severity; // less only
          findings.add(
              new Finding(
                  rule.id(),
                  effective,
                  reported.message(),
                  reported.location(),
                  sortedSymbols,
                  reported.evidence(),
                  Fingerprint.of(rule.id(), sortedSymbols, reported.subject()),
                  reported.move(),
                  null));
        };
    try {
      rule.rule().check(context, sink);
    } catch (RuntimeException e) {
      throw new RuleFailedException(rule.id().value(), e);
    }
  }
}
