package dev.ssot.maven;

import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.graph.Level;
import dev.ssot.core.io.AtomicOutput;
import dev.ssot.core.report.graph.GraphWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the dependency graph of the analysed sources to the output directory as Graphviz DOT
 * ({@code package-graph.dot}) and Mermaid ({@code package-graph.mmd}); edges inside a cycle are
 * red, edge labels count the imports behind them. Run it with {@code mvn ssot:graph}; it never
 * fails the build on findings.
 */
@Mojo(name = "graph", threadSafe = true)
public class GraphMojo extends AbstractSsotMojo {

  /**
   * {@code package} or {@code type} (top-level types); the files are named after it ({@code
   * type-graph.dot}). On the command line: {@code mvn ssot:graph -Dssot.level=type}.
   *
   * <pre>{@code
   * <configuration>
   *   <level>type</level>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "ssot.level", defaultValue = "package")
  String level;

  private static final List<Map.Entry<GraphWriter.Format, String>> FILES =
      List.of(
          Map.entry(GraphWriter.Format.DOT, "dot"), Map.entry(GraphWriter.Format.MERMAID, "mmd"));

  private Level graphLevel;

  @Override
  AnalysisRequest.Builder configure(AnalysisRequest.Builder request) throws MojoExecutionException {
    try {
      graphLevel = Level.valueOf(level.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "ssot: level: bad value '" + level + "' (expected one of: package, type)");
    }
    return request;
  }

  @Override
  void handle(AnalysisResult result, Path outputDirectory) throws IOException {
    for (Map.Entry<GraphWriter.Format, String> format : FILES) {
      Path file = outputDirectory.resolve(graphLevel.id() + "-graph." + format.getValue());
      AtomicOutput.write(
          file, out -> GraphWriter.write(result.graph(), graphLevel, format.getKey(), out));
      getLog().info("ssot: " + graphLevel.id() + " graph written to " + file);
    }
  }
}
