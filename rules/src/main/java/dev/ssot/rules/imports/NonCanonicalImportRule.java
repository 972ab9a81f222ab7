package dev.ssot.rules.imports;

import dev.ssot.core.concept.BannedImport;
import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.Concepts;
import dev.ssot.core.concept.Role;
import dev.ssot.core.concept.TypeRole;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
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
 * canonical import: an alias, a shim, a second definition, or a prefix banned in config. The
 * re-export layer itself (an alias importing what it re-exports) is not flagged. See
 * {@code docs/rules/non-canonical-import.md}.
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
        Optional<BannedImport> banned = context.bannedImports().stream().filter(b -> b.matches(use.written())).findFirst();
        Optional<Concept> concept = concepts.conceptOf(target);
        String allowed = concept.map(Concept::canonicalImport).orElse(null);
        boolean offPath = concept.isPresent() && !target.equals(allowed) && !isTestDouble(concepts, target)
            && offCanonicalPath(concepts, concept.get(), target) && !inReExportLayer(concepts, concept.get(), use)
            && actionable(graph, concepts, concept.get(), target, use);
        if (banned.isEmpty() && !offPath) {
          continue;
        }
        String subject = use.fromFile() + "#" + occurrences.merge(use.fromFile() + "\u0000" + target, 1, Integer::sum);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence.ImportOf(use.written(), use.location()));
        List<String> symbols = new ArrayList<>(List.of(target));
        String message;
        if (offPath) {
          symbols.add(allowed);
          for (TypeRole hop : concepts.chainOf(target)) {
            if (hop.role().isReExport()) {
              evidence.add(new Evidence.ReExport(hop.name(), hop.target(), hop.type().location(),
                  hop.role().id() + ": " + hop.reason()));
            }
          }
          graph.type(allowed).ifPresent(t -> evidence.add(new Evidence.Definition(allowed, t.location())));
          message = describe(use) + " reaches " + concept.get().name() + " through "
              + (target.equals(concept.get().canonical()) ? "its implementation, not its declared import path"
                  : path(concepts, target))
              + "; import " + allowed + " instead";
          if (banned.isPresent()) {
            message += " (" + banned.get().prefix() + " is banned" + reason(banned.get()) + ")";
          }
        } else {
          message = describe(use) + " uses the banned prefix " + banned.get().prefix() + reason(banned.get());
        }
        findings.report(use.location(), message, symbols, evidence, subject);
      }
    }
  }

  private static String describe(TypeUse use) {
    return switch (use.kind()) {
      case IMPORT -> "import " + use.written();
      case STATIC_IMPORT -> "import static " + use.written();
      default -> "reference " + use.written();
    };
  }

  private static String reason(BannedImport banned) {
    return banned.reason().isEmpty() ? "" : ": " + banned.reason();
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
   * or the canonical type itself when config declares another import path. The canonical type's
   * own family (its interfaces, bases and implementations) is not another path to the concept.
   */
  private static boolean offCanonicalPath(Concepts concepts, Concept concept, String target) {
    if (concepts.isReExport(target) || target.equals(concept.canonical())) {
      return true;
    }
    // Between two live definitions ssot cannot know which one callers should keep: only a second
    // definition that is on its way out (deprecated, in a legacy-like package) or declared a member
    // of a configured concept is a path to move off.
    if (concepts.isThrowable(target)) {
      return false; // a catch clause of the old exception type is not a path to move: behaviour changes
    }
    return concept.isDuplicate(target) && (concept.declared()
        || concepts.graph().type(target).map(t -> concepts.effectivelyDeprecated(t) || Concepts.isLegacyLike(t))
            .orElse(false));
  }

  /**
   * Whether "import the canonical path instead" is advice the user can follow: a package-private
   * copy used in its own package is the duplicate-type finding's business (remove the copy); a
   * canonical type that is not public cannot be imported from another package; and a static
   * import only carries over from an alias, which inherits its target's static members.
   */
  private static boolean actionable(CodeGraph graph, Concepts concepts, Concept concept, String target, TypeUse use) {
    String usePackage = graph.file(use.fromFile()).map(f -> f.packageName()).orElse("");
    boolean reExport = concepts.isReExport(target);
    boolean alias = concepts.roleOf(target).map(r -> r.role() == Role.ALIAS).orElse(false);
    if (use.kind() == TypeUse.Kind.STATIC_IMPORT && !alias) {
      return false; // a static member of a shim or a copy need not exist on the canonical type
    }
    String targetPackage = graph.type(target).map(t -> t.packageName()).orElse("");
    boolean publicTarget = graph.type(target).map(t -> t.modifiers().contains("public")).orElse(true);
    if (!reExport && !publicTarget && usePackage.equals(targetPackage)) {
      return false; // a package-private copy used at home: removing the copy is duplicate-type's advice
    }
    return graph.type(concept.canonicalImport())
        .map(t -> t.modifiers().contains("public") || t.packageName().equals(usePackage)
            || graph.type(t.topLevelName()).map(top -> top.modifiers().contains("public")).orElse(false)
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
}
