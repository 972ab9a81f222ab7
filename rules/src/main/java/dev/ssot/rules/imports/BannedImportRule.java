package dev.ssot.rules.imports;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.TypeUse;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flags every import under a prefix banned in config, whether or not it names code of the analysed
 * tree ({@code org.apache.commons.lang.StringUtils} banned in favour of commons-lang3), and every
 * fully qualified reference in code to a type under one. See {@code docs/rules/banned-import.md}.
 */
@RuleDefinition(
    id = "banned-import",
    summary = "An import or qualified reference uses a prefix banned in config",
    severity = Severity.WARNING,
    category = Category.IMPORTS,
    options = BannedImportOptions.class)
public final class BannedImportRule implements Rule {

  @Override
  public void check(RuleContext context, FindingSink findings) {
    List<BannedImportOptions.Prefix> prefixes =
        context.options(BannedImportOptions.class).prefixes();
    if (prefixes.isEmpty()) {
      return;
    }
    CodeGraph graph = context.graph();
    Map<String, Integer> occurrences = new HashMap<>();
    for (FileFacts file : graph.files()) {
      boolean modular = graph.traits(file.language()).importsNameTheirPath();
      for (ImportRef imp : file.imports()) {
        String written =
            modular && imp.fromImport() && !imp.onDemand()
                ? imp.name() + "." + imp.member()
                : imp.name();
        Optional<BannedImportOptions.Prefix> banned =
            prefixes.stream().filter(b -> b.matches(written) || b.matches(imp.name())).findFirst();
        if (banned.isPresent()) {
          Location at = new Location(file.path(), imp.line(), imp.column());
          String statement = statement(imp, modular);
          report(findings, at, statement, statement, written, banned.get(), occurrences);
        }
      }
    }
    for (String target : graph.usedTypes()) {
      for (TypeUse use : graph.usesOf(target)) {
        if (use.kind() != TypeUse.Kind.QUALIFIED) {
          continue; // imports are read from the files above, resolved or not
        }
        Optional<BannedImportOptions.Prefix> banned =
            prefixes.stream().filter(b -> b.matches(use.written())).findFirst();
        if (banned.isPresent()) {
          String written = use.written();
          report(
              findings,
              use.location(),
              "reference " + written,
              written,
              written,
              banned.get(),
              occurrences);
        }
      }
    }
  }

  private static void report(
      FindingSink findings,
      Location at,
      String what,
      String evidence,
      String written,
      BannedImportOptions.Prefix banned,
      Map<String, Integer> occurrences) {
    String file = at.path();
    findings
        .at(at)
        .message(
            what
                + " uses the banned prefix "
                + banned.prefix()
                + (banned.reason().isEmpty() ? "" : ": " + banned.reason()))
        .symbols(written)
        .evidence(new Evidence.ImportOf(evidence, at))
        .subject(file + "#" + occurrences.merge(file + "\u0000" + written, 1, Integer::sum))
        .report();
  }

  /** The import as written in source. */
  private static String statement(ImportRef imp, boolean modular) {
    if (modular) {
      return imp.fromImport()
          ? "from " + imp.name() + " import " + (imp.onDemand() ? "*" : imp.member())
          : "import " + imp.name();
    }
    return "import "
        + (imp.isStatic() ? "static " : "")
        + imp.name()
        + (imp.onDemand() ? ".*" : "");
  }
}
