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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

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

  /**
   * As many cases as {@code fuzz.cases} (default 300), drawn from a seeded random source: {@code
   * fuzz.seed} replays a run (the seed and the failing case's number are in the failure message).
   */
  @Test
  void analysisOfHostileInputIsSafe() throws Exception {
    int cases = Integer.getInteger("fuzz.cases", 300);
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < cases; i++) {
      Tree tree = tree(random);
      try {
        check(tree);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "case " + i + " of seed " + seed + " (-Dfuzz.seed=" + seed + "): " + e.getMessage(), e);
      }
    }
  }

  @AfterAll
  static void summary() {
    System.out.println(
        "fuzz: "
            + RUNS.get()
            + " of "
            + Integer.getInteger("fuzz.cases", 300)
            + " cases, "
            + REJECTED.get()
            + " rejected as documented (ConfigException/AnalysisException)");
    RUNNER.shutdownNow();
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

  private static <T> T pick(java.util.Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * Up to six Java or Python files with distinct paths, and no config, a config or a mutated one.
   */
  private static Tree tree(java.util.Random random) {
    java.util.Map<String, Source> files = new java.util.LinkedHashMap<>();
    int count = random.nextInt(7);
    for (int i = 0; i < count; i++) {
      Source source =
          random.nextBoolean()
              ? new Source(pick(random, JAVA_PATHS), source(random, JAVA_SEEDS, JAVA_TOKENS))
              : new Source(pick(random, PYTHON_PATHS), source(random, PYTHON_SEEDS, PYTHON_TOKENS));
      files.putIfAbsent(source.path(), source);
    }
    int kind = random.nextInt(8);
    String config =
        kind < 3 ? null : kind < 7 ? config(random) : mutate(random, config(random), YAML_TOKENS);
    return new Tree(new ArrayList<>(files.values()), config);
  }

  /** A seed as is (2 in 10), a mutated seed (6 in 10), or a string of tokens (2 in 10). */
  private static String source(java.util.Random random, List<String> seeds, List<String> tokens) {
    int kind = random.nextInt(10);
    if (kind < 2) {
      return pick(random, seeds);
    }
    if (kind < 8) {
      return mutate(random, pick(random, seeds), tokens);
    }
    StringBuilder out = new StringBuilder();
    int parts = random.nextInt(41);
    for (int i = 0; i < parts; i++) {
      out.append(pick(random, tokens));
    }
    return out.toString();
  }

  /** Applies one to eight random edits: insert a token, delete, duplicate or move a slice. */
  private static String mutate(java.util.Random random, String text, List<String> tokens) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(8);
    for (int i = 0; i < edits; i++) {
      int kind = random.nextInt(4);
      double length = random.nextDouble() * 0.3;
      int at = (int) (random.nextDouble() * out.length());
      int end = Math.min(out.length(), at + (int) (length * out.length()));
      switch (kind) {
        case 0 -> out.insert(at, pick(random, tokens));
        case 1 -> out.delete(at, end);
        case 2 -> out.insert(at, out.substring(at, end));
        default -> {
          String slice = out.substring(at, end);
          out.delete(at, end);
          out.insert((int) (length * out.length()), slice);
        }
      }
    }
    return out.toString();
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

  /** Plausible, odd and wrong scalar values. */
  private static final List<String> SCALARS =
      List.of(
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
          "\".\"");

  private static String scalar(java.util.Random random) {
    if (random.nextInt(4) > 0) {
      return pick(random, SCALARS);
    }
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(13);
    for (int i = 0; i < length; i++) {
      text.append((char) random.nextInt(0x3000));
    }
    return MAPPER.valueToTree(text.toString()).toString();
  }

  private static String value(java.util.Random random) {
    if (random.nextBoolean()) {
      return scalar(random);
    }
    List<String> values = new ArrayList<>();
    int size = random.nextInt(5);
    for (int i = 0; i < size; i++) {
      values.add(scalar(random));
    }
    return "[" + String.join(", ", values) + "]";
  }

  /** A YAML config of known keys with plausible, odd and wrong values. */
  private static String config(java.util.Random random) {
    StringBuilder out = new StringBuilder();
    int entries = random.nextInt(6);
    for (int i = 0; i < entries; i++) {
      switch (random.nextInt(10)) {
        case 0 -> out.append("include: ").append(value(random)).append('\n');
        case 1 -> out.append("exclude: ").append(value(random)).append('\n');
        case 2 -> out.append("failOn: ").append(value(random)).append('\n');
        case 3 -> out.append("baseline: ").append(value(random)).append('\n');
        case 4 -> out.append("python:\n  roots: ").append(value(random)).append('\n');
        case 5 -> out.append("imports:\n  banned: ").append(value(random)).append('\n');
        case 6 ->
            out.append("inference:\n  ")
                .append(pick(random, List.of("affixes", "extraAffixes", "minSharedMembers")))
                .append(": ")
                .append(value(random))
                .append('\n');
        case 7 -> {
          out.append("concepts:\n");
          int concepts = 1 + random.nextInt(3);
          for (int c = 0; c < concepts; c++) {
            out.append("  - name: ")
                .append(value(random))
                .append("\n    canonical: ")
                .append(value(random))
                .append("\n    ")
                .append(
                    pick(
                        random,
                        List.of("name", "canonical", "import", "members", "factory", "extra")))
                .append(": ")
                .append(value(random))
                .append('\n');
          }
        }
        case 8 -> {
          out.append("rules:\n");
          int rules = 1 + random.nextInt(3);
          for (int r = 0; r < rules; r++) {
            out.append("  ")
                .append(pick(random, RULES))
                .append(":\n    ")
                .append(pick(random, List.of("severity", "enabled", "level", "minFiles", "bogus")))
                .append(": ")
                .append(value(random))
                .append('\n');
          }
        }
        default -> out.append("unknownKey: ").append(value(random)).append('\n');
      }
    }
    return out.toString();
  }
}
