package dev.ssot.rules.imports;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleCollision;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.Location;
import dev.ssot.core.rule.Category;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flags files that map to a module name another file (or the standard library) already has, so that
 * no import reaches them. A directory whose files copy live modules (a backup snapshot) is reported
 * once, with the suggestion to exclude it. See {@code docs/rules/module-collision.md}.
 */
@RuleDefinition(
    id = "module-collision",
    summary = "Two files map to one module name and imports reach only one of them",
    severity = Severity.WARNING,
    category = Category.IMPORTS)
public final class ModuleCollisionRule implements Rule {

  /** The shadowed copies of live modules one directory must hold to count as a snapshot. */
  static final int SNAPSHOT_MIN_FILES = 2;

  private static final int LISTED_MODULES = 5;

  @Override
  public void check(RuleContext context, FindingSink findings) {
    CodeGraph graph = context.graph();
    ModuleScope modules = graph.modules().orElse(null);
    if (modules == null) {
      return;
    }
    Map<String, List<Copy>> copiesByDirectory = new TreeMap<>();
    Map<String, List<Copy>> standardByName = new TreeMap<>();
    List<Copy> single = new ArrayList<>();
    for (ModuleCollision collision : modules.collisions()) {
      if (onlyTests(graph, collision)) {
        continue; // test runners import test files by path (pytest's rootdir-relative names)
      }
      if (collision.linked() == null) {
        // one finding per shadowed top-level name: a local logging/ package is one problem
        for (String shadowed : collision.shadowed()) {
          standardByName
              .computeIfAbsent(ModuleScope.topLevel(collision.module()), k -> new ArrayList<>())
              .add(new Copy(collision, shadowed));
        }
        continue;
      }
      for (String shadowed : collision.shadowed()) {
        Copy copy = new Copy(collision, shadowed);
        String directory =
            collision.linked() == null ? null : snapshotDirectory(shadowed, collision.linked());
        if (directory == null) {
          single.add(copy);
        } else {
          copiesByDirectory.computeIfAbsent(directory, k -> new ArrayList<>()).add(copy);
        }
      }
    }
    for (Map.Entry<String, List<Copy>> entry : copiesByDirectory.entrySet()) {
      if (entry.getValue().size() >= SNAPSHOT_MIN_FILES) {
        reportSnapshot(entry.getKey(), entry.getValue(), findings);
      } else {
        single.addAll(entry.getValue());
      }
    }
    for (Copy copy : single) {
      reportOne(copy, findings);
    }
    for (List<Copy> copies : standardByName.values()) {
      reportStandard(copies, findings);
    }
  }

  private static void reportStandard(List<Copy> copies, FindingSink findings) {
    copies.sort(java.util.Comparator.comparing(Copy::path));
    Copy first = copies.get(0);
    String top = ModuleScope.topLevel(first.collision().module());
    List<Evidence> evidence = new ArrayList<>();
    copies.forEach(
        c -> evidence.add(new Evidence.Definition(c.collision().module(), at(c.path()))));
    String what =
        copies.size() == 1
            ? first.path() + " is module " + first.collision().module()
            : copies.size() + " files (" + first.path() + ", …) are modules of package " + top;
    findings
        .at(at(first.path()))
        .message(
            what + ", but " + first.collision().reason() + "; rename it or move it into a package")
        .symbols(List.of(top))
        .evidence(evidence)
        .subject(top)
        .report();
  }

  private record Copy(ModuleCollision collision, String path) {}

  private static boolean onlyTests(CodeGraph graph, ModuleCollision collision) {
    List<String> paths = new ArrayList<>(collision.shadowed());
    if (collision.linked() != null) {
      paths.add(collision.linked());
    }
    return paths.stream().allMatch(p -> graph.file(p).map(FileFacts::test).orElse(false));
  }

  /**
   * The directory a copy sits in when its path is the live file's path under another directory
   * ({@code backups/2024/app/models} of {@code app/models}), else null.
   */
  static String snapshotDirectory(String copy, String live) {
    if (!copy.endsWith("/" + live)) {
      return null;
    }
    String directory = copy.substring(0, copy.length() - live.length() - 1);
    return directory.isEmpty() ? null : directory;
  }

  private static void reportSnapshot(String directory, List<Copy> copies, FindingSink findings) {
    List<String> names = copies.stream().map(c -> c.collision().module()).distinct().toList();
    List<Evidence> evidence = new ArrayList<>();
    for (Copy copy : copies) {
      evidence.add(new Evidence.Definition(copy.collision().module(), at(copy.path())));
      evidence.add(
          new Evidence.Definition(copy.collision().module(), at(copy.collision().linked())));
    }
    String listed =
        String.join(", ", names.subList(0, Math.min(LISTED_MODULES, names.size())))
            + (names.size() > LISTED_MODULES ? ", …" : "");
    findings
        .at(at(copies.get(0).path()))
        .message(
            "directory "
                + directory
                + "/ copies live modules: "
                + copies.size()
                + " of its files have the module names of files outside it ("
                + listed
                + "), and imports reach only those; a backup snapshot? exclude it (exclude: \""
                + directory
                + "/**\")")
        .symbols(List.of(directory + "/"))
        .evidence(evidence)
        .subject(directory + "/")
        .report();
  }

  private static void reportOne(Copy copy, FindingSink findings) {
    ModuleCollision collision = copy.collision();
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence.Definition(collision.module(), at(copy.path())));
    evidence.add(new Evidence.Definition(collision.module(), at(collision.linked())));
    String message =
        copy.path()
            + " and "
            + collision.linked()
            + " both map to module "
            + collision.module()
            + "; imports reach "
            + collision.linked()
            + " ("
            + collision.reason()
            + "), never this file";
    findings
        .at(at(copy.path()))
        .message(message)
        .symbols(List.of(collision.module()))
        .evidence(evidence)
        .subject(copy.path())
        .report();
  }

  private static Location at(String path) {
    return new Location(path, 1, 1);
  }
}
