package dev.ssot.junit;

import dev.ssot.core.engine.AnalysisResult;
import java.nio.file.Path;

/**
 * Assertions over an ssot analysis, for JUnit (or any test framework: failures are {@link
 * AssertionError}s). A failure message lists the findings the way {@code ssot check}'s text report
 * does.
 *
 * <pre>{@code
 * assertNoFindings(Path.of(""));
 * assertThat(Ssot.analyse(Path.of(""))).hasNoFindings("import-cycle", "duplicate-type");
 * }</pre>
 */
public final class SsotAssertions {

  private SsotAssertions() {}

  /** Analyses {@code projectRoot} and fails when any rule reports a (new) finding. */
  public static void assertNoFindings(Path projectRoot) {
    assertThat(Ssot.analyse(projectRoot)).hasNoFindings();
  }

  /** Fluent assertions over an analysis' result. */
  public static AnalysisAssert assertThat(AnalysisResult result) {
    return new AnalysisAssert(result);
  }
}
