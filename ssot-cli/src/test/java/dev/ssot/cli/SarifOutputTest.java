package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real CLI's SARIF for the fragmented WebSocket example validates against the official SARIF
 * 2.1.0 schema (vendored in ssot-core's test resources), carries every rule's doc page as help, and
 * one stable fingerprint per result.
 */
class SarifOutputTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonSchema schema() throws IOException {
    try (InputStream in =
        Files.newInputStream(
            Path.of("../ssot-core/src/test/resources/sarif/sarif-schema-2.1.0.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @Test
  void fragmentedExampleIsValidSarifWithDocsAndFingerprints() throws IOException {
    SsotCliTest.Run run =
        SsotCliTest.run("check", "../examples/websocket-fragmented", "-f", "sarif");
    assertEquals(1, run.code(), run.err());
    JsonNode sarif = MAPPER.readTree(run.out());
    assertEquals(Set.of(), schema().validate(sarif));
    JsonNode runNode = sarif.at("/runs/0");
    JsonNode rules = runNode.at("/tool/driver/rules");
    assertTrue(rules.size() >= 5, rules.toString());
    for (JsonNode rule : rules) {
      assertTrue(
          rule.at("/help/markdown").asText().contains("## What it flags"), rule.get("id").asText());
    }
    JsonNode results = runNode.get("results");
    // 13 findings, two of them one import each (non-canonical and deprecated): 11 results
    assertTrue(results.size() >= 11, "results: " + results.size());
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode result : results) {
      assertEquals(
          result.get("ruleId").asText(),
          rules.get(result.get("ruleIndex").asInt()).get("id").asText());
      assertFalse(
          result.at("/locations/0/physicalLocation/artifactLocation/uri").asText().startsWith("/"));
      fingerprints.add(result.at("/partialFingerprints/ssot~1v1").asText());
    }
    assertEquals(results.size(), fingerprints.size(), "one fingerprint per result");
  }
}
