package dev.ssot.core.engine;

import dev.ssot.core.concept.Concepts;
import dev.ssot.core.config.BannedImport;
import dev.ssot.core.config.ConceptDeclaration;
import dev.ssot.core.config.ConfigException;
import dev.ssot.core.config.ConfigLoader;
import dev.ssot.core.config.RuleSettings;
import dev.ssot.core.config.SsotConfig;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.lang.Language;
import dev.ssot.core.lang.Languages;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.ParseOutcome;
import dev.ssot.core.parse.SourceParser;
import dev.ssot.core.parse.SourceSet;
import dev.ssot.core.parse.cache.FactsCache;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.baseline.Baseline;
import dev.ssot.core.rule.FindingSink;
import dev.ssot.core.rule.RuleContext;
import dev.ssot.core.rule.RuleDescriptor;
import dev.ssot.core.rule.SuppressionUse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The one façade the CLI and the Maven plugin call: discover → parse (parallel) → link → rules →
 * report. Silent: it prints nothing and never exits; problems come back as exceptions ({@link
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
    List<RuleDescriptor> selected = selectRules(request, config, registry);
    Map<Class<?>, Record> options = bindOptions(config, registry, selected);
    FailLevel failOn =
        request.failOn() != null
            ? request.failOn()
            : config.failOn() != null ? config.failOn() : FailLevel.ERROR;

    List<SourceParser> parsers = parsers(languages);
    List<String> excludes = new ArrayList<>(config.exclude());
    excludes.addAll(request.excludes());
    SourceSet sources =
        SourceSet.discover(
            root,
            request.sourceRoots(),
            request.testRoots(),
            config.include(),
            excludes,
            path -> parsers.stream().anyMatch(p -> p.accepts(path)),
            request.discovery());
    long discovered = System.nanoTime();
    timing.put("discoverMillis", millis(start, discovered));

    FactsCache cache =
        request.cacheDirectory() == null
            ? FactsCache.disabled()
            : FactsCache.open(request.cacheDirectory(), cacheKey(parsers));
    Path configBase = config.file() == null ? root : config.file().toAbsolutePath().getParent();
    List<SourceFile> files = sources.files();
    for (Language language : languages.all()) {
      files = language.prepare(root, configBase, files, config.languageSettings(language.id()));
    }
    List<ParseOutcome> outcomes =
        parseAll(files, parsers, cache, request.parallelism(), request.progress());
    cache.save();
    timing.put("cachedFiles", (long) cache.hits());
    timing.put("unreadFiles", (long) cache.unreadHits());
    timing.put("parsedFiles", (long) (sources.files().size() - cache.hits()));
    List<FileFacts> facts = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    for (ParseOutcome outcome : outcomes) {
      if (outcome instanceof ParseOutcome.Parsed parsed) {
        facts.add(parsed.facts());
      } else if (outcome instanceof ParseOutcome.Failed failed) {
        problems.add(failed.problem());
      }
    }
    problems.sort(Comparator.comparing(ParseProblem::path));
    long parsed = System.nanoTime();
    timing.put("parseMillis", millis(discovered, parsed));

    java.util.Set<String> opaqueModules = new java.util.TreeSet<>();
    for (Language language : languages.all()) {
      opaqueModules.addAll(language.opaqueModules(root, files));
    }
    java.util.Set<String> failedPaths = new java.util.HashSet<>();
    problems.forEach(problem -> failedPaths.add(problem.path()));
    for (SourceFile file : files) {
      if (file.module() != null && failedPaths.contains(file.path())) {
        opaqueModules.add(file.module()); // it exists; what it binds is unknown
      }
    }
    CodeGraph graph = CodeGraph.of(facts, languages.all(), opaqueModules);
    long linked = System.nanoTime();
    timing.put("linkMillis", millis(parsed, linked));

    ConceptSupplier concepts = new ConceptSupplier(graph, config);
    if (!config.concepts().isEmpty()) {
      concepts.get(); // unmatched declarations are config errors, reported before any finding
    }
    List<Finding> findings = new ArrayList<>();
    for (RuleDescriptor rule : selected) {
      if (!rule.reviewsSuppressions()) {
        runRule(
            rule,
            severityOf(rule, config),
            graph,
            concepts,
            config.bannedImports(),
            List.of(),
            options,
            findings);
      }
    }
    List<SuppressionUse> suppressionUses = Suppressions.apply(graph, findings, registry, selected);
    for (RuleDescriptor rule : selected) {
      if (rule.reviewsSuppressions()) {
        runRule(
            rule,
            severityOf(rule, config),
            graph,
            concepts,
            config.bannedImports(),
            suppressionUses,
            options,
            findings);
      }
    }
    List<Finding> merged = OneFindingPerImport.merge(findings);
    findings.clear();
    findings.addAll(merged);
    findings.sort(Finding.ORDER);
    Fixes.attach(root, findings, graph, languages);
    long checked = System.nanoTime();
    timing.put("rulesMillis", millis(linked, checked));
    timing.put("totalMillis", millis(start, checked));

    Report report =
        new Report(
            Report.SCHEMA_VERSION,
            new Report.Tool("ssot", ToolVersion.get()),
            selected.stream()
                .map(
                    r ->
                        new Report.RuleInfo(
                            r.id().value(),
                            r.summary(),
                            config
                                .settingsOf(r.id().value())
                                .map(RuleSettings::severity)
                                .orElse(r.severity()),
                            r.category().name().toLowerCase(java.util.Locale.ROOT),
                            r.documentation().orElse(null)))
                .toList(),
            findings,
            problems,
            concepts.built() ? ConceptSummaries.of(concepts.get(), graph, findings) : List.of(),
            summarise(sources, facts, problems, findings, selected),
            timing);
    report =
        report
            .withSkipped(sources.skipped())
            .withCopiedDirectories(CopiedDirectories.of(facts, findings));
    Path baseline = request.baseline() != null ? request.baseline() : config.baseline();
    if (baseline != null) {
      String shown =
          request.baseline() != null
              ? request.baseline().toString()
              : root.relativize(baseline).toString();
      report =
          report.withBaseline(
              readBaseline(baseline).compare(findings, shown, request.strictBaseline()));
    } else if (request.strictBaseline()) {
      throw new AnalysisException(
          "a strict baseline needs a baseline: --baseline FILE, or baseline: in the config");
    }
    return new AnalysisResult(root, report, graph, failOn, concepts::get);
  }

  private static Baseline readBaseline(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new AnalysisException(
          file + ": baseline file not found (write one with 'ssot baseline')");
    }
    try {
      return Baseline.read(file);
    } catch (IllegalArgumentException e) {
      throw new AnalysisException(e.getMessage());
    } catch (IOException e) {
      throw new AnalysisException(file + ": cannot read the baseline: " + e.getMessage());
    }
  }

  private static SsotConfig loadConfig(AnalysisRequest request, Path root, Languages languages) {
    java.util.Set<String> sections = new java.util.TreeSet<>();
    languages.all().forEach(language -> sections.add(language.id()));
    if (request.config() != null) {
      if (!Files.isRegularFile(request.config())) {
        throw new ConfigException(request.config(), 0, null, "config file not found");
      }
      // a config named by the caller may also name files beside itself
      Path beside = request.config().toAbsolutePath().getParent();
      return ConfigLoader.load(
          request.config(), beside == null ? List.of(root) : List.of(root, beside), sections);
    }
    return ConfigLoader.findIn(root)
        .map(file -> ConfigLoader.load(file, List.of(root), sections))
        .orElse(SsotConfig.defaults());
  }

  private static List<RuleDescriptor> selectRules(
      AnalysisRequest request, SsotConfig config, RuleRegistry registry) {
    for (Map.Entry<String, RuleSettings> entry : config.rules().entrySet()) {
      if (registry.find(entry.getKey()).isEmpty()) {
        RuleSettings settings = entry.getValue();
        throw new ConfigException(
            config.file(),
            settings == null ? 0 : settings.line(),
            "rules." + entry.getKey(),
            "unknown rule (known rules: " + String.join(", ", registry.ids()) + ")");
      }
    }
    for (String id : concat(request.select(), request.ignore())) {
      if (registry.find(id).isEmpty()) {
        throw new AnalysisException(
            "unknown rule '" + id + "' (known rules: " + String.join(", ", registry.ids()) + ")");
      }
    }
    List<RuleDescriptor> selected = new ArrayList<>();
    for (RuleDescriptor rule : registry.all()) {
      String id = rule.id().value();
      boolean enabled;
      if (!request.select().isEmpty()) {
        enabled = request.select().contains(id);
      } else {
        Boolean configured = config.settingsOf(id).map(RuleSettings::enabled).orElse(null);
        enabled = configured != null ? configured : rule.enabledByDefault();
      }
      if (enabled && !request.ignore().contains(id)) {
        selected.add(rule);
      }
    }
    return selected;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Binds the options of every rule mentioned in config (so typos fail even for unselected rules).
   */
  private static Map<Class<?>, Record> bindOptions(
      SsotConfig config, RuleRegistry registry, List<RuleDescriptor> selected) {
    Map<Class<?>, Record> options = new HashMap<>();
    for (RuleDescriptor rule : registry.all()) {
      boolean configured = config.settingsOf(rule.id().value()).isPresent();
      if (configured || selected.contains(rule)) {
        options.put(
            rule.rule().getClass(), config.bindOptions(rule.id().value(), rule.optionsType()));
      }
    }
    return options;
  }

  /** The language front ends, sorted by language. */
  static List<SourceParser> parsers(Languages languages) {
    return languages.all().stream().map(Language::parser).toList();
  }

  /**
   * What cached facts depend on besides the files: each parser's language and version, and ssot's
   * version.
   */
  static String cacheKey(List<SourceParser> parsers) {
    StringBuilder key = new StringBuilder("ssot=").append(ToolVersion.get());
    for (SourceParser parser : parsers) {
      key.append(';')
          .append(parser.language())
          .append('=')
          .append(parser.version())
          .append('/')
          .append(implementationHash(parser.getClass()));
    }
    return key.toString();
  }

  /**
   * A hash of a parser's class files (nested classes included), so a changed parser never reads
   * facts an older build extracted, even when nobody bumped its version.
   */
  private static String implementationHash(Class<?> type) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    List<Class<?>> classes = new ArrayList<>(List.of(type));
    classes.addAll(List.of(type.getDeclaredClasses()));
    classes.sort(Comparator.comparing(Class::getName));
    for (Class<?> c : classes) {
      String resource = c.getName().replace('.', '/') + ".class";
      try (java.io.InputStream in = c.getClassLoader().getResourceAsStream(resource)) {
        if (in != null) {
          crc.update(in.readAllBytes());
        }
      } catch (IOException e) {
        crc.update(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return Long.toHexString(crc.getValue());
  }

  private static List<ParseOutcome> parseAll(
      List<SourceFile> files,
      List<SourceParser> parsers,
      FactsCache cache,
      int parallelism,
      ProgressListener progress) {
    int threads = parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    ForkJoinPool pool = new ForkJoinPool(threads);
    Progress counter = new Progress(progress, files.size());
    try {
      return pool.submit(
              () ->
                  files.parallelStream()
                      .map(
                          file -> {
                            ParseOutcome outcome = parseOne(file, parsers, cache);
                            counter.fileDone();
                            return outcome;
                          })
                      .toList())
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Counts finished files for a {@link ProgressListener}, one call at a time, in order. */
  private static final class Progress {
    private final ProgressListener listener;
    private final int total;
    private int done;

    Progress(ProgressListener listener, int total) {
      this.listener = listener;
      this.total = total;
      listener.filesParsed(0, total);
    }

    synchronized void fileDone() {
      listener.filesParsed(++done, total);
    }
  }

  /**
   * One file's outcome: from the cache when a file with this path, test flag and content was parsed
   * before, else parsed and remembered. Read errors and parser crashes are not cached.
   */
  /**
   * A file's size and modification time, read before its bytes (so a later change shows), or null.
   */
  private static FactsCache.Stamp stampOf(SourceFile file) {
    try {
      java.nio.file.attribute.BasicFileAttributes attributes =
          Files.readAttributes(
              file.absolutePath(), java.nio.file.attribute.BasicFileAttributes.class);
      return new FactsCache.Stamp(
          attributes.size(),
          attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static ParseOutcome parseOne(
      SourceFile file, List<SourceParser> parsers, FactsCache cache) {
    SourceParser parser =
        parsers.stream().filter(p -> p.accepts(file.path())).findFirst().orElseThrow();
    FactsCache.Stamp stamp = null;
    if (cache.enabled()) {
      stamp = stampOf(file);
      ParseOutcome unchanged = cache.getUnchanged(file, stamp);
      if (unchanged != null) {
        return unchanged;
      }
    }
    byte[] content;
    try {
      content = Files.readAllBytes(file.absolutePath());
    } catch (IOException e) {
      return new ParseOutcome.Failed(
          new ParseProblem(file.path(), 0, "cannot read: " + e.getMessage()));
    }
    byte[] hash = null;
    if (cache.enabled()) {
      hash = cache.hash(content);
      ParseOutcome cached = cache.get(file, hash, stamp);
      if (cached != null) {
        return cached;
      }
    }
    try {
      ParseOutcome outcome = parser.parse(file, content);
      if (hash != null) {
        cache.put(file, hash, stamp, outcome);
      }
      return outcome;
    } catch (RuntimeException e) {
      return new ParseOutcome.Failed(
          new ParseProblem(
              file.path(), 0, "internal " + parser.language() + " parser error: " + e));
    }
  }

  /** Builds the concepts once, on first use, and checks the declared ones exist. */
  private static final class ConceptSupplier {
    private final CodeGraph graph;
    private final SsotConfig config;
    private Concepts concepts;

    ConceptSupplier(CodeGraph graph, SsotConfig config) {
      this.graph = graph;
      this.config = config;
    }

    boolean built() {
      return concepts != null;
    }

    Concepts get() {
      if (concepts == null) {
        concepts =
            Concepts.build(
                graph,
                config.concepts(),
                config.effectiveAffixes(),
                config.effectiveMinSharedMembers());
        for (ConceptDeclaration missing : concepts.unmatched()) {
          throw new ConfigException(
              config.file(),
              missing.declaredAt().line(),
              missing.key() + ".canonical",
              "no type '" + missing.canonical() + "' in the analysed sources");
        }
      }
      return concepts;
    }
  }

  private static Severity severityOf(RuleDescriptor rule, SsotConfig config) {
    Severity configured =
        config.settingsOf(rule.id().value()).map(RuleSettings::severity).orElse(null);
    return configured == null ? rule.severity() : configured;
  }

  private static void runRule(
      RuleDescriptor rule,
      Severity severity,
      CodeGraph graph,
      ConceptSupplier concepts,
      List<BannedImport> banned,
      List<SuppressionUse> suppressions,
      Map<Class<?>, Record> options,
      List<Finding> findings) {
    RuleContext context =
        new RuleContext() {
          @Override
          public CodeGraph graph() {
            return graph;
          }

          @Override
          public Concepts concepts() {
            return concepts.get();
          }

          @Override
          public List<BannedImport> bannedImports() {
            return banned;
          }

          @Override
          public List<SuppressionUse> suppressions() {
            return suppressions;
          }

          @Override
          public <T extends Record> T options(Class<T> type) {
            Record bound = options.get(rule.rule().getClass());
            if (!type.isInstance(bound)) {
              throw new IllegalStateException(
                  "rule "
                      + rule.id()
                      + " asked for options "
                      + type.getName()
                      + " but declares "
                      + rule.optionsType().getName());
            }
            return type.cast(bound);
          }
        };
    FindingSink sink =
        new FindingSink() {
          @Override
          public void report(
              Location location,
              String message,
              List<String> symbols,
              List<Evidence> evidence,
              String subject,
              Severity atMost) {
            report(location, message, symbols, evidence, subject, atMost, null);
          }

          @Override
          public void report(
              Location location,
              String message,
              List<String> symbols,
              List<Evidence> evidence,
              String subject,
              Severity atMost,
              dev.ssot.core.finding.ImportMove move) {
            List<String> sortedSymbols = symbols.stream().sorted().distinct().toList();
            Severity effective =
                atMost != null && atMost.compareTo(severity) > 0
                    ? atMost
                    : severity; // less severe only
            findings.add(
                new Finding(
                    rule.id(),
                    effective,
                    message,
                    location,
                    sortedSymbols,
                    evidence,
                    Fingerprint.of(rule.id(), sortedSymbols, subject),
                    move,
                    null));
          }
        };
    try {
      rule.rule().check(context, sink);
    } catch (RuntimeException e) {
      throw new RuleFailedException(rule.id().value(), e);
    }
  }

  private static Report.Summary summarise(
      SourceSet sources,
      List<FileFacts> facts,
      List<ParseProblem> problems,
      List<Finding> findings,
      List<RuleDescriptor> selected) {
    long lines = 0;
    int types = 0;
    for (FileFacts file : facts) {
      lines += file.lines();
      types += file.types().size();
    }
    Map<String, Integer> bySeverity = new TreeMap<>();
    for (Severity severity : Severity.values()) {
      bySeverity.put(severity.id(), 0);
    }
    Map<String, Integer> byRule = new TreeMap<>();
    selected.forEach(r -> byRule.put(r.id().value(), 0));
    for (Finding finding : findings) {
      bySeverity.merge(finding.severity().id(), 1, Integer::sum);
      byRule.merge(finding.rule().value(), 1, Integer::sum);
    }
    return new Report.Summary(
        sources.files().size(), lines, types, problems.size(), findings.size(), bySeverity, byRule);
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
