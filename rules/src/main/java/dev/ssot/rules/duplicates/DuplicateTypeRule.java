package dev.ssot.rules.duplicates;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.DuplicateChannel;
import dev.ssot.core.concept.DuplicateFinder;
import dev.ssot.core.concept.DuplicateGroup;
import dev.ssot.core.concept.DuplicatePair;
import dev.ssot.core.concept.Similarity;
import dev.ssot.core.concept.TypeRole;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags every second definition of a concept: one finding per family of definitions not related to
 * the canonical type by inheritance, at the family's root. Aliases and shims are evidence, never
 * duplicates; definitions related by inheritance (a base and its implementation, an interface and
 * its implementations) are one family. Which families count is decided once, in {@link
 * dev.ssot.core.concept.Concepts}, so every rule agrees. See {@code docs/rules/duplicate-type.md}.
 */
@RuleDefinition(
    id = "duplicate-type",
    summary = "A concept is defined by more than one type",
    severity = Severity.ERROR,
    category = Category.DUPLICATION,
    options = DuplicateTypeOptions.class)
public final class DuplicateTypeRule implements Rule {

  @Override
  public void check(RuleContext context, FindingSink findings) {
    DuplicateTypeOptions options = context.options(DuplicateTypeOptions.class);
    // A copied class brings copies of its nested types: report the class, not each of them.
    java.util.Set<String> copiedTypes = new java.util.HashSet<>();
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (Concept concept : context.concepts().all()) {
      concept.duplicates().forEach(d -> copiedTypes.add(d.root().qualifiedName()));
    }
    List<Pending> pending = new ArrayList<>();
    for (Concept concept : context.concepts().all()) {
      if (concept.duplicates().isEmpty() || (!concept.declared() && !options.infer())) {
        continue;
      }
      for (Concept.Duplicate duplicate : concept.duplicates()) {
        TypeDecl root = duplicate.root();
        reported.add(concept.canonical());
        if (root.isNested() && enclosedByCopy(context, root, copiedTypes)) {
          reported.add(root.qualifiedName());
          continue;
        }
        // The flagged definition and its concept (by its canonical type), not every definition: a
        // third copy must not change the identity of the findings about the first two (baselines).
        List<String> symbols =
            java.util.stream.Stream.of(concept.canonical(), root.qualifiedName())
                .distinct()
                .sorted()
                .toList();
        pending.add(
            new Pending(
                root,
                List.of(root, duplicate.counterpart()),
                message(context, concept, duplicate, duplicate.counterpart()),
                symbols,
                new ArrayList<>(evidence(concept, duplicate.counterpart(), duplicate))));
        reported.add(root.qualifiedName());
        duplicate.members().forEach(m -> reported.add(m.qualifiedName()));
      }
    }
    if (options.infer()) {
      pending.addAll(groupFindings(context, reported, pending));
    }
    for (Pending finding : pending) {
      finding.report(findings);
    }
  }

  /**
   * A finding about to be reported: where, what it says, and its evidence, which the nested copies
   * of the types it names join before it is reported.
   */
  private static final class Pending {
    private final TypeDecl flagged;
    private final List<TypeDecl> outers;
    private final String message;
    private final List<String> symbols;
    private final List<Evidence> evidence;
    private int nestedCopies;

    Pending(
        TypeDecl flagged,
        List<TypeDecl> outers,
        String message,
        List<String> symbols,
        List<Evidence> evidence) {
      this.flagged = flagged;
      this.outers = outers;
      this.message = message;
      this.symbols = symbols;
      this.evidence = evidence;
    }

    /** Adds a group of copies nested in the types this finding names, when they are. */
    boolean adopt(RuleContext context, DuplicateGroup nested) {
      if (nested.members().stream().noneMatch(m -> enclosedBy(context, m, outers))) {
        return false;
      }
      nestedCopies++;
      for (TypeDecl member : nested.members()) {
        evidence.add(new Evidence.Definition(member.qualifiedName(), member.location()));
      }
      evidence.addAll(likenesses(nested));
      return true;
    }

