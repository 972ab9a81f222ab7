package dev.ssot.maven;

import dev.ssot.core.config.ConfigException;
import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisException;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.io.OutputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every ssot goal shares: which sources to analyse (one module, or the whole reactor), the
 * config file, where outputs go, and turning ssot's errors into Maven's. The analysis itself is
 * {@link Analysis#run}.
 */
abstract class AbstractSsotMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /**
   * Skips ssot. On the command line: {@code mvn verify -Dssot.skip}.
   *
   * <pre>{@code
   * <configuration>
   *   <skip>true</skip>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "ssot.skip", defaultValue = "false")
  boolean skip;

  /**
   * The config file ({@code ssot.yaml}, {@code ssot.yml}, {@code ssot.json} or {@code
   * pyproject.toml} with {@code [tool.ssot]}; same schema as the CLI's). Default: the nearest of
   * them in the analysed root — <code>${project.basedir}</code>, or in aggregate mode the directory
   * Maven was started in — or a directory above it, up to the top of the repository. A missing or
   * invalid file fails the build with the file, line and key.
   *
   * <pre>{@code
   * <configuration>
   *   <config>config/ssot.yaml</config>  <!-- relative to the project directory -->
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "ssot.config")
  File config;

  /**
   * Where reports and graphs are written. In aggregate mode the default is the execution root
   * project's {@code target/ssot}.
   *
   * <pre>{@code
   * <configuration>
   *   <outputDirectory>target/reports/ssot</outputDirectory>
   * </configuration>
   * }</pre>
   */
  @Parameter(
      property = "ssot.outputDirectory",
      defaultValue = "${project.build.directory}/ssot",
      required = true)
  File outputDirectory;

  /**
   * Analyses the whole reactor at once instead of each module on its own. The analysis runs once,
   * at the last project of the reactor, over the compile and test source roots of every project in
   * the build; report paths are relative to the directory Maven was started in. Use it in a
   * multi-module build to find a concept defined in two modules, imports that reach a type of
   * another module through an alias, and package cycles that span modules — none of which one
   * module's sources show. Leave it off for single-module projects, or to give each module its own
   * config and report.
   *
   * <pre>{@code
   * <!-- in the parent POM, inherited by every module -->
   * <configuration>
   *   <aggregate>true</aggregate>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "ssot.aggregate", defaultValue = "false")
  boolean aggregate;

  /**
   * Caches the facts parsed from each file in <code>${project.build.directory}/ssot/cache</code>
   * (in aggregate mode, the execution root's {@code target/ssot/cache}), so that the next build
   * parses only the files that changed. Results are the same with or without the cache; a damaged
   * cache is rebuilt. Off: {@code mvn verify -Dssot.cache=false}.
   *
   * <pre>{@code
   * <configuration>
   *   <cache>false</cache>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "ssot.cache", defaultValue = "true")
  boolean cache;

  /**
   * Also analyses what {@code .gitignore} files and the built-in rules leave out inside the source
   * roots (virtual environments, {@code site-packages}, {@code .tox}, {@code .nox}, {@code
   * node_modules}, build output beside a build file). Source roots themselves are always analysed,
   * whatever the ignore files above them say. On the command line: {@code mvn verify
   * -Dssot.noIgnore}.
   *
   * <pre>{@code
   * <configuration>
   *   <noIgnore>true</noIgnore>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "ssot.noIgnore", defaultValue = "false")
  boolean noIgnore;

  /**
   * Follows symbolic links that lead to a place inside the analysed root; by default they are
   * skipped and listed in the JSON report's {@code skipped} section. On the command line: {@code
   * mvn verify -Dssot.followLinks}.
   */
  @Parameter(property = "ssot.followLinks", defaultValue = "false")
  boolean followLinks;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("ssot: skipped (ssot.skip)");
      return;
    }
    List<MavenProject> reactor = session.getProjects();
    if (aggregate && !SourceScope.isLast(project, reactor)) {
      getLog()
          .info(
              "ssot: aggregate mode: the reactor is analysed once, at its last project ("
                  + reactor.get(reactor.size() - 1).getArtifactId()
                  + ")");
      return;
    }
    Path executionRoot = Paths.get(session.getExecutionRootDirectory());
    SourceScope scope =
        aggregate ? SourceScope.of(executionRoot, reactor) : SourceScope.ofModule(project);
    if (scope.isEmpty()) {
      getLog().info("ssot: no source roots to analyse");
      return;
    }
    AnalysisRequest.Builder request =
        AnalysisRequest.builder(scope.root())
            .sourceRoots(scope.mainRoots())
            .testRoots(scope.testRoots())
            .config(config == null ? null : config.toPath())
            .cacheDirectory(cache ? new File(buildDirectory(), "ssot/cache").toPath() : null)
            .noIgnore(noIgnore)
            .followLinks(followLinks);
    try {
      analyseAndHandle(request);
    } catch (OutOfMemoryError e) {
      throw new MojoExecutionException("ssot: " + outOfMemory(), null);
    } catch (RuntimeException e) {
      if (causedByOutOfMemory(e)) {
        throw new MojoExecutionException("ssot: " + outOfMemory(), null);
      }
      throw e;
    }
  }

  private void analyseAndHandle(AnalysisRequest.Builder request)
      throws MojoExecutionException, MojoFailureException {
    AnalysisResult result;
    try {
      result = Analysis.run(configure(request).build());
    } catch (ConfigException | AnalysisException e) {
      throw new MojoExecutionException("ssot: " + e.getMessage(), e);
    }
    try {
      handle(result, outputDirectory().toPath());
    } catch (OutputException e) {
      throw new MojoExecutionException("ssot: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "ssot: cannot write to " + outputDirectory() + ": " + e.getMessage(), e);
    }
  }

  private static boolean causedByOutOfMemory(Throwable thrown) {
    Throwable at = thrown;
    for (int depth = 0; at != null && depth < 32; depth++, at = at.getCause()) {
      if (at instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** Guidance for a heap too small for the analysed sources: Maven's heap is ssot's. */
  static String outOfMemory() {
    long mb = Math.max(1, (Runtime.getRuntime().maxMemory() + (1L << 20) - 1) >> 20);
    return "ssot ran out of memory with a heap of "
        + mb
        + " MB; raise Maven's heap with MAVEN_OPTS=-Xmx"
        + (2 * mb)
        + "m (or -Xmx"
        + (2 * mb)
        + "m in .mvn/jvm.config)";
  }

  /** Adds the goal's own options to the request. */
  AnalysisRequest.Builder configure(AnalysisRequest.Builder request) throws MojoExecutionException {
    return request;
  }

  /** Writes and reports what the analysis found. */
  abstract void handle(AnalysisResult result, Path outputDirectory)
      throws IOException, MojoFailureException;

  /** The output directory; in aggregate mode an unchanged default moves to the execution root's. */
  private File outputDirectory() {
    File moduleDefault = new File(project.getBuild().getDirectory(), "ssot");
    if (!aggregate || !outputDirectory.getAbsoluteFile().equals(moduleDefault.getAbsoluteFile())) {
      return outputDirectory;
    }
    return new File(buildDirectory(), "ssot");
  }

  /** The project's build directory; in aggregate mode the execution root's. */
  private File buildDirectory() {
    if (!aggregate) {
      return new File(project.getBuild().getDirectory());
    }
    MavenProject top = session.getTopLevelProject();
    if (top != null && top.isExecutionRoot()) {
      return new File(top.getBuild().getDirectory());
    }
    return new File(session.getExecutionRootDirectory(), "target");
  }
}
