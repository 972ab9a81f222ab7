package dev.ssot.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code action.yml} and the example workflow in {@code docs/ci.md} validated against the published
 * JSON Schemas for action metadata and workflows (SchemaStore's github-action.json and
 * github-workflow.json, as bundled by the npm package {@code @action-validator/cli}). Skipped, with
 * the reason, where npm cannot fetch the validator; a file that fails validation fails the test.
 */
class ActionValidatorIT {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final String VALIDATOR = "@action-validator/cli@0.6.0";

  @TempDir Path temp;

  record Result(int code, String output) {}

  private static Result validate(Path file) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("npx", "--yes", VALIDATOR, file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new Result(-1, "timed out");
    }
    return new Result(process.exitValue(), output);
  }

  private static void assumeValidatorRuns(Path probe) throws IOException, InterruptedException {
    boolean npx;
    try {
      npx = new ProcessBuilder("npx", "--version").start().waitFor(60, TimeUnit.SECONDS);
    } catch (IOException e) {
      npx = false;
    }
    assumeTrue(npx, "skipped: npx (Node.js) is not installed, so " + VALIDATOR + " cannot run");
    Result result = validate(probe);
    assumeTrue(
        result.output().contains("\"errors\""),
        "skipped: " + VALIDATOR + " could not be fetched or run: " + result.output());
  }

  @Test
  void actionYmlAndTheDocumentedWorkflowMatchThePublishedSchemas() throws Exception {
    Path broken = temp.resolve("action.yml");
    Files.writeString(broken, "name: x\nruns:\n  using: composite\n  steps:\n    - run: echo\n");
    assumeValidatorRuns(broken);

    Result action = validate(REPO.resolve("action.yml"));
    System.out.println(
        "[action-validator] action.yml: exit " + action.code() + " " + action.output().strip());
    assertEquals(0, action.code(), action.output());

    String docs = Files.readString(REPO.resolve("docs/ci.md"));
    Matcher workflow =
        Pattern.compile("```yaml\\n(name: [^\\n]*\\n.*?)```", Pattern.DOTALL).matcher(docs);
    assertTrue(workflow.find(), "docs/ci.md shows a workflow");
    Path workflows = Files.createDirectories(temp.resolve(".github/workflows"));
    Path file = workflows.resolve("ssot.yml");
    Files.writeString(file, workflow.group(1));
    Result result = validate(file);
    System.out.println(
        "[action-validator] docs/ci.md workflow: exit "
            + result.code()
            + " "
            + result.output().strip());
    assertEquals(0, result.code(), result.output());
    assertTrue(workflow.group(1).contains("uses: "), "the workflow uses the action");
    List.of("upload-sarif", "fail-on")
        .forEach(key -> assertTrue(docs.contains(key), "docs/ci.md mentions " + key));
  }
}
