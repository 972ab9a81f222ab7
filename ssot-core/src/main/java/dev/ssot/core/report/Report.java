package dev.ssot.core.report;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SkippedPath;
import java.util.List;
import java.util.Map;

/**
 * The versioned result of one analysis, behind every output format. Everything except {@link
 * #timing()} is a pure function of the analysed tree and the configuration.
 *
 * @param schemaVersion the JSON report contract version
 * @param tool name and version of ssot
 * @param rules the rules that ran, sorted by id
 * @param findings sorted by path, line, column, rule id
 * @param parseProblems files that could not be analysed, sorted by path
 * @param concepts the concepts worth reporting (declared, re-exported or duplicated), sorted by
 *     canonical name: the migration-progress view
 * @param summary counts
 * @param timing wall-clock milliseconds per phase; the only part that changes between runs
 * @param baseline the comparison with a baseline file, or null when none was used
 * @param skipped what discovery left out, sorted by {@link SkippedPath#ORDER}
 * @param copiedDirectories directories that hold copies of code live elsewhere in the tree
 *     (backups, snapshots), sorted by path
 * @param config the config file used, relative to the analysed root ({@code ../ssot.yaml}, or a
 *     language tool's project file that holds the config), or null when none was
 * @param moduleRoots the source roots a language chose from the code's own imports, sorted by
 *     {@link dev.ssot.core.model.ModuleRoot#ORDER}
 */
