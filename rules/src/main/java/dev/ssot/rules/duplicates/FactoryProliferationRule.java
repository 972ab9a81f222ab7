package dev.ssot.rules.duplicates;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.Concepts;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Flags a concept that more than one type manufactures. A factory is a static method named {@code
 * create*}, {@code new*}, {@code get*Instance}, {@code of} or {@code for*}, or a method of a class
 * named {@code *Factory}, {@code *Provider} or {@code *Builder} named like a factory (also {@code
 * build*}, {@code make*}, {@code provide*}, {@code get}), whose return type is a member of the
 * concept; the concept's own types do not count (their static factories are constructors by another
 * name). Only declared concepts and concepts with duplicates or re-exports are checked. See {@code
 * docs/rules/factory-proliferation.md}.
 */
@RuleDefinition(
    id = "factory-proliferation",
    summary = "A concept is created by more than one factory",
    severity = Severity.WARNING,
    category = Category.DUPLICATION)
public final class FactoryProliferationRule implements Rule {

  private static final Pattern FACTORY_METHOD =
      Pattern.compile("create.*|new[A-Z].*|get.*Instance|of|for[A-Z].*");
  private static final Pattern FACTORY_CLASS_METHOD =
      Pattern.compile(
          "create.*|new[A-Z].*|get.*Instance|of|for[A-Z].*|build.*|make.*|provide.*|get");
  private static final Pattern FACTORY_CLASS = Pattern.compile(".*(Factory|Provider|Builder)");

  private record Factory(TypeDecl owner, MethodDecl method) {
    Location location() {
      return new Location(owner.location().path(), method.line(), 0);
    }
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    CodeGraph graph = context.graph();
    Concepts concepts = context.concepts();
    Map<Concept, TreeMap<String, List<Factory>>> sites = new HashMap<>();
    for (FileFacts file : graph.files()) {
      if (file.test()) {
        continue;
      }
      if (file.module() != null) {
        moduleFunctions(graph, concepts, file, sites);
      }
      for (TypeDecl owner : file.types()) {
        boolean factoryClass = FACTORY_CLASS.matcher(owner.simpleName()).matches();
        for (MethodDecl method : owner.methods()) {
          if (method.isConstructor()
              || method.returnType() == null
              || method.modifiers().contains("private")) {
            continue;
          }
          boolean named =
              method.modifiers().contains("static")
                  && FACTORY_METHOD.matcher(method.name()).matches();
          boolean factoryMethod =
              factoryClass && FACTORY_CLASS_METHOD.matcher(method.name()).matches();
          if (!named && !factoryMethod) {
            continue;
          }
          String produced = graph.resolve(owner, method.returnType()).orElse(null);
          Concept concept = produced == null ? null : concepts.conceptOf(produced).orElse(null);
          if (concept == null
              || !fragmented(concept)
              || concept.memberNames().contains(owner.topLevelName())
              || concept.memberNames().contains(owner.qualifiedName())) {
            continue;
          }
          sites
              .computeIfAbsent(concept, k -> new TreeMap<>())
              .computeIfAbsent(owner.qualifiedName(), k -> new ArrayList<>())
              .add(new Factory(owner, method));
        }
      }
    }
    for (Map.Entry<Concept, TreeMap<String, List<Factory>>> entry : sites.entrySet()) {
      report(graph, concepts, entry.getKey(), entry.getValue(), findings);
    }
  }

  private static final Pattern FACTORY_FUNCTION =
      Pattern.compile("(create|make|build|new|get|provide|obtain)_.*|get_.*_instance|.*_factory");

  /**
   * Module-level factory functions ({@code create_websocket_manager() -> WebSocketManager}): the
   * module stands as their owner.
   */
  private static void moduleFunctions(
      CodeGraph graph,
      Concepts concepts,
      FileFacts file,
      Map<Concept, TreeMap<String, List<Factory>>> sites) {
    dev.ssot.core.graph.ModuleScope modules = graph.modules().orElse(null);
    if (modules == null) {
      return;
    }
    String module = file.packageName();
    TypeDecl owner = null;
    for (MethodDecl function : file.module().functions()) {
      if (function.returnType() == null
          || function.name().startsWith("_")
          || !FACTORY_FUNCTION.matcher(function.name()).matches()) {
        continue;
      }
      String written =
          function
              .returnType()
              .replaceAll("^[\"']|[\"']$", "")
              .replaceAll("^Optional\\[(.*)\\]$", "$1");
      dev.ssot.core.graph.ModuleScope.Resolution resolution =
          modules.resolveWritten(module, written);
      if (resolution.kind() != dev.ssot.core.graph.ModuleScope.Kind.CLASS) {
        continue;
      }
      Concept concept = concepts.conceptOf(resolution.target()).orElse(null);
      if (concept == null || !fragmented(concept)) {
        continue;
      }
      if (owner == null) {
        String simple = module.substring(module.lastIndexOf('.') + 1);
        owner =
            new TypeDecl(
                module,
                simple,
                dev.ssot.core.model.TypeKind.CLASS,
                Set.of("public"),
                List.of(),
                file.module().deprecated(),
                List.of(),
                new Location(file.path(), 1, 1),
                file.lines(),
                null,
                List.of(),
                List.of());
      }
      sites
          .computeIfAbsent(concept, k -> new TreeMap<>())
          .computeIfAbsent(module, k -> new ArrayList<>())
          .add(new Factory(owner, function));
    }
  }

