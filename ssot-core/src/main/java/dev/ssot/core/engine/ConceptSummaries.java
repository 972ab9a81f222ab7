package dev.ssot.core.engine;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.Concepts;
import dev.ssot.core.concept.TypeRole;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.graph.TypeUse;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.report.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns concepts into the report's migration-progress view. */
final class ConceptSummaries {

  private ConceptSummaries() {}

  /**
   * The concepts worth reporting: declared ones, ones with aliases or shims, and ones a finding is
   * about.
   */
  static List<Report.ConceptSummary> of(
      Concepts concepts, CodeGraph graph, List<Finding> findings) {
    Set<String> mentioned = new HashSet<>();
    findings.forEach(f -> mentioned.addAll(f.symbols()));
    List<Report.ConceptSummary> summaries = new ArrayList<>();
    for (Concept concept : concepts.all()) {
      boolean relevant =
          concept.declared()
              || !concept.reExports().isEmpty()
              || concept.memberNames().stream().anyMatch(mentioned::contains);
      if (relevant) {
        summaries.add(summarise(concept, graph));
      }
    }
    return summaries;
  }

  private static Report.ConceptSummary summarise(Concept concept, CodeGraph graph) {
    List<Report.Member> definitions = new ArrayList<>();
    for (TypeDecl definition : concept.definitions()) {
      definitions.add(
          new Report.Member(definition.qualifiedName(), "definition", null, definition.location()));
    }
    List<Report.Member> reExports = members(concept.reExports());
    reExports.addAll(moduleBindings(concept, graph));
    List<Report.Member> doubles = members(concept.testDoubles());
    Map<String, Integer> paths = new TreeMap<>();
    int canonical = 0;
    int total = 0;
    for (String member : concept.memberNames()) {
      for (TypeUse use : graph.usesOf(member)) {
        if (!use.kind().namesPath()) {
          continue;
        }
        // Where an import names the path it took (pkg.manager.WebSocketManager), the chain links it
        // to the class; elsewhere a use's path is the type itself.
        boolean namesPath =
            graph
                .file(use.fromFile())
                .map(f -> graph.traits(f.language()))
                .orElseThrow()
                .importsNameTheirPath();
        String path = namesPath ? use.written() : member;
        paths.merge(path, 1, Integer::sum);
        total++;
        if (path.equals(concept.canonicalImport())) {
          canonical++;
        }
      }
    }
    List<Report.PathCount> counts = new ArrayList<>();
    paths.forEach((path, count) -> counts.add(new Report.PathCount(path, count)));
    return new Report.ConceptSummary(
        concept.name(),
        concept.declared(),
        concept.canonical(),
        concept.canonicalImport(),
        definitions,
        reExports,
        doubles,
        counts,
        canonical,
        total);
  }

  /**
   * The module-level names that re-export a member of the concept: aliases ({@code X = Y}) and
   * re-exports (a package's import, a name in {@code __all__}), each at the binding's first hop.
   */
  private static List<Report.Member> moduleBindings(Concept concept, CodeGraph graph) {
    List<Report.Member> members = new ArrayList<>();
    graph
        .modules()
        .ifPresent(
            modules -> {
              for (String member : concept.memberNames()) {
                for (ModuleScope.Binding binding : modules.bindingsOf(member)) {
                  if (binding.resolution().chain().isEmpty()) {
                    continue; // the definition itself
                  }
                  ModuleScope.Hop first = binding.resolution().chain().get(0);
                  String role = first.how().startsWith("aliases") ? "alias" : "re-export";
                  members.add(new Report.Member(binding.path(), role, member, first.location()));
                }
              }
            });
    members.sort(java.util.Comparator.comparing(Report.Member::name));
    return members;
  }

  private static List<Report.Member> members(List<TypeRole> roles) {
    List<Report.Member> members = new ArrayList<>();
    for (TypeRole role : roles) {
      members.add(
          new Report.Member(role.name(), role.role().id(), role.target(), role.type().location()));
    }
    return members;
  }
}
