package dev.ssot.rules.cycles;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.Dependency;
import dev.ssot.core.graph.Level;
import dev.ssot.core.graph.LoadVerdict;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.Location;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * Flags each strongly connected component of the package (or type) dependency graph: one finding
 * per component, not one per cycle. The message shows the component's shortest cycle starting at
 * its smallest member and a suggested cut; the evidence lists each edge of that cycle with its
 * imports (capped) and every edge of the cut. See {@code docs/rules/import-cycle.md}.
 */
@RuleDefinition(
    id = "import-cycle",
    summary = "Packages or modules depend on each other in a cycle",
    severity = Severity.ERROR,
    category = Category.ARCHITECTURE,
    options = ImportCycleOptions.class)
public final class ImportCycleRule implements Rule {

  private static final int CUTS_IN_MESSAGE = 3;

  @Override
  public void check(RuleContext context, FindingSink findings) {
    ImportCycleOptions options = context.options(ImportCycleOptions.class);
    Level level = options.level();
    CodeGraph graph = context.graph();
    for (SortedSet<String> component : graph.stronglyConnectedComponents(level)) {
      boolean modules =
          level != Level.TYPE
              && graph
                  .modules()
                  .map(scope -> component.stream().allMatch(scope::hasModule))
                  .orElse(false);
      String noun = level == Level.TYPE ? "types" : modules ? "modules" : "packages";
      List<String> cycle = graph.shortestCycleIn(level, component);
      List<Evidence> evidence = new ArrayList<>();
      for (int i = 0; i + 1 < cycle.size(); i++) {
        Dependency edge = graph.dependency(level, cycle.get(i), cycle.get(i + 1)).orElseThrow();
        List<Location> shown =
            edge.evidence().subList(0, Math.min(options.evidencePerEdge(), edge.weight()));
        evidence.add(
            new Evidence.CycleEdge(
                edge.from(),
                edge.to(),
                edge.evidence().get(0),
                shown,
                edge.weight() - shown.size()));
      }
      List<Dependency> cut = graph.suggestedCut(level, component);
      for (Dependency edge : cut) {
        evidence.add(
            new Evidence.SuggestedCut(
                edge.from(), edge.to(), edge.evidence().get(0), edge.weight()));
      }
      String path = String.join(" -> ", cycle);
      String kind = modules && level == Level.PACKAGE ? "import-time cycle" : "import cycle";
      LoadVerdict verdict =
          modules && level == Level.PACKAGE
              ? graph.modules().flatMap(scope -> scope.loadVerdict(component)).orElse(null)
              : null;
      if (verdict != null && !verdict.entries().isEmpty()) {
        reportVerdict(
            graph, component, verdict, path, cycle.size() - 1, cut, evidence, options, findings);
        continue;
      }
      String scope =
          component.size() == cycle.size() - 1
              ? component.size() + " " + noun + " form an " + kind + ": " + path
              : component.size()
                  + " "
                  + noun
                  + " are tangled in "
                  + kind
                  + "s; the shortest: "
                  + path;
      findings
          .at(evidence.get(0).location())
          .message(scope + "; suggested cut: " + describeCut(cut))
          .symbols(List.copyOf(component))
          .evidence(evidence)
          .report();
    }
  }

  /**
   * An import-time cycle whose loading the language replayed: an error when importing some member
   * first fails (at the failing statement), else at most {@code toleratedSeverity}.
   */
  private static void reportVerdict(
      CodeGraph graph,
      SortedSet<String> component,
      LoadVerdict verdict,
      String path,
      int cycleLength,
      List<Dependency> cut,
      List<Evidence> evidence,
      ImportCycleOptions options,
      FindingSink findings) {
    ModuleScope scope = graph.modules().orElseThrow();
    LoadVerdict.Entry first = null;
    List<String> breaking = new ArrayList<>();
    for (LoadVerdict.Entry entry : verdict.entries()) {
      if (entry.breaks()) {
        breaking.add(entry.module());
        if (first == null) {
          first = entry;
        }
      }
      evidence.add(entryEvidence(scope, entry));
    }
    String shape =
        component.size() == cycleLength
            ? component.size() + " modules form an import-time cycle: " + path
            : component.size()
                + " modules are tangled in import-time cycles; the shortest: "
                + path;
    String suggestion = "; suggested cut: " + describeCut(cut);
    List<String> symbols = List.copyOf(component);
    if (first != null) {
      LoadVerdict.Failure failure = first.failure();
      String others =
          breaking.size() == 1
              ? ""
              : " (" + (breaking.size() - 1) + " more fail when imported first)";
      String message =
          shape
              + "; it breaks: importing "
              + first.module()
              + " first fails at `"
              + failure.statement()
              + "`, which runs while "
              + failure.partial()
              + " is partially initialised and has not bound "
              + failure.name()
              + " yet"
              + (failure.boundAt() == null ? "" : " (it does at " + failure.boundAt() + ")")
              + others
              + suggestion;
      findings.at(failure.location()).message(message).symbols(symbols).evidence(evidence).report();
      return;
    }
    if (verdict.entries().size() < component.size()) {
      findings
          .at(evidence.get(0).location())
          .message(
              shape
                  + "; "
                  + verdict.entries().size()
                  + " of "
                  + component.size()
                  + " modules were replayed as the first import, all without failing, before the"
                  + " replay stopped"
                  + suggestion)
          .symbols(symbols)
          .evidence(evidence)
          .report();
      return;
    }
    findings
        .at(evidence.get(0).location())
        .message(shape + "; it is tolerated (importing any of them first succeeds)" + suggestion)
        .symbols(symbols)
        .evidence(evidence)
        .atMost(options.toleratedSeverity())
        .report();
  }

  private static Evidence entryEvidence(ModuleScope scope, LoadVerdict.Entry entry) {
    LoadVerdict.Failure failure = entry.failure();
    if (failure == null) {
      String file = scope.module(entry.module()).map(FileFacts::path).orElse(entry.module());
      return new Evidence.CycleEntry(
          entry.module(), false, null, null, null, List.of(), new Location(file, 1, 1));
    }
    List<Evidence.ChainLink> chain =
        failure.chain().stream()
            .map(link -> new Evidence.ChainLink(link.module(), link.location()))
            .toList();
    return new Evidence.CycleEntry(
        entry.module(),
        true,
        failure.statement(),
        failure.partial(),
        failure.name(),
        chain,
        failure.location());
  }

  private static String describeCut(List<Dependency> cut) {
    String shown =
        cut.stream()
            .limit(CUTS_IN_MESSAGE)
            .map(
                edge ->
                    edge.from()
                        + " -> "
                        + edge.to()
                        + " ("
                        + edge.weight()
                        + (edge.weight() == 1 ? " import)" : " imports)"))
            .collect(Collectors.joining(", "));
    return cut.size() > CUTS_IN_MESSAGE
        ? shown + " and " + (cut.size() - CUTS_IN_MESSAGE) + " more"
        : shown;
  }
}
