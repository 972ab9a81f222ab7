package dev.ssot.rules.testing;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.Concepts;
import dev.ssot.core.concept.TypeRole;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.MockDecl;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flags a test double of a concept that neither implements the canonical type's interfaces nor
 * extends the canonical type: the compiler cannot keep it in step, so it drifts. The finding lists
 * the canonical methods it already lacks. See {@code docs/rules/drifting-test-double.md}.
 */
@RuleDefinition(
    id = "drifting-test-double",
    summary = "A test double does not implement the API it stands in for",
    severity = Severity.WARNING,
    category = Category.TESTING)
public final class DriftingTestDoubleRule implements Rule {

  @Override
  public void check(RuleContext context, FindingSink findings) {
    Concepts concepts = context.concepts();
    for (Concept concept : concepts.all()) {
      TypeDecl canonical = context.graph().type(concept.canonical()).orElse(null);
      if (canonical == null || concept.testDoubles().isEmpty()) {
        continue;
      }
      Set<String> contract = new HashSet<>(concepts.ancestorsOf(canonical.qualifiedName()));
      contract.add(canonical.qualifiedName());
      contract.addAll(concept.memberNames());
      for (TypeRole role : concept.testDoubles()) {
        TypeDecl testDouble = role.type();
        Set<String> ancestors = concepts.ancestorsOf(testDouble.qualifiedName());
        if (ancestors.stream().anyMatch(contract::contains)) {
          continue;
        }
        if (!context.graph().traits(testDouble).overridesMarked()) {
          unmarkedDouble(context, concept, canonical, testDouble, findings);
          continue;
        }
        Set<String> missing = new TreeSet<>(Concepts.methodNames(canonical));
        missing.removeAll(Concepts.methodNames(testDouble));
        String message =
            "'"
                + testDouble.simpleName()
                + "' stands in for "
                + concept.canonical()
                + " but neither implements nor extends it, so nothing keeps it in step"
                + (missing.isEmpty() ? "" : "; it already lacks " + String.join(", ", missing));
        findings
            .at(testDouble.location())
            .message(message)
            .symbols(testDouble.qualifiedName(), concept.canonical())
            .evidence(
                new Evidence.Definition(concept.canonical(), canonical.location()),
                new Evidence.Definition(testDouble.qualifiedName(), testDouble.location()))
            .subject(testDouble.qualifiedName())
            .report();
      }
    }
    checkMocks(context, findings);
  }

  /**
   * Doubles built from a mocking library: {@code m = MagicMock(spec=WebSocketManager)}, or a mock
   * bound to a concept's name ({@code websocket_manager = MagicMock()}). Every attribute the test
   * configures or calls on it must exist on the canonical type (or its bases): a renamed method
   * otherwise keeps passing tests against the mock while production code breaks.
   */
  private static void checkMocks(RuleContext context, FindingSink findings) {
    CodeGraph graph = context.graph();
    ModuleScope modules = graph.modules().orElse(null);
    if (modules == null) {
      return;
    }
    Concepts concepts = context.concepts();
    Map<String, Concept> byName = new HashMap<>();
    for (Concept concept : concepts.all()) {
      byName.putIfAbsent(squash(concept.name()), concept);
    }
    for (FileFacts file : graph.files()) {
      if (file.module() == null || file.module().mocks().isEmpty()) {
        continue;
      }
      for (MockDecl mock : file.module().mocks()) {
        String stands = null;
        if (mock.spec() != null) {
          ModuleScope.Resolution spec = modules.resolveWritten(file.packageName(), mock.spec());
          if (spec.kind() == ModuleScope.Kind.CLASS) {
            stands =
                concepts.conceptOf(spec.target()).map(Concept::canonical).orElse(spec.target());
          }
        } else {
          String bound = mock.name().substring(mock.name().lastIndexOf('.') + 1);
          Concept concept =
              byName.get(squash(bound.replaceAll("^(mock|fake|stub)_|_(mock|fake|stub)$", "")));
          // A name alone is no evidence: `reader = Mock()` in an asyncio test is not docutils'
          // Reader. The test must import the concept (a definition, an alias or a re-export), or
          // config must declare it.
          if (concept != null
              && (concept.declared() || importsConcept(modules, concepts, file, concept))) {
            stands = concept.canonical();
          }
        }
        TypeDecl canonical = stands == null ? null : graph.type(stands).orElse(null);
        if (canonical == null
            || graph.file(canonical.location().path()).map(FileFacts::test).orElse(true)) {
          continue; // a spec declared in test sources (a sample class for the test) stands in for
          // no production API
        }
        Set<String> api = new HashSet<>(memberNames(canonical));
        for (String ancestor : concepts.ancestorsOf(canonical.qualifiedName())) {
          graph.type(ancestor).ifPresent(t -> api.addAll(memberNames(t)));
        }
        boolean externalBase =
            canonical.supertypes().size() > graph.supertypesOf(canonical.qualifiedName()).size();
        if (externalBase) {
          continue; // attributes may come from a base outside the analysed code
        }
        List<String> drift = mock.attributes().stream().filter(a -> !api.contains(a)).toList();
        if (drift.isEmpty()) {
          continue;
        }
        Location at = new Location(file.path(), mock.line(), mock.column());
        String message =
            "'"
                + mock.name()
                + "' ("
                + mock.factory()
                + (mock.spec() != null ? "(spec=" + mock.spec() + ")" : "()")
                + ") stands in for "
                + canonical.qualifiedName()
                + " but the test uses "
                + String.join(", ", drift)
                + ", which "
                + canonical.simpleName()
                + " does not have; the mock passes where the real object fails";
        findings
            .at(at)
            .message(message)
            .symbols(canonical.qualifiedName(), file.packageName() + "." + mock.name())
            .evidence(new Evidence.Definition(canonical.qualifiedName(), canonical.location()))
            .subject(mock.name())
            .report();
      }
    }
  }

