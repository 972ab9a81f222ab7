package dev.ssot.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The structure of {@code action.yml} that GitHub's action metadata syntax requires and the issue
 * promises (the full schema check with action-validator runs in {@link ActionValidatorIT}): a
 * composite action whose steps each either run bash or use a pinned action, the documented inputs
 * with descriptions and defaults, outputs wired to the check step, and scripts that exist.
 */
class ActionMetadataTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @Test
  void isACompositeActionWithTheDocumentedInputsAndOutputs() throws IOException {
    JsonNode action = new ActionRunner(REPO).action();
    assertFalse(action.path("name").asText().isEmpty());
    assertFalse(action.path("description").asText().isEmpty());
    assertEquals("composite", action.at("/runs/using").asText());
    Set<String> inputs = new TreeSet<>();
    action.get("inputs").fieldNames().forEachRemaining(inputs::add);
    assertEquals(
        new TreeSet<>(
            List.of(
                "path", "config", "fail-on", "baseline", "args", "upload-sarif", "java-version")),
        inputs);
    for (String input : inputs) {
      JsonNode spec = action.get("inputs").get(input);
      assertFalse(spec.path("description").asText().isEmpty(), input);
      assertTrue(spec.has("default"), input + " has a default");
      assertFalse(spec.path("required").asBoolean(), input + " is optional");
    }
    assertEquals("true", action.at("/inputs/upload-sarif/default").asText());
    assertEquals(
        "${{ steps.check.outputs.findings }}", action.at("/outputs/findings/value").asText());
    assertEquals(
        "${{ steps.check.outputs.report-path }}", action.at("/outputs/report-path/value").asText());
  }

  @Test
  void everyStepRunsBashOrUsesAPinnedActionAndItsScriptsExist() throws IOException {
    JsonNode steps = new ActionRunner(REPO).action().at("/runs/steps");
    List<String> uses = new ArrayList<>();
    for (JsonNode step : steps) {
      assertTrue(step.has("run") != step.has("uses"), "run or uses: " + step);
      if (step.has("run")) {
        assertEquals("bash", step.path("shell").asText(), "composite run steps need a shell");
        for (String script : List.of("ci/ssot-jar.sh", "ci/action-check.sh")) {
          if (step.get("run").asText().contains(script)) {
            assertTrue(Files.isExecutable(REPO.resolve(script)), script);
          }
        }
        assertFalse(
            step.get("run").asText().contains("${{ inputs."),
            "inputs reach scripts through env:, never spliced into the script: " + step);
      } else {
        assertTrue(step.get("uses").asText().matches("[\\w-]+/[\\w/-]+@v\\d+"), step.toString());
        uses.add(step.get("uses").asText().replaceAll("@.*", ""));
      }
    }
    assertEquals(
        List.of("actions/setup-java", "actions/cache", "github/codeql-action/upload-sarif"), uses);
  }
}
