package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/config.schema.json accepts every config the repository ships and rejects what ssot rejects.
 */
class ConfigSchemaTest {

  private static final ObjectMapper YAML = new YAMLMapper();

  private static JsonSchema schema() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("../docs/config.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void everyShippedConfigIsValid() throws IOException {
    JsonSchema schema = schema();
    List<Path> configs;
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      configs =
          files
              .filter(p -> p.getFileName().toString().matches("ssot(-[\\w-]+)?\\.ya?ml"))
              .filter(
                  p ->
                      !p.toString().contains("/target/")
                          && !p.toString().contains("bad-config")
                          && !p.toString().contains("config-errors"))
              .sorted()
              .toList();
    }
    assertFalse(configs.isEmpty());
    for (Path config : configs) {
      JsonNode node = YAML.readTree(config.toFile());
      assertEquals(Set.of(), node == null ? Set.of() : schema.validate(node), config.toString());
    }
  }

  @Test
  void listsExactlyTheRegisteredRules() throws IOException {
    JsonNode names =
        new ObjectMapper()
            .readTree(Path.of("../docs/config.schema.json").toFile())
            .at("/properties/rules/propertyNames/enum");
    List<String> inSchema = new java.util.ArrayList<>();
    names.forEach(n -> inSchema.add(n.asText()));
    List<String> registered =
        dev.ssot.core.engine.RuleRegistry.load().ids().stream()
            .filter(id -> !id.equals("exploding"))
            .toList();
    assertEquals(registered, inSchema.stream().sorted().toList());
  }

  @Test
  void rejectsWhatSsotRejects() throws IOException {
    JsonSchema schema = schema();
    assertFalse(schema.validate(YAML.readTree("failon: error\n")).isEmpty(), "unknown key");
    assertFalse(
        schema.validate(YAML.readTree("rules:\n  import-cycle: { level: module }\n")).isEmpty(),
        "bad value");
    assertFalse(
        schema.validate(YAML.readTree("rules:\n  import-cycles: {}\n")).isEmpty(), "unknown rule");
    assertFalse(
        schema.validate(YAML.readTree("concepts:\n  - name: X\n")).isEmpty(), "canonical missing");
  }
}
