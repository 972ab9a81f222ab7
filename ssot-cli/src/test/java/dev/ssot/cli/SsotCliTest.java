package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in-process: one test per documented exit code, and the output formats. */
class SsotCliTest {

  private static final Path TREES = Path.of("src/test/resources/trees");

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SsotCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void cleanTreeExitsZero() {
    Run run = run("check", TREES.resolve("clean").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("ssot: 2 files, 2 types, 10 lines; no findings."), run.out());
  }

  @Test
  void cycleExitsOneAndShowsTheCycleWithEvidence() {
    Run run = run("check", TREES.resolve("cycle").toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(
        run.out()
            .contains(
                "src/main/java/com/acme/a/A.java:3:1: error: 3 packages form an import cycle: "
                    + "com.acme.a -> com.acme.b -> com.acme.c -> com.acme.a"),
        run.out());
    assertTrue(run.out().contains("      3 | import com.acme.b.B;"), "quotes the source line");
    assertTrue(
        run.out().contains("com.acme.c -> com.acme.a  src/main/java/com/acme/c/C.java:3"),
        run.out());
    assertTrue(
        run.out().contains("src/main/java/com/acme/c/Broken.java:4: Parse error"),
        "lists the unparsable file");
    assertTrue(run.out().contains("4 files, 3 types"), "the rest was analysed");
  }

  @Test
  void failOnNeverOrIgnoreTurnsFindingsIntoSuccess() {
    assertEquals(0, run("check", TREES.resolve("cycle").toString(), "--fail-on", "never").code());
    assertEquals(
        0, run("check", TREES.resolve("cycle").toString(), "--ignore", "import-cycle").code());
    assertEquals(1, run("check", TREES.resolve("cycle").toString(), "--fail-on=warning").code());
  }

  @Test
  void badConfigExitsTwoNamingKeyFileAndLine() {
    Run run = run("check", TREES.resolve("bad-config").toString());
    assertEquals(2, run.code());
    assertTrue(
        run.err()
            .contains(
                "ssot.yaml:4: rules.import-cycle.level: bad value 'module' (expected one of: package, type, all)"),
        run.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run("check", "--fail-on", "sometimes").code());
    assertEquals(2, run("check", "--no-such-option").code());
    assertEquals(
        2, run("check", TREES.resolve("clean").toString(), "--select", "no-such-rule").code());
    assertEquals(2, run("check", TREES.resolve("clean").toString(), "--format", "pdf").code());
    assertEquals(2, run("check", TREES.resolve("missing").toString()).code());
    assertEquals(
        2,
        run(
                "check",
                "-f",
                "json",
                "-f",
                "text",
                "-o",
                dir.resolve("x").toString(),
                TREES.resolve("clean").toString())
            .code());
    assertEquals(2, run("explain", "no-such-rule").code());
    assertEquals(2, run().code(), "no command");
    Run missingConfig =
        run(
            "check",
            TREES.resolve("clean").toString(),
            "--config",
            dir.resolve("nope.yaml").toString());
    assertEquals(2, missingConfig.code());
    assertTrue(
        missingConfig.err().contains("nope.yaml: config file not found"), missingConfig.err());
  }

  @Test
  void aCrashingRuleExitsThree() {
    Run run = run("check", TREES.resolve("clean").toString(), "--select", "exploding");
    assertEquals(3, run.code());
    assertTrue(run.err().contains("ssot: internal error"), run.err());
    assertTrue(run.err().contains("rule 'exploding' failed"), run.err());
  }

  @Test
  void writesJsonToAFileAndSeveralFormatsToADirectory() throws IOException {
    Path json = dir.resolve("out/report.json");
    Run run =
        run(
            "check",
            TREES.resolve("cycle").toString(),
            "--format",
            "json",
            "--output",
            json.toString());
    assertEquals(1, run.code());
    assertEquals("", run.out());
    String report = Files.readString(json, StandardCharsets.UTF_8);
    assertTrue(report.startsWith("{\n  \"schemaVersion\" : 1,"), report);
    assertTrue(report.contains("\"ruleId\" : \"import-cycle\""));
    assertEquals(
        0,
        run(
                "check",
                TREES.resolve("clean").toString(),
                "-f",
                "text,json",
                "--output-dir",
                dir.resolve("reports").toString())
            .code());
    assertTrue(Files.isRegularFile(dir.resolve("reports/report.json")));
    assertTrue(Files.readString(dir.resolve("reports/report.txt")).contains("no findings"));
  }

  @Test
  void jsonIsByteIdenticalAcrossRunsApartFromTiming() {
    String first =
        run("check", TREES.resolve("cycle").toString(), "-f", "json", "--threads", "1").out();
    String second =
        run("check", TREES.resolve("cycle").toString(), "-f", "json", "--threads", "3").out();
    String timing = "(?s)\"timing\" : \\{.*?}";
    assertEquals(first.replaceAll(timing, ""), second.replaceAll(timing, ""));
    assertFalse(
        first.contains(TREES.toAbsolutePath().toString()), "no absolute paths in the report");
  }

  @Test
  void graphPrintsDotMermaidAndJson() {
    Run dot = run("graph", TREES.resolve("cycle").toString());
    assertEquals(0, dot.code(), dot.err());
    assertTrue(
        dot.out().contains("\"com.acme.a\" -> \"com.acme.b\" [label=\"1\", color=red];"),
        dot.out());
    Run mermaid = run("graph", TREES.resolve("clean").toString(), "--format", "mermaid");
    assertTrue(mermaid.out().startsWith("flowchart LR\n"), mermaid.out());
    assertTrue(mermaid.out().contains("n0 -->|1| n1"), mermaid.out());
    Run json = run("graph", TREES.resolve("cycle").toString(), "--level", "type", "-f", "json");
    assertTrue(json.out().contains("\"from\" : \"com.acme.c.C\""), json.out());
    assertTrue(json.out().contains("\"inCycle\" : true"), json.out());
  }

  private static final String FIXTURES = "../rules/src/test/resources/fixtures/";

  @Test
  void explainSaysWhatALookAlikeIsBoundToThatTheOtherIsNot() {
    Run interfaces =
        run(
            "explain",
            "com.acme.web.cors.reactive.CorsConfigurationSource",
            "--no-cache",
            "-p",
            FIXTURES
                + "duplicate-type/parallel-interfaces-over-different-request-types-are-not-flagged");
    assertEquals(0, interfaces.code(), interfaces.err());
    assertTrue(
        interfaces
            .out()
            .contains(
                "verdict:  Not reported: it looks like com.acme.web.cors.CorsConfigurationSource,"
                    + " but both only declare methods, and their signatures name different"
                    + " things; it names com.acme.web.server.ServerWebExchange where the other"
                    + " names jakarta.servlet.http.HttpServletRequest."),
        interfaces.out());
    Run backends =
        run(
            "explain",
            "db.backends.mysql.client.DatabaseClientShell",
            "--no-cache",
            "-p",
            FIXTURES
                + "duplicate-type/python-per-backend-namesakes-bound-to-their-own-drivers-are-not-flagged");
    assertEquals(0, backends.code(), backends.err());
    assertTrue(
        backends.out().contains("it names MySQLdb where the other names psycopg2."),
        backends.out());
  }

  @Test
  void explainsEachDefinitionOfANameAReactorDefinesTwiceAndWhyTheUpstreamOneIsCanonical() {
    Run run =
        run(
            "explain",
            "com.shop.orders.Money",
            "--no-cache",
            "-p",
            FIXTURES + "duplicate-type/reactor-upstream-module-copy-is-canonical");
    assertEquals(0, run.code(), run.err());
    String app = "com.shop.orders.Money  (class, app/src/main/java/com/shop/orders/Money.java:6)";
    String core = "com.shop.orders.Money  (class, core/src/main/java/com/shop/orders/Money.java:6)";
    assertTrue(run.out().contains(app) && run.out().contains(core), run.out());
    String reason = "upstream module (com.shop:app depends on com.shop:core)";
    assertTrue(
        run.out()
            .contains(
                "verdict:  Reported by duplicate-type: a copy of com.shop.orders.Money at"
                    + " core/src/main/java/com/shop/orders/Money.java, which is canonical: "
                    + reason),
        run.out());
    assertTrue(
        run.out().contains("verdict:  The canonical one of 2 copies; chosen for: " + reason),
        run.out());
    Run concept =
        run(
            "explain",
            "com.shop.core.Money",
            "--no-cache",
            "-p",
            FIXTURES + "duplicate-type/reactor-downstream-module-copy-gives-way");
    assertTrue(
        concept.out().contains("chosen for: " + reason + " (over com.shop.app.Money)"),
        concept.out());
  }

  @Test
  void explainsAnAliasAShimAndADuplicate() {
    Run alias =
        run(
            "explain",
            "com.acme.ws.legacy.UnifiedWebSocketManager",
            "--path",
            FIXTURES + "duplicate-type/deprecated-alias-subclass-is-not-flagged");
    assertEquals(0, alias.code(), alias.err());
    assertTrue(
        alias.out().contains("role:     alias of com.acme.ws.WebSocketManager"), alias.out());
    assertTrue(alias.out().contains("verdict:  Not a duplicate: it is an alias"), alias.out());
    Run shim =
        run(
            "explain",
            "LegacyWebSocketManager",
            "-p",
            FIXTURES + "duplicate-type/pure-delegating-facade-is-not-flagged");
    assertTrue(shim.out().contains("role:     shim of com.acme.ws.WebSocketManager"), shim.out());
    assertTrue(shim.out().contains("(field 'delegate')"), shim.out());
    Run duplicate =
        run("explain", "UnifiedWebSocketManager", "-p", FIXTURES + "duplicate-type/two-managers");
    assertTrue(duplicate.out().contains("verdict:  Reported by duplicate-type"), duplicate.out());
    assertTrue(duplicate.out().contains("[duplicate-type]"), duplicate.out());
    Run unrelated =
        run(
            "explain",
            "com.acme.lexer.Token",
            "-p",
            FIXTURES + "duplicate-type/same-name-different-members-are-not-flagged");
    assertTrue(
        unrelated
            .out()
            .contains(
                "verdict:  Not reported: its name matches com.acme.auth.Token, but they share too little"),
        unrelated.out());
    Run ambiguous =
        run(
            "explain",
            "Token",
            "-p",
            FIXTURES + "duplicate-type/same-name-different-members-are-not-flagged");
    assertTrue(ambiguous.out().startsWith("2 types are named 'Token'"), ambiguous.out());
    assertEquals(
        2, run("explain", "NoSuchType", "-p", FIXTURES + "duplicate-type/two-managers").code());
  }

  @Test
  void explainsAPythonAliasThroughItsChainAndListsWhereAClassIsImportedFrom() {
    String example = "../examples/python-websocket-fragmented";
    Run alias =
        run("explain", "app.websocket_core.manager.WebSocketManager", "-p", example, "--no-cache");
    assertEquals(0, alias.code(), alias.err());
    assertTrue(
        alias
            .out()
            .startsWith(
                "app.websocket_core.manager.WebSocketManager  (Python binding, not a definition)"),
        alias.out());
    assertTrue(
        alias
            .out()
            .contains(
                "app/websocket_core/manager.py:2 re-exports app.websocket_core.websocket_manager"
                    + ".WebSocketManager as WebSocketManager"),
        alias.out());
    assertTrue(
        alias
            .out()
            .contains(
                "denotes:  app.websocket_core.unified_manager._UnifiedWebSocketManagerImplementation"),
        alias.out());
    assertTrue(alias.out().contains("imported as:"), alias.out());
    assertTrue(
        alias
            .out()
            .contains(
                "app.websocket_core.websocket_manager.WebSocketManager  app/websocket_core/websocket_manager.py:"),
        alias.out());
    assertEquals(
        2,
        run("explain", "app.websocket_core.manager.NoSuchName", "-p", example, "--no-cache")
            .code());
  }

  @Test
  void rulesExplainVersionAndHelp() {
    Run rules = run("rules");
    assertEquals(0, rules.code());
    assertTrue(rules.out().contains("import-cycle"), rules.out());
    Run explain = run("explain", "import-cycle");
    assertEquals(0, explain.code());
    assertTrue(explain.out().startsWith("# import-cycle\n"), explain.out());
    assertTrue(explain.out().contains("## Not flagged"));
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("ssot "), version.out());
    Run help = run("check", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("Exit codes:"), help.out());
    assertTrue(help.out().contains("--fail-on"), help.out());
  }

