package dev.ssot.maven;

import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Analyses the project's compile and test source roots (or, with {@code aggregate}, the whole
 * reactor's), writes {@code report.json} (and the other formats asked for) to the output directory,
 * logs each finding like a compiler error and fails the build when findings reach {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractSsotMojo {

  /**
   * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or
   * {@code never}. Default: {@code failOn} from the config file, else {@code error}.
   *
   * <pre>{@code
   * <configuration>
   *   <failOn>warning</failOn>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "ssot.failOn")
  String failOn;

  /**
   * Report formats written besides {@code report.json}, which is always written: {@code text}
   * ({@code report.txt}), {@code sarif} ({@code report.sarif}), {@code github} ({@code
   * report.github.txt}) and {@code markdown} ({@code report.md}). On the command line: {@code
   * -Dssot.formats=text,sarif}.
   *
   * <pre>{@code
   * <configuration>
   *   <formats>
   *     <format>text</format>
   *     <format>sarif</format>
   *   </formats>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "ssot.formats")
  List<String> formats = new ArrayList<>();

  /**
   * Runs only these rules instead of the default set ({@code mvn ssot:check
   * -Dssot.select=import-cycle}).
   *
   * <pre>{@code
   * <configuration>
   *   <select>
   *     <rule>duplicate-type</rule>
   *     <rule>import-cycle</rule>
   *   </select>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "ssot.select")
  List<String> select = new ArrayList<>();

  /**
   * Rules not to run.
   *
   * <pre>{@code
   * <configuration>
   *   <ignore>
   *     <rule>drifting-test-double</rule>
   *   </ignore>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "ssot.ignore")
  List<String> ignore = new ArrayList<>();

  /**
   * A baseline file written by {@code ssot baseline}: the findings it holds are reported as
   * baselined and do not fail the build; new ones do. Default: {@code baseline} in the config file.
   *
   * <pre>
   * &lt;configuration&gt;
   *   &lt;baseline&gt;${project.basedir}/ssot-baseline.json&lt;/baseline&gt;
   * &lt;/configuration&gt;
   * </pre>
   */
  @Parameter(property = "ssot.baseline")
  java.io.File baseline;

  /**
   * Whether baseline entries that match no finding any more fail the build, so the baseline can
   * only shrink.
   *
   * <pre>{@code
   * <configuration>
   *   <strictBaseline>true</strictBaseline>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "ssot.strictBaseline", defaultValue = "false")
  boolean strictBaseline;

  private List<ReportWriter> writers;

  @Override
  AnalysisRequest.Builder configure(AnalysisRequest.Builder request) throws MojoExecutionException {
    try {
      writers = ReportFiles.writers(formats);
      return request
          .select(select)
          .ignore(ignore)
          .failOn(failOn == null || failOn.isBlank() ? null : FailLevel.parse(failOn))
          .baseline(baseline == null ? null : baseline.toPath())
          .strictBaseline(strictBaseline);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("ssot: " + e.getMessage(), e);
    }
  }

  @Override
  void handle(AnalysisResult result, Path outputDirectory)
      throws IOException, MojoFailureException {
    List<Path> written = ReportFiles.write(result, writers, outputDirectory);
    FindingLog.log(getLog(), result.root(), result.report());
    getLog().info("ssot: report written to " + written.get(0));
    if (result.failed()) {
      Map<String, Integer> byRule = new TreeMap<>();
      for (Finding finding : result.report().findings()) {
        if (result.failOn().fails(finding.severity())) {
          byRule.merge(finding.rule().value(), 1, Integer::sum);
        }
      }
      int count = byRule.values().stream().mapToInt(Integer::intValue).sum();
      throw new MojoFailureException(
          "ssot: "
              + count
              + (count == 1 ? " finding" : " findings")
              + " at or above failOn="
              + result.failOn().id()
              + " "
              + byRule
              + "; see the log above and "
              + written.get(0));
    }
  }
}
