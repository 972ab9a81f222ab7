package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline round trip through the real CLI: baseline a tree with findings, check against it,
 * survive moved, reformatted and unrelated edits (fingerprints ignore lines), fail on a new
 * duplicate naming only it, and report a stale entry once a baselined finding is fixed.
 */
class BaselineCliTest {

  @TempDir Path tree;

  private void manager(String pkg, String name, String tag) throws IOException {
    write(
        "src/main/java/" + pkg.replace('.', '/') + "/" + name + ".java",
        """
        package %s;

        import java.util.ArrayList;
        import java.util.List;

        public class %s {
          private final List<String> connections = new ArrayList<>();

          public void connect(String user) {
            connections.add(user);
          }

          public void send(String user, String event) {
            if (connections.contains(user)) {
              System.out.println("%s " + user + ": " + event);
            }
          }

          public void disconnect(String user) {
            connections.remove(user);
          }
        }
        """
            .formatted(pkg, name, tag));
  }

  private void write(String path, String text) throws IOException {
    Path file = tree.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void server(String method) throws IOException {
    write(
        "src/main/java/com/acme/app/Server.java",
        """
        package com.acme.app;

        import com.acme.store.OrderStore;
        import com.acme.ws.WebSocketManager;

        public class Server {
          private final WebSocketManager manager = new WebSocketManager();
          private final OrderStore store = new OrderStore();

          void %s(String user) {
            manager.connect(user);
            store.connect(user);
          }
        }
        """
            .formatted(method));
  }

  private SsotCliTest.Run check(String... extra) {
    String[] args = new String[3 + extra.length];
    args[0] = "check";
    args[1] = tree.toString();
    args[2] = "--baseline=" + tree.resolve("ssot-baseline.json");
    System.arraycopy(extra, 0, args, 3, extra.length);
    return SsotCliTest.run(args);
  }

  @Test
  void roundTrip() throws IOException {
    manager("com.acme.ws", "WebSocketManager", "ws");
    manager("com.acme.ws.unified", "UnifiedWebSocketManager", "unified");
    manager("com.acme.store", "OrderStore", "store");
    manager("com.acme.store.unified", "UnifiedOrderStore", "unified");
    server("onConnect");
    SsotCliTest.Run plain = SsotCliTest.run("check", tree.toString(), "--select", "duplicate-type");
    assertEquals(1, plain.code(), plain.out());

    SsotCliTest.Run written =
        SsotCliTest.run("baseline", tree.toString(), "--select", "duplicate-type");
    assertEquals(0, written.code(), written.err());
    assertTrue(written.out().contains("wrote 2 baseline entries"), written.out());
    Path file = tree.resolve("ssot-baseline.json");
    JsonNode baseline = new ObjectMapper().readTree(file.toFile());
    assertEquals(2, baseline.get("findings").size());
    assertEquals(
        "[\"com.acme.store.OrderStore\",\"com.acme.store.unified.UnifiedOrderStore\"]",
        baseline.at("/findings/0/symbols").toString(),
        "the flagged definition and its concept's canonical type");
    String first = Files.readString(file);
    SsotCliTest.run("baseline", tree.toString(), "--select", "duplicate-type");
    assertEquals(first, Files.readString(file), "the baseline file is deterministic");

    SsotCliTest.Run clean = check("--select", "duplicate-type");
    assertEquals(0, clean.code(), clean.out());
    assertTrue(
        clean.out().contains("2 findings baselined (not shown), 0 new findings"), clean.out());
    assertFalse(clean.out().contains("UnifiedWebSocketManager.java"), clean.out());

    // Move the duplicate down 30 lines, reformat it, and rename an unrelated method: still
    // baselined.
    Path unified = tree.resolve("src/main/java/com/acme/ws/unified/UnifiedWebSocketManager.java");
    String text = Files.readString(unified);
    Files.writeString(
        unified,
        text.replace("import java.util.List;\n", "import java.util.List;\n" + "\n".repeat(30))
            .replace("  ", "\t"));
    server("whenUserConnects");
    SsotCliTest.Run moved = check("--select", "duplicate-type", "--strict-baseline");
    assertEquals(0, moved.code(), moved.out());
    assertTrue(moved.out().contains("2 findings baselined"), moved.out());

    // A new duplicate fails the run, and only it is named.
    manager("com.acme.ws.compat", "CompatWebSocketManager", "compat");
    SsotCliTest.Run added = check("--select", "duplicate-type");
    assertEquals(1, added.code(), added.out());
    assertTrue(added.out().contains("CompatWebSocketManager"), added.out());
    assertFalse(added.out().contains("'UnifiedWebSocketManager'"), added.out());
    assertTrue(added.out().contains("1 new finding"), added.out());
    Files.delete(tree.resolve("src/main/java/com/acme/ws/compat/CompatWebSocketManager.java"));

    // Renaming the duplicate itself is a new finding, and its old entry is stale.
    Files.move(
        tree.resolve("src/main/java/com/acme/store/unified/UnifiedOrderStore.java"),
        tree.resolve("src/main/java/com/acme/store/unified/NewOrderStore.java"));
    Path renamed = tree.resolve("src/main/java/com/acme/store/unified/NewOrderStore.java");
    Files.writeString(
        renamed,
        Files.readString(renamed).replace("class UnifiedOrderStore", "class NewOrderStore"));
    SsotCliTest.Run rename = check("--select", "duplicate-type");
    assertEquals(1, rename.code(), rename.out());
    assertTrue(rename.out().contains("NewOrderStore"), rename.out());
    Files.delete(renamed);

    // Fixing a baselined finding leaves a stale entry: a warning, and with --strict-baseline a
    // failure naming it.
    SsotCliTest.Run fixed = check("--select", "duplicate-type");
    assertEquals(0, fixed.code(), fixed.out());
    assertTrue(
        fixed.out().contains("warning: 1 baseline entry matches nothing any more"), fixed.out());
    assertTrue(fixed.out().contains("com.acme.store.unified.UnifiedOrderStore"), fixed.out());
    SsotCliTest.Run strict = check("--select", "duplicate-type", "--strict-baseline");
    assertEquals(1, strict.code(), strict.out());
    assertTrue(
        strict.out().contains("error: 1 baseline entry matches nothing any more"), strict.out());
    assertTrue(
        strict
            .out()
            .contains(
                "[duplicate-type] com.acme.store.OrderStore, com.acme.store.unified.UnifiedOrderStore"),
        strict.out());
  }

  @Test
  void sarifMarksBaselinedResultsUnchanged() throws IOException {
    manager("com.acme.ws", "WebSocketManager", "ws");
    manager("com.acme.ws.unified", "UnifiedWebSocketManager", "unified");
    server("onConnect");
    write(
        "src/main/java/com/acme/store/OrderStore.java",
        "package com.acme.store;\npublic class OrderStore {\n"
            + "  public void connect(String user) {}\n}\n");
    SsotCliTest.run("baseline", tree.toString(), "--select", "duplicate-type");
    manager("com.acme.ws.compat", "CompatWebSocketManager", "compat");
    SsotCliTest.Run run = check("--select", "duplicate-type", "-f", "sarif");
    JsonNode results = new ObjectMapper().readTree(run.out()).at("/runs/0/results");
    assertEquals(2, results.size(), run.out());
    for (JsonNode result : results) {
      boolean compat = result.at("/message/text").asText().contains("CompatWebSocketManager");
      assertEquals(
          compat ? "new" : "unchanged", result.get("baselineState").asText(), result.toString());
    }
  }

  @Test
  void usageErrors() {
    assertEquals(2, SsotCliTest.run("check", tree.toString(), "--strict-baseline").code());
    SsotCliTest.Run missing = check();
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("baseline file not found"), missing.err());
  }

  @Test
  void theConfigNamesTheBaselineRelativeToItself(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path tree = dir.resolve("tree");
    Files.createDirectories(tree.resolve("a"));
    Files.createDirectories(tree.resolve("b"));
    Files.writeString(
        tree.resolve("a/A.java"), "package a;\nimport b.B;\npublic class A { B b; }\n");
    Files.writeString(
        tree.resolve("b/B.java"), "package b;\nimport a.A;\npublic class B { A a; }\n");
    assertEquals(1, SsotCliTest.run("check", tree.toString(), "--no-cache").code());
    assertEquals(
        0,
        SsotCliTest.run(
                "baseline", tree.toString(), "-o", tree.resolve("ssot-baseline.json").toString())
            .code());
    Files.writeString(tree.resolve("ssot.yaml"), "baseline: ssot-baseline.json\n");
    SsotCliTest.Run run =
        SsotCliTest.run("check", tree.toString(), "--no-cache", "--strict-baseline");
    assertEquals(0, run.code(), run.out() + run.err());
  }
}