    void report(FindingSink findings) {
      findings
          .at(flagged.location())
          .message(
              message
                  + (nestedCopies == 0
                      ? ""
                      : " (with "
                          + nestedCopies
                          + " nested "
                          + (nestedCopies == 1 ? "copy" : "copies")
                          + " of its own)"))
          .symbols(symbols)
          .evidence(evidence)
          .subject(flagged.qualifiedName())
          .report();
    }
  }

  /**
   * The copies the concepts do not already name: groups found by identity (the same qualified name
   * defined twice, identical bodies), by names with members shared loosely, or by similar bodies.
   * One finding per group, at its first member not yet reported, listing every member. A group of
   * copies nested in types another finding names joins that finding's evidence instead.
   */
  private static List<Pending> groupFindings(
      RuleContext context, java.util.Set<String> reported, List<Pending> conceptFindings) {
    List<DuplicateGroup> groups = DuplicateFinder.find(context.graph(), context.concepts());
    java.util.Set<String> grouped = new java.util.HashSet<>();
    groups.forEach(g -> g.members().forEach(m -> grouped.add(m.qualifiedName())));
    // first the groups to report and where; nested copies of reported outer types are folded in
    java.util.Map<DuplicateGroup, TypeDecl> flaggedOf = new java.util.LinkedHashMap<>();
    List<DuplicateGroup> folded = new ArrayList<>();
    for (DuplicateGroup group : groups) {
      TypeDecl canonical = group.canonical();
      TypeDecl flagged = null;
      boolean nestedInCopy = false;
      for (TypeDecl member : group.members()) {
        if (member == canonical || reported.contains(member.qualifiedName())) {
          continue;
        }
        if (member.isNested() && enclosedByCopy(context, member, grouped)) {
          nestedInCopy = true;
          continue; // the copy of its outer type is the finding
        }
        flagged = member;
        break;
      }
      if (flagged != null) {
        flaggedOf.put(group, flagged);
      } else if (nestedInCopy) {
        folded.add(group);
      }
    }
    List<Pending> out = new ArrayList<>();
    for (java.util.Map.Entry<DuplicateGroup, TypeDecl> entry : flaggedOf.entrySet()) {
      DuplicateGroup group = entry.getKey();
      TypeDecl flagged = entry.getValue();
      TypeDecl canonical = group.canonical();
      DuplicatePair pair = group.bestPairOf(flagged);
      List<String> symbols =
          java.util.stream.Stream.of(canonical.qualifiedName(), flagged.qualifiedName())
              .distinct()
              .sorted()
              .toList();
      List<Evidence> evidence = new ArrayList<>();
      for (TypeDecl member : group.members()) {
        evidence.add(new Evidence.Definition(member.qualifiedName(), member.location()));
      }
      evidence.addAll(likenesses(group));
      out.add(
          new Pending(
              flagged,
              group.members(),
              groupMessage(context, group, flagged, pair),
              symbols,
              evidence));
      group.members().forEach(m -> reported.add(m.qualifiedName()));
    }
    for (DuplicateGroup nested : folded) {
      boolean adopted = false;
      for (Pending finding : out) {
        adopted |= finding.adopt(context, nested);
      }
      if (!adopted) {
        for (Pending finding : conceptFindings) {
          if (finding.adopt(context, nested)) {
            break;
          }
        }
      }
    }
    return out;
  }

