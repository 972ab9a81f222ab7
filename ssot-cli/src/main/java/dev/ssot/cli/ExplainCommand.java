package dev.ssot.cli;

import dev.ssot.core.concept.Concept;
import dev.ssot.core.concept.TypeRole;
import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.engine.RuleRegistry;
import dev.ssot.core.engine.TypeExplanation;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.report.ReportText;
import dev.ssot.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ssot explain RULE|TYPE}: a rule's documentation, or why ssot sees a type as it does. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain a rule (what it flags, what it does not, what to do instead), or a type of the analysed "
          + "code: its role (definition, alias, shim, test double) with the evidence, its concept, and why it is or "
          + "is not reported."
    })
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "RULE|TYPE",
      description =
          "A rule id (see 'ssot rules'), or a type: qualified (com.acme.ws.WebSocketManager) or simple name.")
  String subject;

  @Option(
      names = {"-p", "--path"},
      paramLabel = "PATH",
      defaultValue = ".",
      description = "Root of the tree the type is in (default: the current directory).")
  Path path;

  @Mixin ConfigOption config = new ConfigOption();

  @Mixin CacheOptions cache = new CacheOptions();

  @Mixin DiscoveryOptions discovery = new DiscoveryOptions();

  @Override
  public Integer call() throws IOException {
    RuleRegistry registry = RuleRegistry.load();
    Optional<RuleDescriptor> rule = registry.find(subject);
    if (rule.isPresent()) {
      printDocs(rule.get());
      return ExitCode.OK.code();
    }
    if (!subject.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
      throw new UsageException(
          "'"
              + subject
              + "' is neither a rule (known rules: "
              + String.join(", ", registry.ids())
              + ") nor a type name");
    }
    AnalysisResult result =
        Analysis.run(
            AnalysisRequest.builder(path)
                .config(config.file)
                .cacheDirectory(cache.directoryFor(path))
                .noIgnore(discovery.noIgnore)
                .followLinks(discovery.followLinks)
                .build());
    List<TypeDecl> matches = TypeExplanation.find(result, subject);
    // names, paths and reasons come from the analysed tree: every line is made safe to show
    PrintWriter out = new PrintWriter(ReportText.lines(spec.commandLine().getOut()));
    if (matches.isEmpty()) {
      Optional<ModuleScope.Resolution> binding = TypeExplanation.moduleBinding(result, subject);
      if (binding.isPresent()) {
        out.println(subject + "  (Python binding, not a definition)");
        for (ModuleScope.Hop hop : binding.get().chain()) {
          out.println("  " + hop.describe());
        }
        out.println("  denotes:  " + binding.get().target());
        out.println();
        matches = result.graph().type(binding.get().target()).map(List::of).orElse(List.of());
      }
    }
    if (matches.isEmpty()) {
      throw new UsageException(
          "no rule and no type named '"
              + subject
              + "' in "
              + path
              + " (known rules: "
              + String.join(", ", registry.ids())
              + ")");
    }
    boolean sameName = matches.stream().allMatch(m -> m.qualifiedName().equals(subject));
    if (matches.size() > 1 && sameName) {
      // one qualified name defined more than once: explain each definition
      for (int i = 0; i < matches.size(); i++) {
        if (i > 0) {
          out.println();
        }
        print(out, TypeExplanation.of(result, matches.get(i)));
      }
      out.flush();
      return ExitCode.OK.code();
    }
    if (matches.size() > 1) {
      out.println(
          matches.size()
              + " types are named '"
              + subject
              + "'; explain one of them by its qualified name:");
      matches.forEach(m -> out.println("  " + m.qualifiedName() + "  " + m.location()));
      out.flush();
      return ExitCode.OK.code();
    }
    print(out, TypeExplanation.of(result, matches.get(0)));
    List<ModuleScope.Binding> bindings = TypeExplanation.moduleBindings(result, matches.get(0));
    if (bindings.stream().anyMatch(b -> !b.resolution().chain().isEmpty())) {
      out.println("  imported as:");
      for (ModuleScope.Binding binding : bindings) {
        out.println(
            "            "
                + binding.path()
                + (binding.resolution().chain().isEmpty()
                    ? "  (the definition)"
                    : "  " + binding.resolution().chain().get(0).location()));
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }

  private void printDocs(RuleDescriptor rule) throws IOException {
    try (InputStream in =
        rule.rule().getClass().getClassLoader().getResourceAsStream(rule.docResource())) {
      if (in == null) {
        throw new IllegalStateException(
            "rule " + rule.id() + " has no documentation at " + rule.docResource());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      out.flush();
    }
  }

  private static void print(PrintWriter out, TypeExplanation explanation) {
    TypeDecl type = explanation.type();
    TypeRole role = explanation.role();
    out.println(
        type.qualifiedName()
            + "  ("
            + type.kind().name().toLowerCase(java.util.Locale.ROOT)
            + ", "
            + type.location()
            + ")");
    out.println(
        "  role:     " + role.role().id() + (role.target() == null ? "" : " of " + role.target()));
    out.println("  evidence: " + role.reason());
    if (explanation.chain().size() > 1) {
      out.println(
          "  chain:    "
              + explanation.chain().stream()
                  .map(r -> r.name() + " (" + r.role().id() + ")")
                  .collect(Collectors.joining(" -> ")));
    }
    if (explanation.concept().isPresent()) {
      Concept concept = explanation.concept().get();
      out.println("  concept:  " + concept.name() + " — " + concept.why());
      out.println(
          "            canonical "
              + concept.canonical()
              + (concept.canonicalImport().equals(concept.canonical())
                  ? ""
                  : ", import " + concept.canonicalImport()));
      out.println(
          "            definitions: "
              + concept.definitions().stream()
                  .map(TypeDecl::qualifiedName)
                  .collect(Collectors.joining(", ")));
      if (!concept.reExports().isEmpty()) {
        out.println(
            "            aliases and shims: "
                + concept.reExports().stream()
                    .map(r -> r.name() + " (" + r.role().id() + ")")
                    .collect(Collectors.joining(", ")));
      }
      if (!concept.testDoubles().isEmpty()) {
        out.println(
            "            test doubles: "
                + concept.testDoubles().stream()
                    .map(TypeRole::name)
                    .collect(Collectors.joining(", ")));
      }
    } else {
      out.println("  concept:  none");
    }
    out.println("  verdict:  " + explanation.verdict());
    if (!explanation.findings().isEmpty()) {
      out.println("  findings:");
      for (Finding finding : explanation.findings()) {
        out.println(
            "    "
                + finding.location().path()
                + ":"
                + finding.location().line()
                + ": "
                + finding.severity().id()
                + ": "
                + finding.message()
                + " ["
                + finding.rule()
                + "]");
      }
    }
  }
}