  @Test
  void cacheDirHoldsTheCacheAndTheJsonReportCountsCachedFiles() throws IOException {
    Path cache = dir.resolve("cache");
    Path report = dir.resolve("report.json");
    String tree = TREES.resolve("cycle").toString();
    assertEquals(
        1,
        run("check", tree, "--cache-dir", cache.toString(), "-f", "json", "-o", report.toString())
            .code());
    assertTrue(Files.isRegularFile(cache.resolve("facts.bin")));
    String cold = Files.readString(report);
    assertTrue(
        cold.contains("\"cachedFiles\" : 0,") && cold.contains("\"parsedFiles\" : 4,"), cold);
    assertEquals(
        1,
        run("check", tree, "--cache-dir", cache.toString(), "-f", "json", "-o", report.toString())
            .code());
    String warm = Files.readString(report);
    assertTrue(
        warm.contains("\"cachedFiles\" : 4,") && warm.contains("\"parsedFiles\" : 0,"), warm);
    assertEquals(
        cold.replaceAll("(?s)\"timing\" : \\{.*?}", ""),
        warm.replaceAll("(?s)\"timing\" : \\{.*?}", ""));
  }

  @Test
  void noCacheWritesNoCache() throws IOException {
    Path tree = dir.resolve("tree");
    Files.createDirectories(tree);
    Files.writeString(tree.resolve("A.java"), "class A {}\n");
    assertEquals(0, run("check", tree.toString(), "--no-cache").code());
    assertFalse(Files.exists(tree.resolve(".ssot-cache")));
    assertEquals(0, run("check", tree.toString()).code());
    assertTrue(
        Files.isRegularFile(tree.resolve(".ssot-cache/facts.bin")),
        "the default cache is in the root");
    Run both =
        run("check", tree.toString(), "--no-cache", "--cache-dir", dir.resolve("c").toString());
    assertEquals(2, both.code());
    assertTrue(both.err().contains("either --cache-dir or --no-cache"), both.err());
  }
}
