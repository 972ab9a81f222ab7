package dev.ssot.core.engine;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.Concepts;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A starter {@code ssot.yaml} for a tree analysed with the built-in defaults ({@code ssot init}):
 * the concepts the engine found with more than one definition or import path, each with the
 * canonical definition the engine chose and why, {@code exclude} globs for directories of stale
 * copies of live code (backups, snapshots, old copies) and vendored code, and the main settings as
 * comments. Deterministic: the same tree gives the same text.
 */
public final class StarterConfig {

  /** The most concepts proposed; the rest are counted in a comment. */
  public static final int MAX_CONCEPTS = 30;

  /** Directory names of copies of live code kept beside it. */
  private static final Pattern STALE_NAME =
      Pattern.compile(
          "(?i)(backups?|bak|old|archived?|attic|snapshots?|copy|copies)([-_.]?\\d.*)?"
              + "|(backup|bak|old|snapshot|copy)[-_.].*|.*[-_.](backup|bak|old|orig|copy)"
              + "|\\d{4}-?\\d{2}-?\\d{2}.*");

  /** Directory names of code copied in from elsewhere. */
  private static final Set<String> VENDORED =
      Set.of("vendor", "vendored", "_vendor", "third_party", "third-party");

  /**
   * A proposed concept.
   *
   * @param name its name in config
   * @param canonical the canonical definition's qualified name
   * @param importPath the import path, or null when it is the canonical name
   * @param members the simple names of its definitions, sorted
   * @param reason why the canonical was chosen
   * @param summary what the concept has: definitions, aliases, import paths
   */
  public record ProposedConcept(
      String name,
      String canonical,
      String importPath,
      List<String> members,
      String reason,
      String summary) {}

  /**
   * A proposed {@code exclude} glob.
   *
   * @param glob the glob, relative to the config file's directory
   * @param reason why: what the directory holds, and an example of a copy
   * @param files how many analysed files it holds
   * @param findings how many findings are located in it
   */
  public record ProposedExclude(String glob, String reason, int files, int findings) {}

  private final List<ProposedConcept> concepts;
  private final List<ProposedExclude> excludes;
  private final int moreConcepts;
  private final int sharedNames;

  private StarterConfig(
      List<ProposedConcept> concepts,
      List<ProposedExclude> excludes,
      int moreConcepts,
      int sharedNames) {
    this.concepts = List.copyOf(concepts);
    this.excludes = List.copyOf(excludes);
    this.moreConcepts = moreConcepts;
    this.sharedNames = sharedNames;
  }

