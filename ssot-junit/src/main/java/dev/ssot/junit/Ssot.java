package dev.ssot.junit;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import java.nio.file.Path;

/** Runs ssot's analysis from a test. */
public final class Ssot {

  private Ssot() {}

  /**
   * Analyses the project at {@code root} with its config ({@code ssot.yaml}, {@code ssot.yml} or
   * {@code ssot.json} in the root, if present) and every rule, without a parse cache. {@code
   * Path.of("")} is the working directory: the module's directory when Maven runs the test.
   */
  public static AnalysisResult analyse(Path root) {
    return Analysis.run(AnalysisRequest.builder(root).build());
  }

  /** Runs an analysis configured in full (config file, rules, excludes, baseline, ...). */
  public static AnalysisResult analyse(AnalysisRequest request) {
    return Analysis.run(request);
  }
}
