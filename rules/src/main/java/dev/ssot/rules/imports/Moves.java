package dev.ssot.rules.imports;

import dev.ssot.core.concept.Concepts;
import dev.ssot.core.concept.Role;
import dev.ssot.core.concept.TypeRole;
import dev.ssot.core.finding.ImportMove;
import dev.ssot.core.finding.ImportMove.Safety;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.graph.TypeUse;
import java.util.List;
import java.util.Optional;

/**
 * The import move the import rules attach to a finding: what the written path and the replacement
 * bind, and whether that is the very same definition (a safe rewrite), a definition that only an
 * alias or a forwarding shim stands between (unsafe: opt in), or another definition (no rewrite).
 */
final class Moves {

  private Moves() {}

  /**
   * The move from the path a use wrote to {@code replacement}.
   *
   * @param use the import or qualified reference
   * @param replacement the path to write instead (a type, or {@code module.name} with module-level
   *     bindings)
   */
  static ImportMove of(CodeGraph graph, Concepts concepts, TypeUse use, String replacement) {
    String before = use.target();
    String after = boundBy(graph, replacement);
    if (after == null) {
      return new ImportMove(
          use.written(),
          use.location(),
          replacement,
          before,
          replacement,
          Safety.NONE,
          "nothing in the analysed code is " + replacement);
    }
    if (after.equals(before)) {
      return new ImportMove(
          use.written(), use.location(), replacement, before, after, Safety.SAFE, null);
    }
    Optional<String> forwarding =
        forwards(concepts, before, after).or(() -> forwards(concepts, after, before));
    boolean throughShim =
        concepts.chainOf(before).stream().anyMatch(hop -> hop.role() == Role.SHIM);
    if (forwarding.isPresent()
        && use.kind() == TypeUse.Kind.STATIC_IMPORT
        && (throughShim || !forwards(concepts, before, after).isPresent())) {
      return new ImportMove(
          use.written(),
          use.location(),
          replacement,
          before,
          after,
          Safety.NONE,
          "a static member of "
              + before
              + " need not exist on "
              + after
              + " (only an alias inherits its target's members)");
    }
    if (forwarding.isPresent()) {
      return new ImportMove(
          use.written(),
          use.location(),
          replacement,
          before,
          after,
          Safety.UNSAFE,
          forwarding.get() + ", not the same definition");
    }
    return new ImportMove(
        use.written(),
        use.location(),
        replacement,
        before,
        after,
        Safety.NONE,
        before + " and " + after + " are different definitions");
  }

  /**
   * What a path binds: with module-level bindings, what {@code module.name} resolves to; else the
   * type of that name; null when the analysed code has neither.
   */
  private static String boundBy(CodeGraph graph, String path) {
    Optional<ModuleScope> modules = graph.modules();
    int dot = path.lastIndexOf('.');
    if (modules.isPresent() && dot > 0 && modules.get().hasModule(path.substring(0, dot))) {
      ModuleScope.Resolution resolution =
          modules.get().lookupFrom(path.substring(0, dot), path.substring(dot + 1));
      if (resolution.kind() == ModuleScope.Kind.CLASS) {
        return resolution.target();
      }
    }
    return graph.type(path).isPresent() ? path : null;
  }

  /**
   * How {@code from} re-exports {@code to}, when its chain of aliases and shims ends at it: {@code
   * "a.Old is an alias of a.New"}.
   */
  private static Optional<String> forwards(Concepts concepts, String from, String to) {
    List<TypeRole> chain = concepts.chainOf(from);
    StringBuilder how = new StringBuilder();
    for (TypeRole hop : chain) {
      if (!hop.role().isReExport()) {
        return Optional.empty();
      }
      if (how.length() > 0) {
        how.append(", which is ");
      } else {
        how.append(hop.name()).append(" is ");
      }
      how.append(hop.role() == Role.ALIAS ? "an alias of " : "a shim forwarding to ")
          .append(hop.target());
      if (to.equals(hop.target())) {
        return Optional.of(how.toString());
      }
    }
    return Optional.empty();
  }
}
