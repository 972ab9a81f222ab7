package dev.ssot.rules.imports;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.graph.UnresolvedImport;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags {@code from m import x} where {@code m} is a module of the analysed code that neither
 * defines, imports, aliases nor star-exports {@code x}, has no submodule {@code x} and no module
 * {@code __getattr__}. Imports guarded by {@code except ImportError} are warnings. See {@code
 * docs/rules/unresolved-import.md}.
 */
@RuleDefinition(
    id = "unresolved-import",
    summary = "A name is imported from a module of the codebase that does not provide it",
    severity = Severity.ERROR,
    category = Category.IMPORTS)
public final class UnresolvedImportRule implements Rule {

  @Override
  public void check(RuleContext context, FindingSink findings) {
    CodeGraph graph = context.graph();
    ModuleScope modules = graph.modules().orElse(null);
    if (modules == null) {
      return;
    }
    for (UnresolvedImport unresolved : graph.unresolvedImports()) {
      String module = unresolved.ref().name();
      String name = unresolved.ref().member();
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(new Evidence.ImportOf(unresolved.ref().asWritten(), unresolved.location()));
      modules
          .module(module)
          .ifPresent(
              m ->
                  evidence.add(
                      new Evidence.Definition(
                          module, new dev.ssot.core.model.Location(m.path(), 1, 1))));
      ImportContext where = unresolved.ref().context();
      String fromModule =
          graph.file(unresolved.location().path()).map(f -> f.packageName()).orElse("");
      if (where == ImportContext.TYPE_CHECKING
          && (!ModuleScope.topLevel(module).equals(ModuleScope.topLevel(fromModule))
              || modules.opaque(module))) {
        continue; // typing-only names may live in a stub (.pyi), which is not read
      }
      String when =
          switch (where) {
            case LAZY -> " (inside a function: fails when it runs)";
            case TYPE_CHECKING -> " (under TYPE_CHECKING: type checkers fail)";
            case GUARDED ->
                " (guarded by except ImportError or a version check: the code expects it may fail)";
            case LAZY_GUARDED ->
                " (inside a function, guarded by except ImportError: the code expects it may fail)";
            default -> "";
          };
      String message;
      if (unresolved.why() != null) {
        message =
            unresolved.ref().asWritten()
                + ": "
                + (modules.hasModule(module)
                    ? "module "
                        + module
                        + " ("
                        + modules.module(module).map(m -> m.path()).orElse("?")
                        + ") "
                    : "")
                + unresolved.why()
                + when;
      } else {
        message =
            "from "
                + module
                + " import "
                + name
                + ": module "
                + module
                + " ("
                + modules.module(module).map(m -> m.path()).orElse("?")
                + ") defines, imports and re-exports no "
                + name
                + when;
      }
      findings
          .at(unresolved.location())
          .message(message)
          .symbols(unresolved.symbol())
          .evidence(evidence)
          .subject(unresolved.location().path())
          .atMost(where.guarded() ? Severity.WARNING : null)
          .report();
    }
  }
}
