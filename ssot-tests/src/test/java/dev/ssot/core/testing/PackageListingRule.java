package dev.ssot.core.testing;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.Level;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.Location;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.List;
import java.util.TreeMap;

/** A rule for engine tests only: one finding per package with at least {@code minFiles} files. */
@RuleDefinition(
    id = "package-listing",
    summary = "Lists packages (engine tests only)",
    severity = Severity.INFO,
    category = Category.ARCHITECTURE,
    options = PackageListingRule.Options.class)
public final class PackageListingRule implements Rule {

  /** Options, to test binding. */
  public record Options(Integer minFiles, Level level) {
    public Options {
      minFiles = minFiles == null ? 1 : minFiles;
      level = level == null ? Level.PACKAGE : level;
    }
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    Options options = context.options(Options.class);
    TreeMap<String, List<FileFacts>> byPackage = new TreeMap<>();
    for (FileFacts file : context.graph().files()) {
      byPackage.computeIfAbsent(file.packageName(), k -> new java.util.ArrayList<>()).add(file);
    }
    byPackage.forEach(
        (pkg, files) -> {
          if (files.size() >= options.minFiles()) {
            Location first = Location.of(files.get(0).path(), 1);
            findings
                .at(first)
                .message("package " + pkg + " has " + files.size() + " file(s)")
                .symbols(pkg)
                .evidence(new Evidence.Definition(pkg, first))
                .report();
          }
        });
  }
}