  /**
   * Whether {@code members} (simple names, as config's member globs match them) name exactly the
   * given definitions among the live ones: declared, a concept makes every definition its members
   * match a duplicate, so a name an unrelated class shares would invent one.
   */
  private static boolean membersMatchOnly(
      List<String> members, Set<String> definitions, Map<String, List<String>> byName) {
    for (String member : members) {
      for (String qualified : byName.getOrDefault(member, List.of())) {
        if (!definitions.contains(qualified)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isLiveDefinition(
      AnalysisResult result, Concepts concepts, TypeDecl type, List<String> excluded) {
    return !under(type.location().path(), excluded)
        && concepts
            .roleOf(type.qualifiedName())
            .map(r -> r.role() == dev.ssot.core.concept.Role.DEFINITION)
            .orElse(false)
        && !result.graph().file(type.location().path()).map(FileFacts::test).orElse(true);
  }

  /** A concept proposed from duplicate-type findings of copies, with the copies' names. */
  private record CopyGroup(ProposedConcept proposal, String canonical, Set<String> copies) {}

  /**
   * Copies the engine found by body or member similarity that no concept groups (their names or
   * namespaces differ): the finding names the copy at its location and the canonical one among its
   * symbols.
   */
  private static List<CopyGroup> copies(
      AnalysisResult result, Set<String> covered, List<String> excluded, Set<String> names) {
    Map<String, Set<String>> copiesOf = new TreeMap<>();
    Map<String, String> firstPlace = new TreeMap<>();
    for (Finding finding : result.report().findings()) {
      if (!finding.rule().value().equals("duplicate-type")
          || under(finding.location().path(), excluded)) {
        continue;
      }
      String flagged = null;
      for (TypeDecl type : result.graph().types()) {
        if (type.location().path().equals(finding.location().path())
            && type.location().line() == finding.location().line()
            && finding.symbols().contains(type.qualifiedName())) {
          flagged = type.qualifiedName();
        }
      }
      if (flagged == null || covered.contains(flagged)) {
        continue;
      }
      for (String symbol : finding.symbols()) {
        if (!symbol.equals(flagged) && result.graph().type(symbol).isPresent()) {
          copiesOf.computeIfAbsent(symbol, k -> new TreeSet<>()).add(flagged);
          firstPlace.putIfAbsent(
              symbol, finding.location().path() + ":" + finding.location().line());
          break;
        }
      }
    }
    List<CopyGroup> groups = new ArrayList<>();
    copiesOf.forEach(
        (canonical, copies) -> {
          if (covered.contains(canonical)) {
            return;
          }
          TypeDecl type = result.graph().type(canonical).orElseThrow();
          String name = names.add(type.simpleName()) ? type.simpleName() : canonical;
          names.add(name);
          Set<String> simple = new TreeSet<>(List.of(type.simpleName()));
          copies.forEach(c -> simple.add(result.graph().type(c).orElseThrow().simpleName()));
          groups.add(
              new CopyGroup(
                  new ProposedConcept(
                      name,
                      canonical,
                      null,
                      List.copyOf(simple),
                      "the one the duplicate-type finding keeps (the copy at "
                          + firstPlace.get(canonical)
                          + " is flagged)",
                      plural(copies.size() + 1, "definition")
                          + " ("
                          + plural(copies.size(), "copy", "copies")
                          + " found by body or member similarity)"),
                  canonical,
                  copies));
        });
    return groups;
  }

  public List<ProposedConcept> concepts() {
    return concepts;
  }

  public List<ProposedExclude> excludes() {
    return excludes;
  }

  /** Proposes a config from a run with the built-in defaults. */
  public static StarterConfig propose(AnalysisResult result) {
    List<String> paths =
        result.graph().files().stream().map(FileFacts::path).sorted().distinct().toList();
    Set<String> packageDirectories = new HashSet<>();
    for (FileFacts file : result.graph().files()) {
      String written = file.packageName() == null ? "" : file.packageName().replace('.', '/');
      int slash = file.path().lastIndexOf('/');
      String dir = slash < 0 ? "" : file.path().substring(0, slash);
      if ("java".equals(file.language()) && !written.isEmpty() && dir.endsWith(written)) {
        // every directory of a Java package path is a package, never a copy
        String root = dir.substring(0, dir.length() - written.length());
        String[] segments = written.split("/");
        StringBuilder at = new StringBuilder(root);
        for (String segment : segments) {
          at.append(segment).append('/');
          packageDirectories.add(at.toString());
        }
      }
    }
    List<ProposedExclude> excludes =
        proposeExcludes(paths, result.report().findings(), packageDirectories);
    List<String> excluded = excludes.stream().map(e -> e.glob().replace("/**", "/")).toList();
    Concepts all = result.concepts();
    List<Concept> candidates = new ArrayList<>();
    for (Concept concept : all.all()) {
      List<TypeDecl> live =
          concept.definitions().stream()
              .filter(d -> !under(d.location().path(), excluded))
              .toList();
      boolean duplicated = live.size() > 1 && !concept.duplicates().isEmpty();
      boolean reExported =
          concept.reExports().stream().anyMatch(r -> !under(r.type().location().path(), excluded));
      boolean canonicalLive =
          result
              .graph()
              .type(concept.canonical())
              .map(t -> !under(t.location().path(), excluded))
              .orElse(false);
      if (canonicalLive && (duplicated || reExported)) {
        candidates.add(concept);
      }
    }
    candidates.sort(
        Comparator.comparingInt((Concept c) -> -(c.definitions().size() + c.reExports().size()))
            .thenComparing(Concept::canonical));
    List<ProposedConcept> proposed = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> covered = new HashSet<>();
    candidates.forEach(c -> c.definitions().forEach(d -> covered.add(d.qualifiedName())));
    Map<String, List<String>> definitionsByName = new TreeMap<>();
    for (TypeDecl type : result.graph().types()) {
      if (isLiveDefinition(result, all, type, excluded)) {
        definitionsByName
            .computeIfAbsent(type.simpleName(), k -> new ArrayList<>())
            .add(type.qualifiedName());
      }
    }
    int shared = 0;
    for (ProposedConcept concept : aliasedClasses(result, all, covered, excluded, names)) {
      if (membersMatchOnly(concept.members(), Set.of(concept.canonical()), definitionsByName)) {
        proposed.add(concept);
      } else {
        shared++;
      }
    }
    for (CopyGroup concept : copies(result, covered, excluded, names)) {
      Set<String> members = new HashSet<>(List.of(concept.canonical()));
      members.addAll(concept.copies());
      if (membersMatchOnly(concept.proposal().members(), members, definitionsByName)) {
        proposed.add(concept.proposal());
      } else {
        shared++;
      }
    }
    for (Concept concept : candidates.subList(0, Math.min(MAX_CONCEPTS, candidates.size()))) {
      List<String> members =
          concept.definitions().stream()
              .filter(d -> !under(d.location().path(), excluded))
              .map(TypeDecl::simpleName)
              .distinct()
              .sorted()
              .toList();
      Set<String> definitionNames = new HashSet<>();
      concept.definitions().forEach(d -> definitionNames.add(d.qualifiedName()));
      if (!membersMatchOnly(members, definitionNames, definitionsByName)) {
        shared++;
        continue;
      }
      String name = names.add(concept.name()) ? concept.name() : concept.canonical();
      names.add(name);
      int definitions =
          (int)
              concept.definitions().stream()
                  .filter(d -> !under(d.location().path(), excluded))
                  .count();
      String summary =
          plural(definitions, "definition")
              + (concept.duplicates().isEmpty()
                  ? ""
                  : " (" + plural(concept.duplicates().size(), "duplicate") + ")")
              + (concept.reExports().isEmpty()
                  ? ""
                  : ", " + plural(concept.reExports().size(), "alias or shim", "aliases or shims"));
      proposed.add(
          new ProposedConcept(
              name,
              concept.canonical(),
              concept.canonicalImport().equals(concept.canonical())
                  ? null
                  : concept.canonicalImport(),
              members,
              all.canonicalReason(concept),
              summary));
    }
    int more = candidates.size() - Math.min(MAX_CONCEPTS, candidates.size());
    if (proposed.size() > MAX_CONCEPTS) {
      more += proposed.size() - MAX_CONCEPTS;
      proposed = new ArrayList<>(proposed.subList(0, MAX_CONCEPTS));
    }
    proposed.sort(Comparator.comparing(ProposedConcept::name));
    return new StarterConfig(proposed, excludes, more, shared);
  }

  /**
   * Classes no inferred concept covers that are known by another public name: a module binds them
   * under a name that is not their own ({@code WebSocketManager = _WebSocketManagerImpl}, {@code
   * from .impl import _Impl as Manager}). Declaring them makes every other import path a finding.
   */
  private static List<ProposedConcept> aliasedClasses(
      AnalysisResult result,
      Concepts concepts,
      Set<String> covered,
      List<String> excluded,
      Set<String> names) {
    List<ProposedConcept> proposed = new ArrayList<>();
    if (result.graph().modules().isEmpty()) {
      return proposed;
    }
    dev.ssot.core.graph.ModuleScope modules = result.graph().modules().get();
    for (TypeDecl type : result.graph().types()) {
      if (covered.contains(type.qualifiedName())
          || under(type.location().path(), excluded)
          || concepts
              .roleOf(type.qualifiedName())
              .map(r -> r.role() != dev.ssot.core.concept.Role.DEFINITION)
              .orElse(true)
          || result.graph().file(type.location().path()).map(FileFacts::test).orElse(true)) {
        continue;
      }
      dev.ssot.core.graph.LanguageTraits traits = result.graph().traits(type);
      List<dev.ssot.core.graph.ModuleScope.Binding> bindings =
          modules.bindingsOf(type.qualifiedName()).stream()
              .filter(b -> !traits.isPrivateName(b.name()))
              .filter(
                  b ->
                      !under(
                          b.resolution().chain().isEmpty()
                              ? ""
                              : b.resolution().chain().get(0).location().path(),
                          excluded))
              .toList();
      List<dev.ssot.core.graph.ModuleScope.Binding> renamed =
          bindings.stream().filter(b -> !b.name().equals(type.simpleName())).toList();
      if (renamed.isEmpty()) {
        continue;
      }
      dev.ssot.core.graph.ModuleScope.Binding primary =
          bindings.stream()
              .filter(b -> modules.pathRole(b.module()).isEmpty())
              .findFirst()
              .orElse(bindings.get(0));
      String name = names.add(primary.name()) ? primary.name() : type.qualifiedName();
      names.add(name);
      List<String> paths =
          bindings.stream().map(dev.ssot.core.graph.ModuleScope.Binding::path).distinct().toList();
      proposed.add(
          new ProposedConcept(
              name,
              type.qualifiedName(),
              primary.path().equals(type.qualifiedName()) ? null : primary.path(),
              List.of(type.simpleName()),
              "the only definition; import: its public name with the fewest re-export hops"
                  + (traits.isPrivateName(type.simpleName())
                      ? " (the class itself is private)"
                      : ""),
              "1 definition, "
                  + plural(paths.size(), "public import path")
                  + ": "
                  + String.join(", ", paths.size() > 4 ? paths.subList(0, 4) : paths)
                  + (paths.size() > 4 ? ", …" : "")));
    }
    return proposed;
  }

  private static boolean under(String path, List<String> directories) {
    return directories.stream().anyMatch(path::startsWith);
  }

  /**
   * Directories to leave out: named like a stale copy and holding at least one file whose path
   * below the directory is also a file of the live tree (so it copies live code), or named like
   * vendored code. Only the outermost such directory is proposed.
   */
  static List<ProposedExclude> proposeExcludes(
      List<String> paths, List<Finding> findings, Set<String> packageDirectories) {
    Set<String> all = new TreeSet<>(paths);
    Map<String, List<String>> byDirectory = new TreeMap<>();
    for (String path : paths) {
      String[] segments = path.split("/");
      StringBuilder dir = new StringBuilder();
      for (int i = 0; i < segments.length - 1; i++) {
        dir.append(segments[i]).append('/');
        byDirectory.computeIfAbsent(dir.toString(), k -> new ArrayList<>()).add(path);
      }
    }
    List<ProposedExclude> proposed = new ArrayList<>();
    List<String> taken = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : byDirectory.entrySet()) {
      String dir = entry.getKey();
      if (taken.stream().anyMatch(dir::startsWith) || packageDirectories.contains(dir)) {
        continue;
      }
      String name = dir.substring(dir.lastIndexOf('/', dir.length() - 2) + 1, dir.length() - 1);
      String reason = null;
      if (VENDORED.contains(name.toLowerCase(Locale.ROOT))) {
        reason = "vendored code, copied in from elsewhere";
      } else if (STALE_NAME.matcher(name).matches()) {
        String twin = twin(dir, entry.getValue(), all);
        if (twin != null) {
          reason = "copies of live code, e.g. " + twin;
        }
      }
      if (reason != null) {
        taken.add(dir);
        int inside =
            (int) findings.stream().filter(f -> f.location().path().startsWith(dir)).count();
        proposed.add(new ProposedExclude(dir + "**", reason, entry.getValue().size(), inside));
      }
    }
    return proposed;
  }

  /**
   * A file of the directory that copies a live file: the path below the directory, or below one
   * more level of it (a dated snapshot, {@code backups/2024-05-01/app/x}), is also a path of the
   * tree outside the directory. Shown as {@code copy = original}; null if none.
   */
  private static String twin(String dir, List<String> files, Set<String> all) {
    for (String file : files) {
      String below = file.substring(dir.length());
      List<String> tails = new ArrayList<>(List.of(below));
      int slash = below.indexOf('/');
      if (slash > 0) {
        tails.add(below.substring(slash + 1));
      }
      for (String tail : tails) {
        String name = tail.substring(tail.lastIndexOf('/') + 1);
        if (tail.contains("/") && !name.startsWith("__")) { // package markers are everywhere
          for (String other : all) {
            if (!other.startsWith(dir) && (other.equals(tail) || other.endsWith("/" + tail))) {
              return file + " = " + other;
            }
          }
        }
      }
    }
    return null;
  }

  private static String plural(int n, String one) {
    return plural(n, one, one + "s");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** The config as commented YAML. */
  public String toYaml() {
    StringBuilder out = new StringBuilder();
    out.append("# ssot configuration: a starting point written by 'ssot init'.\n")
        .append("# Review it: keep the concepts whose canonical definition is the one your team\n")
        .append("# wants, change the others, and delete what you do not need.\n")
        .append(
            "# Every key is described in ssot's README (Configuration) and config.schema.json.\n")
        .append('\n');
    if (excludes.isEmpty()) {
      out.append("# exclude: [\"generated/**\"]   # globs relative to this file's directory\n");
    } else {
      out.append("exclude:\n");
      for (ProposedExclude exclude : excludes) {
        out.append("  # ")
            .append(plural(exclude.files(), "file"))
            .append(", ")
            .append(plural(exclude.findings(), "finding"))
            .append(": ")
            .append(exclude.reason())
            .append('\n')
            .append("  - ")
            .append(quoted(exclude.glob()))
            .append('\n');
      }
    }
    out.append('\n');
    out.append(
            "# failOn: error            # the lowest severity that fails: error | warning | info | never\n")
        .append("# include: [\"src/**\"]      # analyse only these files (default: all)\n")
        .append("# rules:\n")
        .append("#   import-cycle:\n")
        .append("#     level: package       # package | all | type\n")
        .append("#   drifting-test-double:\n")
        .append("#     severity: info\n")
        .append("# inference:\n")
        .append(
            "#   minSharedMembers: 0.5  # share of methods same-named types need to be duplicates\n")
        .append('\n');
    if (concepts.isEmpty()) {
      out.append("# No concept has two definitions or import paths: nothing to declare yet.\n")
          .append("# concepts:\n")
          .append("#   - name: WebSocketManager\n")
          .append("#     canonical: com.acme.ws.WebSocketManager\n");
      return out.toString();
    }
    out.append("# The concepts with more than one definition or import path, and the canonical\n")
        .append(
            "# definition ssot chose for each (the reason is above it). Declared, a concept's\n")
        .append("# every other definition is a duplicate, and imports must use 'import'.\n")
        .append("concepts:\n");
    for (ProposedConcept concept : concepts) {
      out.append("  # ").append(concept.summary()).append('\n');
      if (!concept.reason().isEmpty()) {
        out.append("  # canonical: ").append(concept.reason()).append('\n');
      }
      out.append("  - name: ").append(quoted(concept.name())).append('\n');
      out.append("    canonical: ").append(concept.canonical()).append('\n');
      if (concept.importPath() != null) {
        out.append("    import: ").append(concept.importPath()).append('\n');
      }
      out.append("    members: [")
          .append(String.join(", ", concept.members().stream().map(StarterConfig::quoted).toList()))
          .append("]\n");
    }
    if (sharedNames > 0) {
      out.append("  # ")
          .append(plural(sharedNames, "more concept"))
          .append(" left out: a member's name is shared by an unrelated class, which declaring")
          .append(" it would make a duplicate\n");
    }
    if (moreConcepts > 0) {
      out.append("  # ")
          .append(plural(moreConcepts, "more concept"))
          .append(" with duplicates or aliases: 'ssot check' lists them all\n");
    }
    return out.toString();
  }

  /** A YAML double-quoted scalar. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
