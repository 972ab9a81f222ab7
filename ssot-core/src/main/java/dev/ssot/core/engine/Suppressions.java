package dev.ssot.core.engine;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.Suppression;
import dev.ssot.core.rule.RuleDescriptor;
import dev.ssot.core.rule.SuppressionUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Applies the suppressions written in source to the findings and records which were used. */
final class Suppressions {

  private Suppressions() {}

  /** Removes suppressed findings from {@code findings} and returns every suppression's fate. */
  static List<SuppressionUse> apply(
      CodeGraph graph,
      List<Finding> findings,
      RuleRegistry registry,
      List<RuleDescriptor> selected) {
    Map<String, List<Suppression>> byPath = new HashMap<>();
    List<Suppression> all = new ArrayList<>();
    for (FileFacts file : graph.files()) {
      if (!file.suppressions().isEmpty()) {
        byPath.put(file.path(), file.suppressions());
        all.addAll(file.suppressions());
      }
    }
    if (all.isEmpty()) {
      return List.of();
    }
    Map<Suppression, Boolean> used = new IdentityHashMap<>();
    for (Iterator<Finding> it = findings.iterator(); it.hasNext(); ) {
      Finding finding = it.next();
      boolean suppressed = false;
      for (Suppression suppression : byPath.getOrDefault(finding.location().path(), List.of())) {
        if (suppression.ruleId().equals(finding.rule().value())
            && suppression.covers(finding.location())) {
          used.put(suppression, Boolean.TRUE);
          suppressed = true;
        }
      }
      if (suppressed) {
        it.remove();
      }
    }
    Set<String> ran = selected.stream().map(r -> r.id().value()).collect(Collectors.toSet());
    List<SuppressionUse> uses = new ArrayList<>();
    for (Suppression suppression : all) {
      uses.add(
          new SuppressionUse(
              suppression,
              registry.find(suppression.ruleId()).isPresent(),
              ran.contains(suppression.ruleId()),
              used.containsKey(suppression)));
    }
    return uses;
  }
}