  /** For each member but the canonical one, the pair that best accounts for it, once each. */
  private static List<Evidence> likenesses(DuplicateGroup group) {
    List<Evidence> out = new ArrayList<>();
    java.util.Set<DuplicatePair> seen = new java.util.HashSet<>();
    for (TypeDecl member : group.members()) {
      if (member == group.canonical()) {
        continue;
      }
      DuplicatePair pair = group.bestPairOf(member);
      if (pair == null || !seen.add(pair)) {
        continue;
      }
      TypeDecl one = pair.a() == member ? pair.a() : pair.b();
      TypeDecl other = one == pair.a() ? pair.b() : pair.a();
      out.add(
          new Evidence.Likeness(
              one.qualifiedName(),
              other.qualifiedName(),
              one.location(),
              pair.channels().stream().sorted().map(DuplicateChannel::id).toList(),
              group.confidence().id(),
              (int) Math.round(pair.bodySimilarity() * 100),
              pair.shared(),
              pair.smaller()));
    }
    return out;
  }

  /** Whether a nested type lies inside one of the given definitions, at any depth. */
  private static boolean enclosedBy(RuleContext context, TypeDecl type, List<TypeDecl> outers) {
    for (TypeDecl outer : outers) {
      if (type.location().path().equals(outer.location().path())
          && type.qualifiedName().startsWith(outer.qualifiedName() + ".")) {
        return true;
      }
    }
    return false;
  }

  private static String groupMessage(
      RuleContext context, DuplicateGroup group, TypeDecl flagged, DuplicatePair pair) {
    TypeDecl canonical = group.canonical();
    int copies = group.members().size();
    String what =
        flagged.qualifiedName().equals(canonical.qualifiedName())
            ? "'" + flagged.qualifiedName() + "' is defined " + copies + " times"
            : "'" + flagged.simpleName() + "' copies " + canonical.qualifiedName();
    return what
        + " ("
        + (pair == null ? "" : pair.describe() + "; ")
        + (copies > 2 ? copies + " definitions in all; " : "")
        + "confidence "
        + group.confidence().id()
        + "); "
        + advice(context, group, flagged);
  }

  /** What to do: keep one definition, in a way the code's structure allows. */
  private static String advice(RuleContext context, DuplicateGroup group, TypeDecl flagged) {
    TypeDecl canonical = group.canonical();
    if (flagged.qualifiedName().equals(canonical.qualifiedName())
        && flagged.location().path().equals(canonical.location().path())) {
      return "the definition at line "
          + Math.max(flagged.location().line(), canonical.location().line())
          + " silently replaces the earlier one when the module runs: delete one";
    }
    java.util.Optional<String> downstream = context.concepts().moduleDependency(flagged, canonical);
    if (flagged.qualifiedName().equals(canonical.qualifiedName()) && downstream.isPresent()) {
      return "remove it and use the one in the upstream module ("
          + downstream.get()
          + ") at "
          + canonical.location().path()
          + "; until then the class path decides which one runs";
    }
    if (flagged.qualifiedName().equals(canonical.qualifiedName())) {
      return "keep the definition at "
          + canonical.location().path()
          + " and delete the others (the class path or module search order decides which one runs)";
    }
    boolean packagePrivate =
        context.graph().traits(flagged).packagePrivateByDefault()
            && !flagged.modifiers().contains("public")
            && !canonical.modifiers().contains("public")
            && !flagged.packageName().equals(canonical.packageName());
    if (packagePrivate) {
      return "the copies are private to their packages, so neither can use the other: move them"
          + " into one shared type both packages import";
    }
    DuplicatePair pair = group.bestPairOf(flagged);
    if (pair != null && pair.channels().contains(DuplicateChannel.SUCCESSOR)) {
      return "until it can be removed, make it delegate to (or extend) "
          + canonical.qualifiedName()
          + " instead of keeping a second implementation";
    }
    if (downstream.isPresent()) {
      return "remove it and use "
          + canonical.qualifiedName()
          + ", the one in the upstream module ("
          + downstream.get()
          + ")";
    }
    java.util.Optional<String> upstream = context.concepts().moduleDependency(canonical, flagged);
    if (upstream.isPresent()) {
      return "it cannot use "
          + canonical.qualifiedName()
          + ", which lives in a module downstream of it ("
          + upstream.get()
          + "): move that definition into its module and remove this one";
    }
    return "make it an alias of "
        + canonical.qualifiedName()
        + " or use that type, and remove the copy";
  }

