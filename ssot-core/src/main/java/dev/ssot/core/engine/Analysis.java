package dev.ssot.core.engine;

import dev.ssot.core.config.ConfigException;
import dev.ssot.core.config.ConfigLoader;
import dev.ssot.core.config.SsotConfig;
import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.lang.Languages;
import dev.ssot.core.parse.SourceParser;
import dev.ssot.core.parse.SourceSet;
import dev.ssot.core.report.Report;
import dev.ssot.core.rule.RuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one façade the CLI and the Maven plugin call. An analysis is a list of stages: discover the
 * sources → parse them (in parallel, through the facts cache: {@link ParseStage}) → link the facts
 * into a graph ({@link LinkStage}) → check it with the selected rules ({@link CheckStage}) →
 * assemble the report ({@link ReportAssembly}). Which rules run and with which options is decided
 * first ({@link RuleSelection}, {@link RuleOptions}), so a config error stops the run before any
 * file is read. Silent: it prints nothing and never exits; problems come back as exceptions ({@link
 * ConfigException}, {@link AnalysisException}) or inside the report.
 */
public final class Analysis {

  private Analysis() {}

  /**
   * Runs one analysis.
   *
   * @throws ConfigException when the config file is invalid
   * @throws AnalysisException when the request cannot be analysed (missing root, unknown rule)
   */
  public static AnalysisResult run(AnalysisRequest request) {
    long start = System.nanoTime();
    Map<String, Long> timing = new LinkedHashMap<>();
    Path root = request.root().toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new AnalysisException(
          Files.exists(root)
              ? "not a directory: " + request.root()
              : "no such directory: " + request.root());
    }
    Languages languages = Languages.load(Analysis.class.getClassLoader());
    SsotConfig config = loadConfig(request, root, languages);
    RuleRegistry registry = RuleRegistry.load(Analysis.class.getClassLoader());
    List<RuleDescriptor> selected = RuleSelection.select(request, config, registry);
    RuleOptions options = RuleOptions.bind(config, registry, selected);
    FailLevel failOn =
        request.failOn() != null
            ? request.failOn()
            : config.failOn() != null ? config.failOn() : FailLevel.ERROR;

    java.util.Set<String> buildFiles = BuildStage.fileNames(languages);
    SourceSet discoveredFiles = discover(request, root, config, languages, buildFiles);
    BuildStage.Read build = BuildStage.read(languages, discoveredFiles.files());
    SourceSet sources =
        discoveredFiles.without(file -> BuildStage.isBuildFile(buildFiles, file.path()));
    long discovered = System.nanoTime();
    timing.put("discoverMillis", millis(start, discovered));

    ParseStage.Parsed parsed =
        ParseStage.run(request, root, config, languages, sources.files(), timing)
            .withProblems(build.problems());
    long parsedAt = System.nanoTime();
    timing.put("parseMillis", millis(discovered, parsedAt));

    CodeGraph graph = LinkStage.run(root, languages, parsed).withBuildModules(build.modules());
    long linked = System.nanoTime();
    timing.put("linkMillis", millis(parsedAt, linked));

    ConceptSupplier concepts = new ConceptSupplier(graph, config);
    List<Finding> findings =
        CheckStage.run(root, config, languages, graph, concepts, registry, selected, options);
    long checked = System.nanoTime();
    timing.put("rulesMillis", millis(linked, checked));
    timing.put("totalMillis", millis(start, checked));

    Report report =
        ReportAssembly.assemble(
            request, root, config, sources, parsed, graph, concepts, selected, findings, timing);
    return new AnalysisResult(root, report, graph, failOn, concepts::get);
  }

  /**
   * The files to analyse: config and request globs over the root, any a front end accepts, and the
   * build files a front end reads.
   */
  private static SourceSet discover(
      AnalysisRequest request,
      Path root,
      SsotConfig config,
      Languages languages,
      java.util.Set<String> buildFiles) {
    List<SourceParser> parsers = ParseStage.parsers(languages);
    return SourceSet.discover(
        root,
        request.sourceRoots(),
        request.testRoots(),
        config.include(),
        excludesBelow(config, root),
        globBase(config, root),
        request.excludes(),
        path ->
            parsers.stream().anyMatch(p -> p.accepts(path))
                || BuildStage.isBuildFile(buildFiles, path),
        request.discovery(),
        languages.discoveryRules());
  }

  private static SsotConfig loadConfig(AnalysisRequest request, Path root, Languages languages) {
    java.util.Set<String> sections = new java.util.TreeSet<>();
    languages.all().forEach(language -> sections.add(language.id()));
    if (request.config() == AnalysisRequest.NO_CONFIG_FILE) {
      return SsotConfig.defaults();
    }
    if (request.config() != null) {
      if (!Files.isRegularFile(request.config())) {
        throw new ConfigException(request.config(), 0, null, "config file not found");
      }
      // a config named by the caller may also name files beside itself
      Path beside = request.config().toAbsolutePath().getParent();
      return ConfigLoader.load(
          request.config(),
          beside == null ? List.of(root) : List.of(root, beside),
          sections,
          languages.configFiles());
    }
    return ConfigLoader.discover(root, languages.configFiles())
        .map(
            file ->
                ConfigLoader.load(
                    file,
                    List.of(file.toAbsolutePath().normalize().getParent()),
                    sections,
                    languages.configFiles()))
        .orElse(SsotConfig.defaults());
  }

  /**
   * Where the root lies relative to the config file's directory, when that directory holds it
   * ({@code ""} when they are one): the config's globs are relative to its own directory. A config
   * elsewhere (named with {@code --config}) has globs relative to the root.
   */
  static String globBase(SsotConfig config, Path root) {
    if (config.file() == null) {
      return "";
    }
    Path dir = config.file().toAbsolutePath().normalize().getParent();
    if (dir == null || !root.startsWith(dir) || root.equals(dir)) {
      return "";
    }
    List<String> names = new ArrayList<>();
    dir.relativize(root).forEach(name -> names.add(globLiteral(name.toString())));
    return String.join("/", names);
  }

  /**
   * The config's exclude globs, less those that would leave out the whole root when the config lies
   * above it: analysing a directory the config excludes ({@code ssot check tests/fixtures/case}
   * under a config that excludes {@code tests/fixtures/**}) analyses it, as Ruff does with a path
   * named on the command line.
   */
  static List<String> excludesBelow(SsotConfig config, Path root) {
    if (config.file() == null) {
      return config.exclude();
    }
    Path dir = config.file().toAbsolutePath().normalize().getParent();
    if (dir == null || !root.startsWith(dir) || root.equals(dir)) {
      return config.exclude();
    }
    String prefix = dir.relativize(root).toString().replace(java.io.File.separatorChar, '/');
    List<String> kept = new ArrayList<>();
    for (String glob : config.exclude()) {
      java.nio.file.PathMatcher matcher =
          java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
      boolean wholeRoot =
          java.util.stream.Stream.of("probe", "probe/probe", "probe/probe/probe")
              .allMatch(probe -> matcher.matches(Path.of(prefix + "/" + probe)));
      if (!wholeRoot) {
        kept.add(glob);
      }
    }
    return kept;
  }

  /** A file name as a glob that matches only itself. */
  private static String globLiteral(String name) {
    return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
  }

  /** The config file used, relative to the root ({@code ../ssot.yaml}), or null for none. */
  static String configShown(SsotConfig config, Path root) {
    if (config.file() == null) {
      return null;
    }
    Path file = config.file().toAbsolutePath().normalize();
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
