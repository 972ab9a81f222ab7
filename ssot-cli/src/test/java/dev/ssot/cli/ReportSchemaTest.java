package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published JSON Schema (docs/report.schema.json) describes what ssot really writes. */
class ReportSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in = Files.newInputStream(Path.of("../docs/report.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<ValidationMessage> validate(JsonNode report) {
    return SCHEMA.validate(report);
  }

  @Test
  void realReportsMatchTheSchema() throws IOException {
    for (String tree : new String[] {"cycle", "clean", "backup-copy", "changed"}) {
      String json =
          SsotCliTest.run("check", "src/test/resources/trees/" + tree, "-f", "json").out();
      assertEquals(Set.of(), validate(MAPPER.readTree(json)), tree);
    }
  }

  /**
   * Module roots chosen from the code's imports are listed, and a file that copies a live module (a
   * backup of backend/app/models/user.py) is a module-collision finding.
   */
  @Test
  void aReportWithInferredModuleRootsMatchesTheSchema() throws IOException {
    SsotCliTest.Run run =
        SsotCliTest.run("check", "src/test/resources/trees/namespace-packages", "-f", "json");
    JsonNode report = MAPPER.readTree(run.out());
    assertEquals(Set.of(), validate(report));
    List<String> roots = new ArrayList<>();
    report
        .get("moduleRoots")
        .forEach(r -> roots.add(r.get("directory").asText() + " -> " + r.get("root").asText()));
    assertEquals(
        List.of(
            "backend/app -> ",
            "backend/app/admin/corpus -> ",
            "backend/app/models -> ",
            "backend/app/serializers -> ",
            "backups/2024-01/backend/app/models -> backups/2024-01"),
        roots,
        run.out());
    List<String> collisions = new ArrayList<>();
    report
        .get("findings")
        .forEach(
            f -> {
              if (f.get("ruleId").asText().equals("module-collision")) {
                collisions.add(f.get("message").asText());
              }
            });
    assertEquals(
        List.of(
            "backups/2024-01/backend/app/models/user.py and backend/app/models/user.py both map to"
                + " module backend.app.models.user; imports reach backend/app/models/user.py (the"
                + " file nearest the analysed root wins), never this file"),
        collisions);
  }

  @Test
  void aReportComparedWithABaselineMatchesTheSchema(@TempDir Path dir) throws IOException {
    String example = "../examples/websocket-fragmented";
    Path file = dir.resolve("ssot-baseline.json");
    assertEquals(0, SsotCliTest.run("baseline", example, "-o", file.toString()).code());
    ObjectNode baseline = (ObjectNode) MAPPER.readTree(file.toFile());
    ArrayNode entries = (ArrayNode) baseline.get("findings");
    String fresh = entries.remove(0).get("fingerprint").asText();
    entries
        .addObject()
        .put("fingerprint", "0123456789abcdef0123456789abcdef")
        .put("ruleId", "duplicate-type")
        .put("message", "a class that was renamed")
        .putArray("symbols")
        .add("com.acme.Gone");
    MAPPER.writeValue(file.toFile(), baseline);

    SsotCliTest.Run run =
        SsotCliTest.run("check", example, "--baseline", file.toString(), "-f", "json");
    JsonNode report = MAPPER.readTree(run.out());
    assertEquals(Set.of(), validate(report));
    JsonNode comparison = report.get("baseline");
    assertEquals(1, comparison.get("newFindings").asInt(), run.out());
    assertEquals(report.get("findings").size() - 1, comparison.get("baselined").asInt(), run.out());
    assertEquals(
        "0123456789abcdef0123456789abcdef",
        comparison.get("stale").get(0).get("fingerprint").asText());
    for (JsonNode finding : report.get("findings")) {
      assertEquals(
          finding.get("fingerprint").asText().equals(fresh) ? "new" : "unchanged",
          finding.get("baselineState").asText(),
          finding.toString());
    }
    ((ObjectNode) report.get("findings").get(0)).remove("baselineState");
    assertFalse(validate(report).isEmpty(), "with a baseline every finding has a baselineState");
  }

  @Test
  void theWriterGoldenWithEveryEvidenceKindMatchesTheSchema() throws IOException {
    JsonNode golden =
        MAPPER.readTree(
            Path.of("../ssot-core/src/test/resources/golden/cycle/report.json").toFile());
    assertEquals(Set.of(), validate(golden));
  }

  @Test
  void theSchemaRejectsReportsThatBreakTheContract() throws IOException {
    String json = SsotCliTest.run("check", "src/test/resources/trees/cycle", "-f", "json").out();
    ObjectNode noFingerprint = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) noFingerprint.get("findings").get(0)).remove("fingerprint");
    assertFalse(validate(noFingerprint).isEmpty());
    ObjectNode badSeverity = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) badSeverity.get("findings").get(0)).put("severity", "fatal");
    assertFalse(validate(badSeverity).isEmpty());
    ObjectNode absolutePath = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) absolutePath.get("findings").get(0).get("location")).put("path", "/abs/A.java");
    assertFalse(validate(absolutePath).isEmpty());
  }
}