  /**
   * Only concepts with a single-source-of-truth problem or a declaration are checked: for an
   * ordinary interface, many producers are just polymorphism.
   */
  private static boolean fragmented(Concept concept) {
    return concept.declared() || !concept.duplicates().isEmpty() || !concept.reExports().isEmpty();
  }

  private static void report(
      CodeGraph graph,
      Concepts concepts,
      Concept concept,
      TreeMap<String, List<Factory>> sites,
      FindingSink findings) {
    String declaredType = null;
    String declaredMethod = null;
    if (concept.factory() != null) {
      int hash = concept.factory().indexOf('#');
      declaredType = hash < 0 ? concept.factory() : concept.factory().substring(0, hash);
      declaredMethod = hash < 0 ? null : concept.factory().substring(hash + 1);
    }
    if (declaredType == null && sites.size() < 2) {
      return;
    }
    String allowed = declaredType != null ? declaredType : preferred(graph, concepts, sites);
    List<Factory> allowedFactories = sites.getOrDefault(allowed, List.of());
    String allowedText = declaredType != null ? concept.factory() : allowed;
    for (Map.Entry<String, List<Factory>> site : sites.entrySet()) {
      for (Factory factory : site.getValue()) {
        boolean ok =
            site.getKey().equals(allowed)
                && (declaredMethod == null || declaredMethod.equals(factory.method().name()));
        if (ok) {
          continue;
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(
            new Evidence.Definition(
                factory.owner().qualifiedName() + "#" + factory.method().name(),
                factory.location()));
        for (Factory other : allowedFactories) {
          evidence.add(
              new Evidence.Definition(
                  other.owner().qualifiedName() + "#" + other.method().name(), other.location()));
        }
        graph
            .type(concept.canonical())
            .ifPresent(
                t -> evidence.add(new Evidence.Definition(concept.canonical(), t.location())));
        findings
            .at(factory.location())
            .message(
                "another factory for "
                    + concept.name()
                    + ": "
                    + factory.owner().simpleName()
                    + "."
                    + factory.method().name()
                    + "(…) beside "
                    + allowedText
                    + (declaredType != null ? " (the factory declared in config)" : "")
                    + "; create "
                    + concept.name()
                    + " in one place")
            .symbols(concept.canonical(), factory.owner().qualifiedName())
            .evidence(evidence)
            .subject(factory.method().name())
            .report();
      }
    }
  }

  /** How many imports name a module (a module owner of factory functions is no type). */
  private static int moduleImports(CodeGraph graph, String module) {
    int count = 0;
    for (FileFacts file : graph.files()) {
      for (dev.ssot.core.model.ImportRef imp : file.imports()) {
        if (imp.name().equals(module) && !file.packageName().equals(module)) {
          count++;
        }
      }
    }
    return count;
  }

  /** Without a declared factory: the most used factory type outside legacy-like packages. */
  private static String preferred(
      CodeGraph graph, Concepts concepts, TreeMap<String, List<Factory>> sites) {
    Set<String> legacy = new HashSet<>();
    Map<String, TypeDecl> owners = new HashMap<>();
    sites.forEach((site, factories) -> owners.put(site, factories.get(0).owner()));
    for (String site : sites.keySet()) {
      TypeDecl type = owners.get(site);
      for (String segment : type.packageName().split("\\.")) {
        if (Set.of("legacy", "compat", "deprecated", "old").contains(segment)) {
          legacy.add(site);
        }
      }
      if (type.deprecated()) {
        legacy.add(site);
      }
    }
    return sites.keySet().stream()
        .min(
            Comparator.comparing((String s) -> legacy.contains(s) ? 1 : 0)
                .thenComparing(
                    Comparator.comparingInt(
                            (String s) ->
                                graph.type(s).isPresent()
                                    ? concepts.useCount(owners.get(s))
                                    : moduleImports(graph, s))
                        .reversed())
                .thenComparing(Comparator.naturalOrder()))
        .orElseThrow();
  }
}
