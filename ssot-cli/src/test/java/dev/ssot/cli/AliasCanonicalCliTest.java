package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code canonical:} may name the public name of a Python class, an alias binding or a re-export:
 * ssot follows it to the class it denotes and takes the binding as the import path. Each case of
 * {@code alias-canonical/} is an {@code ssot.yaml} put in place of the one of {@code
 * examples/python-websocket-fragmented}, whose public {@code WebSocketManager} is {@code
 * WebSocketManager = _UnifiedWebSocketManagerImplementation}.
 */
class AliasCanonicalCliTest {

  private static final Path EXAMPLE = Path.of("../examples/python-websocket-fragmented");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run check(String fixture) throws IOException, URISyntaxException {
    Path tree = dir.resolve(fixture == null ? "example" : fixture);
    try (Stream<Path> walk = Files.walk(EXAMPLE)) {
      for (Path from : walk.toList()) {
        Path to = tree.resolve(EXAMPLE.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    if (fixture != null) {
      Path config = Path.of(getClass().getResource("/alias-canonical/" + fixture).toURI());
      Files.copy(
          config.resolve("ssot.yaml"),
          tree.resolve("ssot.yaml"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        SsotCli.run(
            new String[] {"check", tree.toString(), "-f", "json", "--no-cache"},
            new PrintWriter(out),
            new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static JsonNode concept(JsonNode report, String name) {
    for (JsonNode concept : report.get("concepts")) {
      if (concept.get("name").asText().equals(name)) {
        return concept;
      }
    }
    throw new AssertionError("no concept " + name + " in " + report.get("concepts"));
  }

  @Test
  void anAliasBindingAsCanonicalGivesTheSameFindingsAsTheImplementationPlusImport()
      throws Exception {
    Run written = check(null); // canonical: the private class, import: the public alias
    Run alias = check("alias-binding"); // canonical: the public alias alone
    assertEquals(written.code(), alias.code(), alias.err());
    JsonNode expected = MAPPER.readTree(written.out());
    JsonNode actual = MAPPER.readTree(alias.out());
    assertEquals(expected.get("findings"), actual.get("findings"));
    JsonNode concept = concept(actual, "WebSocketManager");
    assertEquals(
        "app.websocket_core.unified_manager._UnifiedWebSocketManagerImplementation",
        concept.get("canonical").asText());
    assertEquals(
        "app.websocket_core.websocket_manager.WebSocketManager",
        concept.get("canonicalImport").asText());
    assertTrue(expected.get("findings").size() > 5, "the example has findings to compare");
  }

  @Test
  void aPackageReExportAsCanonicalIsFollowedToItsClass() throws Exception {
    Run run = check("package-re-export");
    assertEquals(1, run.code(), run.err());
    JsonNode concept = concept(MAPPER.readTree(run.out()), "WebSocketManager");
    assertEquals(
        "app.websocket_core.unified_manager._UnifiedWebSocketManagerImplementation",
        concept.get("canonical").asText());
    assertEquals("app.websocket_core.WebSocketManager", concept.get("canonicalImport").asText());
  }

  private void assertConfigError(String fixture, String... parts) throws Exception {
    Run run = check(fixture);
    assertEquals(2, run.code(), run.err() + run.out());
    for (String part : parts) {
      assertTrue(run.err().contains(part), "missing '" + part + "' in " + run.err());
    }
  }

  @Test
  void aCanonicalBoundToAFunctionIsAnErrorNamingBothEnds() throws Exception {
    assertConfigError(
        "canonical-is-a-function",
        "ssot.yaml:2: concepts[0].canonical: 'app.websocket_core.websocket_manager"
            + ".create_websocket_manager' binds 'app.websocket_core.websocket_manager"
            + ".create_websocket_manager', a function or variable",
        "not a class");
  }

  @Test
  void aCanonicalNamingAModuleIsAnError() throws Exception {
    assertConfigError(
        "canonical-is-a-module",
        "concepts[0].canonical: 'app.websocket_core.manager' binds module"
            + " 'app.websocket_core.manager', not a class");
  }

  @Test
  void aCanonicalBindingNothingSaysWhichModuleLacksTheName() throws Exception {
    assertConfigError(
        "canonical-binds-nothing",
        "concepts[0].canonical: 'app.websocket_core.websocket_manager.WebSocketManagr' binds"
            + " nothing: module 'app.websocket_core.websocket_manager' has no such name");
  }

  @Test
  void anImportPathOfAnotherClassIsAnErrorNamingBoth() throws Exception {
    assertConfigError(
        "import-is-another-class",
        "concepts[0].import: 'app.websocket_core.websocket_manager_factory"
            + ".IsolatedWebSocketManager' binds"
            + " 'app.websocket_core.websocket_manager_factory.IsolatedWebSocketManager'"
            + " (app/websocket_core/websocket_manager_factory.py:14), not the canonical"
            + " 'app.websocket_core.unified_manager._UnifiedWebSocketManagerImplementation'"
            + " (app/websocket_core/unified_manager.py:16)");
  }

  @Test
  void anImportPathBindingAnotherClassThroughAReExportIsAnError() throws Exception {
    assertConfigError(
        "import-binds-another-class",
        "concepts[0].import: 'app.websocket_core.WebSocketManagerProtocol' binds"
            + " 'app.websocket_core.protocols.WebSocketManagerProtocol'",
        "not the canonical 'app.core.interfaces_websocket.WebSocketManagerProtocol'");
  }
}
