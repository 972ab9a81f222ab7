package dev.ssot.maven;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.engine.FixWriter;
import dev.ssot.core.engine.Fixes;
import dev.ssot.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rewrites imports to their canonical path where that path binds the very same definition ({@code
 * mvn ssot:fix}), like {@code ssot fix}; {@code -Dssot.diff} prints the unified diff and changes
 * nothing (a dry run). Not bound to a phase.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractSsotMojo {

  /** Print the changes as a unified diff and change nothing ({@code -Dssot.diff}). */
  @Parameter(property = "ssot.diff", defaultValue = "false")
  boolean diff;

  /**
   * Also rewrite imports whose canonical path binds what an alias or a forwarding shim stands for
   * ({@code -Dssot.unsafeFixes}).
   */
  @Parameter(property = "ssot.unsafeFixes", defaultValue = "false")
  boolean unsafeFixes;

  /** Fix only findings this baseline does not hold. Default: {@code baseline} in the config. */
  @Parameter(property = "ssot.baseline")
  java.io.File baseline;

  /** Fix baselined findings too ({@code -Dssot.all}). */
  @Parameter(property = "ssot.all", defaultValue = "false")
  boolean all;

  private AnalysisRequest request;

  @Override
  AnalysisRequest.Builder configure(AnalysisRequest.Builder builder) {
    AnalysisRequest.Builder configured =
        builder.baseline(baseline == null ? null : baseline.toPath());
    request = configured.build();
    return configured;
  }

  @Override
  void handle(AnalysisResult result, Path outputDirectory)
      throws IOException, MojoFailureException {
    Predicate<Finding> selected = f -> true;
    if (!all && result.report().baseline() != null) {
      Set<Finding> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
      fresh.addAll(result.report().newFindings());
      selected = fresh::contains;
    }
    Fixes.Plan plan = Fixes.plan(result, unsafeFixes, selected);
    for (Fixes.Outcome outcome : plan.notFixed()) {
      Finding finding = outcome.finding();
      getLog()
          .info(
              "ssot: not fixed: "
                  + finding.location().path()
                  + ":"
                  + finding.location().line()
                  + " "
                  + finding.move().written()
                  + " -> "
                  + finding.move().replacement()
                  + ": "
                  + outcome.reason());
    }
    if (diff) {
      String text = FixWriter.diff(plan);
      for (String line : text.split("\n", -1)) {
        if (!line.isEmpty()) {
          getLog().info(line);
        }
      }
      getLog()
          .info(
              "ssot: "
                  + plan.changes().size()
                  + " files to fix (dry run: -Dssot.diff, nothing written)");
      return;
    }
    List<FixWriter.Written> written = FixWriter.write(plan);
    int files = 0;
    for (FixWriter.Written file : written) {
      if (file.written()) {
        files++;
        getLog().info("ssot: fixed " + file.path());
      } else {
        getLog().warn("ssot: not written: " + file.path() + ": " + file.problem());
      }
    }
    long left = 0;
    if (files > 0) {
      AnalysisResult after = Analysis.run(request);
      left = after.report().findings().stream().filter(f -> f.move() != null).count();
    } else {
      left = result.report().findings().stream().filter(f -> f.move() != null).count();
    }
    getLog().info("ssot: fixed " + files + " files; " + left + " import findings left to migrate");
  }
}
