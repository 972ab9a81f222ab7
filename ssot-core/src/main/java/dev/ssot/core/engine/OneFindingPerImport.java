package dev.ssot.core.engine;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.ImportMove;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One import is one finding: when several rules ask to move the same import (the same path written
 * at the same place, e.g. one import that is both deprecated and off the canonical path), the
 * strongest of them reports it — the highest severity, then the first rule id — and each other
 * reason becomes an {@link Evidence.AlsoFlagged} of that finding. Findings without an import move
 * are left as they are.
 */
final class OneFindingPerImport {

  private static final Comparator<Finding> STRONGEST =
      Comparator.comparing(Finding::severity).thenComparing(Finding::rule);

  private OneFindingPerImport() {}

  /** The findings with each import's findings folded into one, in the order given. */
  static List<Finding> merge(List<Finding> findings) {
    Map<Object, List<Finding>> byImport = new LinkedHashMap<>();
    for (Finding finding : findings) {
      ImportMove move = finding.move();
      Object key =
          move == null
              ? new Object() // its own group
              : List.of(finding.location(), move.written());
      byImport.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
    }
    List<Finding> merged = new ArrayList<>(findings.size());
    for (List<Finding> group : byImport.values()) {
      if (group.size() == 1) {
        merged.add(group.get(0));
        continue;
      }
      Finding strongest = group.stream().min(STRONGEST).orElseThrow();
      List<Evidence> evidence = new ArrayList<>(strongest.evidence());
      group.stream()
          .filter(f -> f != strongest)
          .filter(f -> !Objects.equals(f.rule(), strongest.rule()))
          .sorted(STRONGEST)
          .forEach(
              f ->
                  evidence.add(
                      new Evidence.AlsoFlagged(f.rule().value(), f.message(), f.location())));
      group.stream()
          .filter(f -> f != strongest && Objects.equals(f.rule(), strongest.rule()))
          .forEach(merged::add); // the same rule twice on one import: both stay, as before
      merged.add(
          new Finding(
              strongest.rule(),
              strongest.severity(),
              strongest.message(),
              strongest.location(),
              strongest.symbols(),
              evidence,
              strongest.fingerprint(),
              strongest.move(),
              strongest.fix()));
    }
    return merged;
  }
}