public record Report(
    int schemaVersion,
    Tool tool,
    List<RuleInfo> rules,
    List<Finding> findings,
    List<ParseProblem> parseProblems,
    List<ConceptSummary> concepts,
    Summary summary,
    Map<String, Long> timing,
    BaselineResult baseline,
    List<SkippedPath> skipped,
    List<CopiedDirectory> copiedDirectories,
    String config,
    List<dev.ssot.core.model.ModuleRoot> moduleRoots) {

  /** The JSON report contract implemented by this version. */
  public static final int SCHEMA_VERSION = 1;

  public Report {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    parseProblems = List.copyOf(parseProblems);
    concepts = List.copyOf(concepts);
    timing = Map.copyOf(timing);
    skipped = skipped == null ? List.of() : List.copyOf(skipped);
    copiedDirectories = copiedDirectories == null ? List.of() : List.copyOf(copiedDirectories);
    moduleRoots = moduleRoots == null ? List.of() : List.copyOf(moduleRoots);
  }

  /** A report that names no config file and no copied directories. */
  public Report(
      int schemaVersion,
      Tool tool,
      List<RuleInfo> rules,
      List<Finding> findings,
      List<ParseProblem> parseProblems,
      List<ConceptSummary> concepts,
      Summary summary,
      Map<String, Long> timing,
      BaselineResult baseline,
      List<SkippedPath> skipped) {
    this(
        schemaVersion,
        tool,
        rules,
        findings,
        parseProblems,
        concepts,
        summary,
        timing,
        baseline,
        skipped,
        List.of(),
        null,
        List.of());
  }

  /** This report naming the config file used (relative to the root), or none. */
  public Report withConfig(String file) {
    return new Report(
        schemaVersion,
        tool,
        rules,
        findings,
        parseProblems,
        concepts,
        summary,
        timing,
        baseline,
        skipped,
        copiedDirectories,
        file,
        moduleRoots);
  }

  /** This report with the source roots chosen from evidence, in any order. */
  public Report withModuleRoots(List<dev.ssot.core.model.ModuleRoot> roots) {
    return new Report(
        schemaVersion,
        tool,
        rules,
        findings,
        parseProblems,
        concepts,
        summary,
        timing,
        baseline,
        skipped,
        copiedDirectories,
        config,
        roots.stream().sorted(dev.ssot.core.model.ModuleRoot.ORDER).toList());
  }

  /** A report without skipped paths. */
  public Report(
      int schemaVersion,
      Tool tool,
      List<RuleInfo> rules,
      List<Finding> findings,
      List<ParseProblem> parseProblems,
      List<ConceptSummary> concepts,
      Summary summary,
      Map<String, Long> timing,
      BaselineResult baseline) {
    this(
        schemaVersion,
        tool,
        rules,
        findings,
        parseProblems,
        concepts,
        summary,
        timing,
        baseline,
        List.of());
  }

  /** A report of a run without a baseline. */
  public Report(
      int schemaVersion,
      Tool tool,
      List<RuleInfo> rules,
      List<Finding> findings,
      List<ParseProblem> parseProblems,
      List<ConceptSummary> concepts,
      Summary summary,
      Map<String, Long> timing) {
    this(schemaVersion, tool, rules, findings, parseProblems, concepts, summary, timing, null);
  }

  /** This report compared with a baseline. */
  public Report withBaseline(BaselineResult result) {
    return new Report(
        schemaVersion,
        tool,
        rules,
        findings,
        parseProblems,
        concepts,
        summary,
        timing,
        result,
        skipped,
        copiedDirectories,
        config,
        moduleRoots);
  }

  /** This report with the directories that hold copies of live code. */
  public Report withCopiedDirectories(List<CopiedDirectory> copies) {
    return new Report(
        schemaVersion,
        tool,
        rules,
        findings,
        parseProblems,
        concepts,
        summary,
        timing,
        baseline,
        skipped,
        copies,
        config,
        moduleRoots);
  }

  /**
   * The {@link #timing()} key counting paths left out for one of the reasons discovery gives by
   * rule ({@link SkippedPath.Reason#byRule()}: ignored files, build output, environments): {@code
   * skippedBuildOutput}. Builds create and remove these paths, so they are counted in {@link
   * #timing()}, the part of the report that may differ between runs; every other skipped path
   * (unreadable, special file, link) is listed in {@link #skipped()} and counted in the summary.
   */
  public static String timingKey(SkippedPath.Reason reason) {
    StringBuilder key = new StringBuilder(SKIPPED_KEY);
    for (String word : reason.id().split("-")) {
      key.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return key.toString();
  }

  private static final String SKIPPED_KEY = "skipped";

  /** Whether a {@link #timing()} key is a {@link #timingKey}. */
  private static boolean isSkippedKey(String key) {
    return key.length() > SKIPPED_KEY.length()
        && key.startsWith(SKIPPED_KEY)
        && Character.isUpperCase(key.charAt(SKIPPED_KEY.length()));
  }

  /**
   * The reason id a {@link #timingKey} counts: {@code build-output} for {@code skippedBuildOutput}.
   */
  private static String reasonId(String key) {
    StringBuilder id = new StringBuilder();
    for (int i = SKIPPED_KEY.length(); i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isUpperCase(c)) {
        if (id.length() > 0) {
          id.append('-');
        }
        id.append(Character.toLowerCase(c));
      } else {
        id.append(c);
      }
    }
    return id.toString();
  }

  /**
   * How many paths discovery left out for each reason id, listed ones and those counted in {@link
   * #timing()} alike; only reasons that occurred, sorted.
   */
  public Map<String, Integer> skippedCounts() {
    Map<String, Integer> counts = new java.util.TreeMap<>(summary.skippedByReason());
    for (Map.Entry<String, Long> entry : new java.util.TreeMap<>(timing).entrySet()) {
      long n = entry.getValue();
      if (isSkippedKey(entry.getKey()) && n > 0) {
        counts.merge(reasonId(entry.getKey()), (int) n, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * This report with its list of what discovery left out replaced, for a report made from another
   * one (a report restricted to some files): the counts of paths left out by rule that {@link
   * #timing()} already holds are kept, and the paths left out by rule in {@code all} (which a
   * report's own {@link #skipped()} never holds) are added to them; see {@link #withSkipped(List,
   * java.util.Collection)}.
   */
  public Report withSkipped(List<SkippedPath> all) {
    Map<String, Long> counted = new java.util.HashMap<>();
    timing.forEach(
        (key, value) -> {
          if (isSkippedKey(key)) {
            counted.put(key, value);
          }
        });
    SkippedPath.Reason.CORE_RULES.forEach(reason -> counted.putIfAbsent(timingKey(reason), 0L));
    return withSkipped(all, counted);
  }

  /**
   * This report with what discovery left out: the paths left out by rule ({@link
   * SkippedPath.Reason#byRule()}) counted in {@link #timing()}, every other path listed and counted
   * in the summary by reason.
   *
   * @param all the skipped paths, in any order
   * @param ruleReasons every reason the discovery rules could give, each counted in {@link
   *     #timing()} even when no path was left out for it
   */
  public Report withSkipped(
      List<SkippedPath> all, java.util.Collection<SkippedPath.Reason> ruleReasons) {
    Map<String, Long> counted = new java.util.HashMap<>();
    ruleReasons.forEach(reason -> counted.put(timingKey(reason), 0L));
    return withSkipped(all, counted);
  }

  /** {@link #withSkipped(List, java.util.Collection)}, with the timing keys counted from zero. */
  private Report withSkipped(List<SkippedPath> all, Map<String, Long> ruleCounts) {
    for (SkippedPath path : all) {
      if (path.reason().byRule()) {
        ruleCounts.merge(timingKey(path.reason()), 1L, Long::sum);
      }
    }
    Map<String, Long> counted = new java.util.HashMap<>(timing);
    counted.putAll(ruleCounts);
    List<SkippedPath> sorted =
        all.stream().filter(p -> !p.reason().byRule()).sorted(SkippedPath.ORDER).toList();
    Map<String, Integer> byReason = new java.util.TreeMap<>();
    sorted.forEach(p -> byReason.merge(p.reason().id(), 1, Integer::sum));
    Summary summaryWithSkipped =
        new Summary(
            summary.files(),
            summary.lines(),
            summary.types(),
            summary.parseProblems(),
            summary.findings(),
            summary.findingsBySeverity(),
            summary.findingsByRule(),
            sorted.size(),
            byReason);
    return new Report(
        schemaVersion,
        tool,
        rules,
        findings,
        parseProblems,
        concepts,
        summaryWithSkipped,
        counted,
        baseline,
        sorted,
        copiedDirectories,
        config,
        moduleRoots);
  }

  /** Whether a baseline was used and holds this finding (so it is not new). */
  public boolean isBaselined(Finding finding) {
    return baseline != null && baseline.unchanged().contains(finding.fingerprint().value());
  }

  /** The findings a baseline does not hold: every finding when no baseline was used. */
  public List<Finding> newFindings() {
    return baseline == null ? findings : findings.stream().filter(f -> !isBaselined(f)).toList();
  }

  /**
   * One accepted finding in a baseline file, identified by its fingerprint; rule, symbols and
   * message are there for people reading the file.
   */
  public record BaselineEntry(
      String fingerprint, String ruleId, List<String> symbols, String message) {

    public BaselineEntry {
      symbols = List.copyOf(symbols);
    }
  }

  /**
   * The findings compared with a baseline.
   *
   * @param file the baseline file as given (for messages)
   * @param unchanged fingerprints of the findings the baseline holds
   * @param stale baseline entries that match no finding any more, in file order
   * @param strict whether stale entries fail the run (so the baseline can only shrink)
   */
  public record BaselineResult(
      String file, java.util.Set<String> unchanged, List<BaselineEntry> stale, boolean strict) {

    public BaselineResult {
      unchanged = java.util.Set.copyOf(unchanged);
      stale = List.copyOf(stale);
    }
  }

  /**
   * A directory whose files define the same names as files elsewhere in the tree: a backup, a
   * snapshot or a vendored copy of the project itself, which only multiplies findings.
   *
   * @param path the copy, relative to the root, with {@code /}
   * @param copyOf the live directory it copies ({@code .} for the root)
   * @param files source files under {@code path} that define a type
   * @param copiedFiles how many of them have a live counterpart (same path below the directory,
   *     same type names)
   * @param findings findings located under {@code path}
   */
  public record CopiedDirectory(
      String path, String copyOf, int files, int copiedFiles, int findings) {

    /** The glob that leaves the copy out: {@code path/**}. */
    public String exclude() {
      return path + "/**";
    }
  }

  /** The tool that produced the report. */
  public record Tool(String name, String version) {}

  /**
   * One concept and how code reaches it.
   *
   * @param name the concept's name
   * @param declared whether config declares it
   * @param canonical the canonical definition
   * @param canonicalImport the import path to use
   * @param definitions every definition, canonical included
   * @param reExports aliases and shims, with their targets
   * @param testDoubles test doubles standing in for the concept
   * @param importPaths every written path (imports and qualified references) by which code reaches
   *     a member, with counts, sorted by path
   * @param canonicalUses how many of those go through the canonical import path
   * @param totalUses how many there are in all
   */
  public record ConceptSummary(
      String name,
      boolean declared,
      String canonical,
      String canonicalImport,
      List<Member> definitions,
      List<Member> reExports,
      List<Member> testDoubles,
      List<PathCount> importPaths,
      int canonicalUses,
      int totalUses) {

    public ConceptSummary {
      definitions = List.copyOf(definitions);
      reExports = List.copyOf(reExports);
      testDoubles = List.copyOf(testDoubles);
      importPaths = List.copyOf(importPaths);
    }
  }

  /**
   * A member of a concept.
   *
   * @param role {@code definition}, {@code alias}, {@code shim} or {@code test-double}
   * @param target what an alias, shim or test double points at, or null
   */
  public record Member(
      String name, String role, String target, dev.ssot.core.model.Location location) {}

  /** A written import path and how many times code uses it. */
  public record PathCount(String path, int count) {}

  /**
   * A rule that ran, with its effective severity.
   *
   * @param help the rule's documentation page (Markdown), or null when the rule ships none
   */
  public record RuleInfo(
      String id, String summary, Severity severity, String category, String help) {

    public RuleInfo(String id, String summary, Severity severity, String category) {
      this(id, summary, severity, category, null);
    }
  }

  /**
   * Counts over the report.
   *
   * @param files files analysed (parsed or not)
   * @param lines lines in the files that parsed
   * @param types declared types, nested ones included
   * @param findingsBySeverity count per severity id, every severity present
   * @param findingsByRule count per rule id, every rule that ran present
   * @param skipped files and directories discovery left out
   * @param skippedByReason how many of them for each reason id, only reasons that occurred
   */
  public record Summary(
      int files,
      long lines,
      int types,
      int parseProblems,
      int findings,
      Map<String, Integer> findingsBySeverity,
      Map<String, Integer> findingsByRule,
      int skipped,
      Map<String, Integer> skippedByReason) {

    public Summary {
      findingsBySeverity = Map.copyOf(findingsBySeverity);
      findingsByRule = Map.copyOf(findingsByRule);
      skippedByReason = skippedByReason == null ? Map.of() : Map.copyOf(skippedByReason);
    }

    /** Counts of a run that skipped nothing. */
    public Summary(
        int files,
        long lines,
        int types,
        int parseProblems,
        int findings,
        Map<String, Integer> findingsBySeverity,
        Map<String, Integer> findingsByRule) {
      this(
          files,
          lines,
          types,
          parseProblems,
          findings,
          findingsBySeverity,
          findingsByRule,
          0,
          Map.of());
    }
  }
}