  private static boolean enclosedByCopy(
      RuleContext context, TypeDecl type, java.util.Set<String> copiedTypes) {
    for (String outer = type.enclosingType();
        outer != null;
        outer = context.graph().type(outer).map(TypeDecl::enclosingType).orElse(null)) {
      if (copiedTypes.contains(outer)) {
        return true;
      }
    }
    return false;
  }

  private static String message(
      RuleContext context, Concept concept, Concept.Duplicate duplicate, TypeDecl canonical) {
    int others = duplicate.members().size() - 1;
    String of =
        canonical.qualifiedName().equals(concept.canonical())
            ? concept.name()
            : canonical.simpleName();
    return "'"
        + duplicate.root().simpleName()
        + "' is a second definition of "
        + of
        + " (canonical: "
        + canonical.qualifiedName()
        + "; "
        + duplicate.similarity()
        + ")"
        + (others > 0
            ? " with " + others + (others == 1 ? " subtype" : " subtypes") + " of its own"
            : "")
        + conceptAdvice(context, duplicate.root(), canonical)
        + (concept.declared() ? "" : " (concept inferred from names)");
  }

  /**
   * What to do with a second definition of a concept: alias or remove it; when build modules order
   * the two, use the upstream module's one (a downstream copy gives way), or, when the canonical
   * type lives downstream (a declared concept), move it up, since the copy cannot import it.
   */
  private static String conceptAdvice(RuleContext context, TypeDecl copy, TypeDecl canonical) {
    java.util.Optional<String> downstream = context.concepts().moduleDependency(copy, canonical);
    if (downstream.isPresent()) {
      return "; remove it and use the one in the upstream module (" + downstream.get() + ")";
    }
    java.util.Optional<String> upstream = context.concepts().moduleDependency(canonical, copy);
    if (upstream.isPresent()) {
      return "; it cannot use the canonical type, which lives in a module downstream of it ("
          + upstream.get()
          + "): move the canonical definition into its module and remove this one";
    }
    return "; make it an alias of the canonical type, or remove it";
  }

  private static List<Evidence> evidence(
      Concept concept, TypeDecl canonical, Concept.Duplicate duplicate) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence.Definition(canonical.qualifiedName(), canonical.location()));
    for (TypeDecl member : duplicate.members()) {
      evidence.add(new Evidence.Definition(member.qualifiedName(), member.location()));
    }
    Similarity similarity = duplicate.similarity();
    TypeDecl root = duplicate.root();
    evidence.add(
        new Evidence.Likeness(
            root.qualifiedName(),
            canonical.qualifiedName(),
            root.location(),
            root.qualifiedName().equals(canonical.qualifiedName())
                ? List.of(DuplicateChannel.SAME_QUALIFIED_NAME.id(), DuplicateChannel.NAMES.id())
                : List.of(DuplicateChannel.NAMES.id()),
            similarity.shared() >= 3 && similarity.shared() >= 0.8 * similarity.total()
                ? DuplicateGroup.Confidence.HIGH.id()
                : DuplicateGroup.Confidence.MEDIUM.id(),
            0,
            similarity.shared(),
            similarity.total()));
    for (Concept.Duplicate other : concept.duplicates()) {
      if (other != duplicate) {
        evidence.add(
            new Evidence.Definition(other.root().qualifiedName(), other.root().location()));
      }
    }
    for (TypeRole reExport : concept.reExports()) {
      evidence.add(
          new Evidence.ReExport(
              reExport.name(),
              reExport.target(),
              reExport.type().location(),
              reExport.role().id() + ": " + reExport.reason()));
    }
    return evidence;
  }
}
