package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.ssot.core.config.ConfigException;
import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisException;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.report.json.JsonReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random and mutated Java and Python sources and random configs through {@link Analysis#run}: no
 * exception escapes but the documented {@link ConfigException} and {@link AnalysisException}, every
 * run ends within {@link #BOUND_SECONDS}, and every report validates against {@code
 * docs/report.schema.json}. A few hundred cases by default (under a minute); {@code mvn verify
 * -Dfuzz.cases=20000} for a long run.
 */
class AnalysisFuzzTest {

  private static final int BOUND_SECONDS = 30;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = schema();
  private static final ExecutorService RUNNER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "fuzz-analysis");
            thread.setDaemon(true);
            return thread;
          });
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static final AtomicInteger REJECTED = new AtomicInteger();

  private static JsonSchema schema() {
    try (InputStream in = Files.newInputStream(Path.of("../docs/report.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One generated tree: files by relative path, and an optional config. */
  record Tree(List<Source> files, String config) {}

  record Source(String path, String content) {}

  /** As many tries as {@code fuzz.cases} (passed to jqwik as {@code jqwik.tries.default}). */
  @Property
  void analysisOfHostileInputIsSafe(@ForAll("trees") Tree tree) throws Exception {
    check(tree);
  }

  @AfterContainer
  static void summary() {
    System.out.println(
        "fuzz: "
            + RUNS.get()
            + " of "
            + Integer.getInteger("fuzz.cases", 0)
            + " cases, "
            + REJECTED.get()
            + " rejected as documented (ConfigException/AnalysisException)");
    RUNNER.shutdownNow();
  }

  @Provide
  Arbitrary<Tree> trees() {
    return tree();
  }

  private static void check(Tree tree) throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("ssot-fuzz");
    try {
      for (Source source : tree.files()) {
        Path file = root.resolve(source.path());
        Files.createDirectories(file.getParent());
        // getBytes, not writeString: a mutation may split a surrogate pair, which becomes '?'
        Files.write(file, source.content().getBytes(StandardCharsets.UTF_8));
      }
      if (tree.config() != null) {
        Files.write(root.resolve("ssot.yaml"), tree.config().getBytes(StandardCharsets.UTF_8));
      }
      Future<AnalysisResult> run =
          RUNNER.submit(() -> Analysis.run(AnalysisRequest.builder(root).parallelism(1).build()));
      AnalysisResult result;
      try {
        result = run.get(BOUND_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        run.cancel(true);
        fail("no result within " + BOUND_SECONDS + " s for " + describe(tree));
        return;
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ConfigException || cause instanceof AnalysisException) {
          REJECTED.incrementAndGet();
          RUNS.incrementAndGet();
          return;
        }
        throw new AssertionError("undocumented " + cause + " for " + describe(tree), cause);
      }
      StringWriter json = new StringWriter();
      new JsonReportWriter().write(result.report(), result.root(), json);
      assertEquals(
          Set.of(), SCHEMA.validate(MAPPER.readTree(json.toString())), "schema: " + describe(tree));
      RUNS.incrementAndGet();
    } finally {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  private static String describe(Tree tree) {
    StringBuilder text = new StringBuilder();
    if (tree.config() != null) {
      text.append("--- ssot.yaml\n").append(tree.config()).append('\n');
    }
    for (Source source : tree.files()) {
      text.append("--- ").append(source.path()).append('\n').append(source.content()).append('\n');
    }
    return text.toString();
  }

  // ---- generators ----

  private static final List<String> JAVA_SEEDS =
      List.of(
          "package com.acme.a;\nimport com.acme.b.B;\npublic class A extends B implements Runnable {\n"
              + "  private final B b = new B();\n  public void run() { b.call(this); }\n}\n",
          "package com.acme.b;\nimport com.acme.a.A;\n/** @deprecated use A */\n@Deprecated\n"
              + "public class B {\n  public void call(A a) {}\n  static class Inner<T extends A> {}\n}\n",
          "package com.acme.ws;\npublic interface WebSocketManager {\n  void connect(String url);\n"
              + "  void close();\n}\n",
          "package com.acme.ws.legacy;\nimport com.acme.ws.WebSocketManager;\n"
              + "public class LegacyWebSocketManager implements WebSocketManager {\n"
              + "  public void connect(String url) {}\n  public void close() {}\n}\n",
          "package com.acme.c;\nimport static com.acme.a.A.*;\nimport com.acme.b.*;\n"
              + "@SuppressWarnings(\"ssot:import-cycle\")\nenum C { X, Y; record R(int a) {} }\n");

  private static final List<String> PYTHON_SEEDS =
      List.of(
          "from .b import B\nimport os\n\nclass A(B):\n    def run(self):\n        return B()\n",
          "from pkg.a import A\n__all__ = ['B']\n\nclass B:\n    def call(self, a: 'A') -> None:\n"
              + "        pass\n",
          "try:\n    from pkg.fast import Impl as Manager\nexcept ImportError:\n"
              + "    from pkg.slow import Manager\n\nManager = Manager\n",
          "from typing import Protocol\n\nclass WebSocketManager(Protocol):\n"
              + "    def connect(self, url: str) -> None: ...\n");

  private static final List<String> JAVA_TOKENS =
      List.of(
          "{",
          "}",
          "(",
          ")",
          ";",
          "<",
          ">",
          "class ",
          "interface ",
          "enum ",
          "record ",
          "extends ",
          "implements ",
          "import ",
          "package ",
          "static ",
          "@Deprecated ",
          "/*",
          "*/",
          "//",
          "\"",
          "'",
          "\\u",
          "\\u0022",
          "\n",
          "\r",
          "\t",
          ".",
          "*",
          "A",
          "B",
          "com.acme.a",
          "java.util.List",
          "\u202e",
          "\u0000",
          "€",
          "𝔸",
          "->",
          "::",
          "...",
          "sealed ",
          "permits ",
          "var ",
          "yield ",
          "<T extends A & B>",
          "@interface ");

  private static final List<String> PYTHON_TOKENS =
      List.of(
          "def ",
          "class ",
          "import ",
          "from ",
          " as ",
          ":",
          "(",
          ")",
          "[",
          "]",
          "\n",
          "\n    ",
          "    ",
          "\t",
          "'''",
          "\"\"\"",
          "'",
          "\\",
          "@",
          "lambda ",
          "async ",
          "await ",
          "pass",
          "return ",
          ".",
          "..",
          "*",
          "__all__",
          "__init__",
          "=",
          "#",
          "\r",
          "\u202e",
          "\u0000",
          "try:",
          "except ImportError:",
          "if TYPE_CHECKING:",
          "global ",
          "globals()",
          "𝔸");

  private static final List<String> JAVA_PATHS =
      List.of(
          "src/main/java/com/acme/a/A.java",
          "src/main/java/com/acme/b/B.java",
          "src/main/java/com/acme/ws/WebSocketManager.java",
          "src/main/java/com/acme/ws/legacy/LegacyWebSocketManager.java",
          "src/test/java/com/acme/a/ATest.java",
          "src/main/java/com/acme/c/C.java",
          "lib/Odd Name.java");

  private static final List<String> PYTHON_PATHS =
      List.of(
          "pkg/__init__.py",
          "pkg/a.py",
          "pkg/b.py",
          "pkg/fast.py",
          "pkg/sub/__init__.py",
          "tests/test_a.py",
          "app/main.py");

  private static Arbitrary<Tree> tree() {
    Arbitrary<Source> java =
        Combinators.combine(Arbitraries.of(JAVA_PATHS), source(JAVA_SEEDS, JAVA_TOKENS))
            .as(Source::new);
    Arbitrary<Source> python =
        Combinators.combine(Arbitraries.of(PYTHON_PATHS), source(PYTHON_SEEDS, PYTHON_TOKENS))
            .as(Source::new);
    Arbitrary<List<Source>> files =
        Arbitraries.oneOf(java, python)
            .list()
            .ofMinSize(0)
            .ofMaxSize(6)
            .uniqueElements(Source::path);
    Arbitrary<String> config =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.just((String) null)),
            net.jqwik.api.Tuple.of(4, config()),
            net.jqwik.api.Tuple.of(1, mutate(config(), YAML_TOKENS)));
    return Combinators.combine(files, config).as(Tree::new);
  }

  /** A seed as is, a mutated seed, or a string of tokens. */
  private static Arbitrary<String> source(List<String> seeds, List<String> tokens) {
    Arbitrary<String> seed = Arbitraries.of(seeds);
    Arbitrary<String> random =
        Arbitraries.of(tokens).list().ofMaxSize(40).map(parts -> String.join("", parts));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, seed),
        net.jqwik.api.Tuple.of(6, mutate(seed, tokens)),
        net.jqwik.api.Tuple.of(2, random));
  }

  private record Edit(int kind, double at, double length, String token) {}

  /** Applies up to eight random edits: insert a token, delete, duplicate or move a slice. */
  private static Arbitrary<String> mutate(Arbitrary<String> base, List<String> tokens) {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 0.3),
                Arbitraries.of(tokens))
            .as(Edit::new);
    return Combinators.combine(base, edit.list().ofMinSize(1).ofMaxSize(8))
        .as(
            (text, edits) -> {
              StringBuilder out = new StringBuilder(text);
              for (Edit e : edits) {
                int at = (int) (e.at() * out.length());
                int end = Math.min(out.length(), at + (int) (e.length() * out.length()));
                switch (e.kind()) {
                  case 0 -> out.insert(at, e.token());
                  case 1 -> out.delete(at, end);
                  case 2 -> out.insert(at, out.substring(at, end));
                  default -> {
                    String slice = out.substring(at, end);
                    out.delete(at, end);
                    out.insert((int) (e.length() * out.length()), slice);
                  }
                }
              }
              return out.toString();
            });
  }

  private static final List<String> YAML_TOKENS =
      List.of(
          ":",
          "- ",
          "\n",
          "  ",
          "~",
          "[",
          "]",
          "{",
          "}",
          "---\n",
          "'",
          "\"",
          "&a ",
          "*a",
          "!!str ",
          "#",
          "\t",
          ",",
          "? ",
          "|\n",
          ">\n",
          "<<: *a\n",
          "\u0000",
          "\u202e");

  private static final List<String> RULES =
      List.of(
          "import-cycle",
          "duplicate-type",
          "non-canonical-import",
          "factory-proliferation",
          "unused-suppression",
          "drifting-test-double",
          "deprecated-import",
          "unresolved-import",
          "no-such-rule");

  /** A YAML config of known keys with plausible, odd and wrong values. */
  private static Arbitrary<String> config() {
    Arbitrary<String> scalar =
        Arbitraries.oneOf(
            Arbitraries.of(
                "~",
                "''",
                "\"\"",
                "0",
                "-1",
                "1.5",
                "true",
                "warning",
                "error",
                "never",
                "info",
                "package",
                "type",
                "all",
                "Impl",
                "\"[a-\"",
                "\"[\"",
                "\"**/gen/**\"",
                "\"src/**\"",
                "com.acme.a.A",
                "com.acme.ws.WebSocketManager",
                "\"*Manager\"",
                "\"{a,b}\"",
                "../x",
                "/etc/passwd",
                "pkg",
                "app",
                "\".\""),
            Arbitraries.strings().ofMaxLength(12).map(s -> MAPPER.valueToTree(s).toString()));
    Arbitrary<String> list =
        scalar.list().ofMaxSize(4).map(values -> "[" + String.join(", ", values) + "]");
    Arbitrary<String> value = Arbitraries.oneOf(scalar, list);
    Arbitrary<String> concept =
        Combinators.combine(
                value,
                value,
                value,
                Arbitraries.of("name", "canonical", "import", "members", "factory", "extra"))
            .as(
                (name, canonical, members, key) ->
                    "  - name: "
                        + name
                        + "\n    canonical: "
                        + canonical
                        + "\n    "
                        + key
                        + ": "
                        + members
                        + "\n");
    Arbitrary<String> rule =
        Combinators.combine(
                Arbitraries.of(RULES),
                Arbitraries.of("severity", "enabled", "level", "minFiles", "bogus"),
                value)
            .as((id, key, v) -> "  " + id + ":\n    " + key + ": " + v + "\n");
    Arbitrary<String> entry =
        Arbitraries.oneOf(
            value.map(v -> "include: " + v + "\n"),
            value.map(v -> "exclude: " + v + "\n"),
            value.map(v -> "failOn: " + v + "\n"),
            value.map(v -> "baseline: " + v + "\n"),
            value.map(v -> "python:\n  roots: " + v + "\n"),
            value.map(v -> "imports:\n  banned: " + v + "\n"),
            Combinators.combine(
                    Arbitraries.of("affixes", "extraAffixes", "minSharedMembers"), value)
                .as((k, v) -> "inference:\n  " + k + ": " + v + "\n"),
            concept.list().ofMinSize(1).ofMaxSize(3).map(c -> "concepts:\n" + String.join("", c)),
            rule.list().ofMinSize(1).ofMaxSize(3).map(r -> "rules:\n" + String.join("", r)),
            value.map(v -> "unknownKey: " + v + "\n"));
    return entry.list().ofMaxSize(5).map(entries -> String.join("", new ArrayList<>(entries)));
  }
}
