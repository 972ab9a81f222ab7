package dev.ssot.core.report.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ssot's SARIF validates against the official SARIF 2.1.0 JSON Schema (draft-07, vendored in {@code
 * src/test/resources/sarif/} with its notice), and the schema is strict enough to notice.
 */
class SarifSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in =
        SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Set<ValidationMessage> validate(JsonNode sarif) {
    return SCHEMA.validate(sarif);
  }

  private static JsonNode golden() throws IOException {
    return MAPPER.readTree(
        Files.readString(Path.of("src/test/resources/golden/cycle/report.sarif")));
  }

  @Test
  void theGoldenWithEveryEvidenceKindIsValidSarif() throws IOException {
    assertEquals(Set.of(), validate(golden()));
  }

  @Test
  void theSchemaRejectsWhatSarifForbids() throws IOException {
    ObjectNode badLevel = (ObjectNode) golden();
    ((ObjectNode) badLevel.at("/runs/0/results/0")).put("level", "info");
    assertFalse(validate(badLevel).isEmpty(), "level 'info' is not a SARIF level");
    ObjectNode lineZero = (ObjectNode) golden();
    ((ObjectNode) lineZero.at("/runs/0/results/0/locations/0/physicalLocation/region"))
        .put("startLine", 0);
    assertFalse(validate(lineZero).isEmpty(), "lines are 1-based");
    ObjectNode unknownField = (ObjectNode) golden();
    ((ObjectNode) unknownField.at("/runs/0/results/0")).put("severity", "error");
    assertFalse(validate(unknownField).isEmpty(), "results take no unknown properties");
  }

  @Test
  void pathsBecomeRelativeUriReferences() {
    assertEquals("src/main/java/a/A.java", SarifReportWriter.uri("src/main/java/a/A.java"));
    assertEquals("my%20dir/%C3%A9t%C3%A9/A%23B.java", SarifReportWriter.uri("my dir/été/A#B.java"));
    assertEquals("c%3A/x%25y.java", SarifReportWriter.uri("c:/x%y.java"));
  }
}
