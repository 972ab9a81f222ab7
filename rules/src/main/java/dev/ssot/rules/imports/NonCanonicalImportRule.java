package dev.ssot.rules.imports;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.Concepts;
import dev.ssot.core.concept.Role;
import dev.ssot.core.concept.TypeRole;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.graph.TypeUse;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flags imports and fully qualified references that reach a concept through anything but its
 * canonical import: an alias, a shim or a second definition. The re-export layer itself (an alias
 * importing what it re-exports) is not flagged. See {@code docs/rules/non-canonical-import.md}.
 */
@RuleDefinition(
    id = "non-canonical-import",
    summary = "A concept is imported through a path other than its canonical one",
    severity = Severity.WARNING,
    category = Category.IMPORTS)
public final class NonCanonicalImportRule implements Rule {

  @Override
  public void check(RuleContext context, FindingSink findings) {
    CodeGraph graph = context.graph();
    Concepts concepts = context.concepts();
    Map<String, Integer> occurrences = new HashMap<>();
    for (String target : graph.usedTypes()) {
      for (TypeUse use : graph.usesOf(target)) {
        if (!use.kind().namesPath()) {
          continue;
        }
        if (bindsModules(graph, use.fromFile())) {
          graph
              .modules()
              .ifPresent(
                  modules ->
                      checkModuleImport(context, modules, target, use, occurrences, findings));
          continue;
        }
        Optional<Concept> concept = concepts.conceptOf(target);
        String allowed = concept.map(Concept::canonicalImport).orElse(null);
        boolean offPath =
            concept.isPresent()
                && !target.equals(allowed)
                && !isTestDouble(concepts, target)
                && offCanonicalPath(concepts, concept.get(), target)
                && !inReExportLayer(concepts, concept.get(), use)
                && actionable(graph, concepts, concept.get(), target, use);
        if (!offPath) {
          continue;
        }
        String subject =
            use.fromFile()
                + "#"
                + occurrences.merge(use.fromFile() + "\u0000" + target, 1, Integer::sum);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence.ImportOf(use.written(), use.location()));
        List<String> symbols = new ArrayList<>(List.of(target));
        symbols.add(allowed);
        for (TypeRole hop : concepts.chainOf(target)) {
          if (hop.role().isReExport()) {
            evidence.add(
                new Evidence.ReExport(
                    hop.name(),
                    hop.target(),
                    hop.type().location(),
                    hop.role().id() + ": " + hop.reason()));
          }
        }
        graph
            .type(allowed)
            .ifPresent(t -> evidence.add(new Evidence.Definition(allowed, t.location())));
        String message =
            describe(use)
                + " reaches "
                + concept.get().name()
                + " through "
                + (target.equals(concept.get().canonical())
                    ? (concept.get().declared()
                        ? "its implementation, not its declared import path"
                        : "its implementation, not the public alias the rest of the code imports")
                    : path(concepts, target))
                + "; import "
                + allowed
                + " instead";
        findings
            .at(use.location())
            .message(message)
            .symbols(symbols)
            .evidence(evidence)
            .subject(subject)
            .move(Moves.of(graph, concepts, use, allowed))
            .report();
      }
    }
    graph.modules().ifPresent(modules -> ModuleImports.check(graph, modules, findings));
  }

  /** Why an import through module-level bindings names a path to move off. */
  enum PathProblem {
    /** The module it names says it is deprecated. */
    DEPRECATED_MODULE,
    /** The module it names only re-exports, for compatibility, and says so. */
    SHIM_MODULE,
    /** It names a private implementation that a public name aliases. */
    PRIVATE_NAME_WITH_PUBLIC_ALIAS,
    /** It names a path other than the concept's declared import path. */
    OFF_DECLARED_PATH
  }

  /**
   * An import of a class through module-level bindings reaches it through a path to move off: a
   * deprecated module, a compatibility shim module, the private name of a class that has a public
   * alias, or a path other than the one config declares. The re-export layer itself (a module that
   * binds the class for others) is not flagged.
   */
  private static void checkModuleImport(
      RuleContext context,
      ModuleScope modules,
      String target,
      TypeUse use,
      Map<String, Integer> occurrences,
      FindingSink findings) {
    CodeGraph graph = context.graph();
    Concepts concepts = context.concepts();
    if (isTestDouble(concepts, target)) {
      return; // a test imports its fake on purpose
    }
    if (graph
        .file(use.fromFile())
        .map(
            f ->
                Fallbacks.keptOnPurpose(
                    modules, f, Fallbacks.importAt(graph, use.location()), target))
        .orElse(false)) {
      return; // an alternative for another version, kept on purpose (see Fallbacks)
    }
    String written = use.written();
    String importedModule = written.substring(0, written.lastIndexOf('.'));
    String importedName = written.substring(written.lastIndexOf('.') + 1);
    String fromModule = graph.file(use.fromFile()).map(f -> f.packageName()).orElse("");
    List<ModuleScope.Binding> bindings = modules.bindingsOf(target);
    boolean layer = bindings.stream().anyMatch(b -> b.module().equals(fromModule));
    Optional<Concept> concept = concepts.conceptOf(target);
    String declared = concept.filter(Concept::declared).map(Concept::canonicalImport).orElse(null);

    String why = null;
    PathProblem problem = null;
    List<ModuleScope.Hop> hops = use.chain();
    // Only the module the import names is the user's choice; how that module gets the class (its
    // own re-export layers) is judged at that module's imports.
    String targetModule = graph.type(target).map(t -> t.packageName()).orElse("");
    // A class inside a deprecated package goes with it: importing it from a submodule still runs
    // the package's warning, so there is no better path to name.
    boolean insideDeprecatedPackage = targetModule.startsWith(importedModule + ".");
    if (!importedModule.equals(targetModule)) {
      if (modules.deprecation(importedModule) != null && !insideDeprecatedPackage) {
        problem = PathProblem.DEPRECATED_MODULE;
        why =
            "the deprecated module "
                + importedModule
                + " ("
                + modules.deprecation(importedModule)
                + ")";
      } else if (modules.isShimModule(importedModule)) {
        problem = PathProblem.SHIM_MODULE;
        why = "the compatibility module " + importedModule + ", which only re-exports";
      }
    }
    String publicPath = preferredPath(modules, bindings, target);
    if (why == null
        && importedName.startsWith("_")
        && !ModuleScope.topLevel(importedModule).equals(ModuleScope.topLevel(fromModule))
        && publicPath != null
        && !publicPath.endsWith("." + importedName)) {
      problem = PathProblem.PRIVATE_NAME_WITH_PUBLIC_ALIAS;
      why =
          "its private name " + importedName + ", which the public name " + publicPath + " aliases";
    }
    if (why == null
        && declared != null
        && !written.equals(declared)
        && !layer
        && !written.equals(target)) {
      problem = PathProblem.OFF_DECLARED_PATH;
      why = "a path other than the declared " + declared;
    }
    if (why == null
        && declared != null
        && !written.equals(declared)
        && !layer
        && written.equals(target)
        && !declared.equals(target)) {
      problem = PathProblem.OFF_DECLARED_PATH;
      why =
          target.equals(concept.get().canonical())
              ? "its implementation, not its declared import path " + declared
              : "a second definition of "
                  + concept.get().name()
                  + ", not its declared import path "
                  + declared;
    }
    if (why == null) {
      return;
    }
    boolean pathReason =
        problem == PathProblem.DEPRECATED_MODULE || problem == PathProblem.SHIM_MODULE;
    if (layer && !pathReason) {
      return; // a module that re-exports the class binds it for others: it is the layer, not a user
    }
    String instead = declared != null ? declared : publicPath;
    if (instead == null || instead.equals(written)) {
      return;
    }
    String subject =
        use.fromFile()
            + "#"
            + occurrences.merge(use.fromFile() + "\u0000" + target, 1, Integer::sum);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(
        new Evidence.ImportOf(
            "from " + importedModule + " import " + importedName, use.location()));
    for (ModuleScope.Hop hop : hops) {
      evidence.add(
          new Evidence.ReExport(
              hop.module() + "." + hop.name(), target, hop.location(), hop.how()));
    }
    graph.type(target).ifPresent(t -> evidence.add(new Evidence.Definition(target, t.location())));
    List<String> symbols = new ArrayList<>(List.of(target, written));
    String message =
        "from "
            + importedModule
            + " import "
            + importedName
            + " reaches "
            + target
            + " through "
            + why;
    if (instead != null && !instead.equals(written)) {
      int dot = instead.lastIndexOf('.');
      message +=
          "; import it as: from "
              + instead.substring(0, dot)
              + " import "
              + instead.substring(dot + 1);
    }
    findings
        .at(use.location())
        .message(message)
        .symbols(symbols)
        .evidence(evidence)
        .subject(subject)
        .move(Moves.of(graph, concepts, use, instead))
        .report();
  }

  /**
   * The path to import a class by: the public binding with the fewest hops outside deprecated and
   * shim modules, within the class's own top-level package (another library that happens to
   * re-export {@code typing._Final} is not where {@code typing}'s users should import it from).
   */
  private static String preferredPath(
      ModuleScope modules, List<ModuleScope.Binding> bindings, String target) {
    for (ModuleScope.Binding binding : bindings) {
      if (modules.deprecation(binding.module()) == null
          && !modules.isShimModule(binding.module())
          && !binding.name().startsWith("_")
          && ModuleScope.topLevel(binding.module()).equals(ModuleScope.topLevel(target))) {
        return binding.path();
      }
    }
    return null;
  }

  private static String describe(TypeUse use) {
    return switch (use.kind()) {
      case IMPORT -> "import " + use.written();
      case STATIC_IMPORT -> "import static " + use.written();
      default -> "reference " + use.written();
    };
  }

  private static String path(Concepts concepts, String target) {
    TypeRole role = concepts.roleOf(target).orElseThrow();
    return switch (role.role()) {
      case ALIAS -> "an alias of " + role.target();
      case SHIM -> "a shim forwarding to " + role.target();
      default -> "a second definition, " + target;
    };
  }

  /**
   * A path off the canonical one: an alias or shim, a second definition (or one of its subtypes),
   * or the canonical type itself when config declares another import path. The canonical type's own
   * family (its interfaces, bases and implementations) is not another path to the concept.
   */
  private static boolean offCanonicalPath(Concepts concepts, Concept concept, String target) {
    if (concepts.isReExport(target)) {
      return true;
    }
    if (target.equals(concept.canonical())) {
      // The implementation is a path to move off when config says so, or when the code already
      // mostly imports its public alias. Where most files import the internal type (netty's own
      // code and internal.ObjectPool.Handle, with Recycler.Handle its public alias), calling every
      // one of them wrong is noise, not a migration.
      return concept.declared()
          || importingFiles(concepts, concept, concept.canonicalImport())
              >= importingFiles(concepts, concept, concept.canonical());
    }
    // Between two live definitions ssot cannot know which one callers should keep: only a second
    // definition that is on its way out (deprecated, in a legacy-like package) or declared a member
    // of a configured concept is a path to move off.
    if (concepts.isThrowable(target)) {
      return false; // a catch clause of the old exception type is not a path to move: behaviour
      // changes
    }
    return concept.isDuplicate(target)
        && (concept.declared()
            || concepts
                .graph()
                .type(target)
                .map(t -> concepts.effectivelyDeprecated(t) || Concepts.isLegacyLike(t))
                .orElse(false));
  }

  /**
   * How many files outside the concept's own types name a type by an import or a qualified
   * reference.
   */
  private static long importingFiles(Concepts concepts, Concept concept, String type) {
    return concepts.graph().usesOf(type).stream()
        .filter(u -> u.kind().namesPath() && !concept.memberNames().contains(u.fromType()))
        .map(TypeUse::fromFile)
        .distinct()
        .count();
  }

  /**
   * Whether "import the canonical path instead" is advice the user can follow: a package-private
   * copy used in its own package is the duplicate-type finding's business (remove the copy); a
   * canonical type that is not public cannot be imported from another package; and a static import
   * only carries over from an alias, which inherits its target's static members.
   */
  private static boolean actionable(
      CodeGraph graph, Concepts concepts, Concept concept, String target, TypeUse use) {
    String usePackage = graph.file(use.fromFile()).map(f -> f.packageName()).orElse("");
    boolean reExport = concepts.isReExport(target);
    boolean alias = concepts.roleOf(target).map(r -> r.role() == Role.ALIAS).orElse(false);
    if (use.kind() == TypeUse.Kind.STATIC_IMPORT && !alias) {
      return false; // a static member of a shim or a copy need not exist on the canonical type
    }
    String targetPackage = graph.type(target).map(t -> t.packageName()).orElse("");
    boolean publicTarget =
        graph.type(target).map(t -> t.modifiers().contains("public")).orElse(true);
    if (!reExport && !publicTarget && usePackage.equals(targetPackage)) {
      return false; // a package-private copy used at home: removing the copy is duplicate-type's
      // advice
    }
    return graph
        .type(concept.canonicalImport())
        .map(
            t ->
                t.modifiers().contains("public")
                    || t.packageName().equals(usePackage)
                    || graph
                            .type(t.topLevelName())
                            .map(top -> top.modifiers().contains("public"))
                            .orElse(false)
                        && t.modifiers().contains("public"))
        .orElse(true);
  }

  private static boolean isTestDouble(Concepts concepts, String target) {
    return concepts.roleOf(target).map(r -> r.role() == Role.TEST_DOUBLE).orElse(false);
  }

  /** An alias or shim of the concept reaching the concept: that is how re-exports are built. */
  private static boolean inReExportLayer(Concepts concepts, Concept concept, TypeUse use) {
    if (use.fromType() == null) {
      return false;
    }
    return concept.reExports().stream().anyMatch(r -> r.name().equals(use.fromType()));
  }

  /** Whether the file at this path imports through module-level bindings. */
  static boolean bindsModules(CodeGraph graph, String path) {
    return graph
        .file(path)
        .map(f -> graph.traits(f.language()).importsNameTheirPath())
        .orElse(false);
  }
}