  /**
   * Where overrides are not marked (dynamic languages), a stub implements only what its tests need,
   * so missing methods are no drift; a method the canonical type does not have is: the double
   * answers calls the real object cannot.
   */
  private static void unmarkedDouble(
      RuleContext context,
      Concept concept,
      TypeDecl canonical,
      TypeDecl testDouble,
      FindingSink findings) {
    CodeGraph graph = context.graph();
    if (!concept.declared() && concept.duplicates().isEmpty()) {
      return; // a stub named like an ordinary class is a test helper, not a second API to keep in
      // step
    }
    Set<String> api = new HashSet<>(memberNames(canonical));
    for (String ancestor : context.concepts().ancestorsOf(canonical.qualifiedName())) {
      graph.type(ancestor).ifPresent(t -> api.addAll(memberNames(t)));
    }
    for (String member : concept.memberNames()) {
      graph.type(member).ifPresent(t -> api.addAll(memberNames(t)));
    }
    if (canonical.supertypes().size() > graph.supertypesOf(canonical.qualifiedName()).size()) {
      return; // the canonical type inherits from outside the analysed code: its API is not all here
    }
    Set<String> extra = new TreeSet<>();
    for (dev.ssot.core.model.MethodDecl method : testDouble.methods()) {
      String name = method.name();
      if (method.isConstructor() || name.startsWith("_") || api.contains(name)) {
        continue;
      }
      extra.add(name);
    }
    if (extra.isEmpty()) {
      return;
    }
    String message =
        "'"
            + testDouble.simpleName()
            + "' stands in for "
            + concept.canonical()
            + " but has "
            + String.join(", ", extra)
            + ", which "
            + canonical.simpleName()
            + " does not; tests pass against an API production code cannot call";
    findings
        .at(testDouble.location())
        .message(message)
        .symbols(testDouble.qualifiedName(), concept.canonical())
        .evidence(
            new Evidence.Definition(concept.canonical(), canonical.location()),
            new Evidence.Definition(testDouble.qualifiedName(), testDouble.location()))
        .subject(testDouble.qualifiedName())
        .report();
  }

  /**
   * Whether the file imports a class of the concept: its canonical type, a definition or a
   * re-export.
   */
  private static boolean importsConcept(
      ModuleScope modules, Concepts concepts, FileFacts file, Concept concept) {
    for (dev.ssot.core.model.ImportRef imp : file.imports()) {
      if (!imp.fromImport() || imp.onDemand() || imp.member() == null) {
        continue;
      }
      ModuleScope.Resolution resolution = modules.lookupFrom(imp.name(), imp.member());
      if (resolution.kind() == ModuleScope.Kind.CLASS
          && (concept.memberNames().contains(resolution.target())
              || concepts
                  .conceptOf(resolution.target())
                  .map(c -> c.canonical().equals(concept.canonical()))
                  .orElse(false))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> memberNames(TypeDecl type) {
    Set<String> names = new HashSet<>(Concepts.methodNames(type));
    type.methods().forEach(m -> names.add(m.name()));
    type.fields().forEach(f -> names.add(f.name()));
    return names;
  }

  private static String squash(String name) {
    return name.replace("_", "").toLowerCase(java.util.Locale.ROOT);
  }
}
