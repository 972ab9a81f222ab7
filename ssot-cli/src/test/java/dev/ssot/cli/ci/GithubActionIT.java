package dev.ssot.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action ({@code action.yml}) run step by step with a fake {@code GITHUB_OUTPUT}, {@code
 * GITHUB_STEP_SUMMARY} and {@code GITHUB_WORKSPACE} (the repository, so {@code path} is an example
 * in it) against the jar this build packaged, checking exit codes, outputs, annotations, the
 * summary and the report files. Runs after {@code package} (failsafe), where {@code
 * ssot-cli/target/ssot.jar} exists, so the action finds it and builds nothing.
 */
class GithubActionIT {

  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path JAR = REPO.resolve("ssot-cli/target/ssot.jar");
  private static ActionRunner runner;

  @TempDir Path temp;

  @BeforeAll
  static void load() throws IOException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is built by package, before this test");
    runner = new ActionRunner(REPO);
  }

  private ActionRunner.Run run(Map<String, String> inputs, Map<String, String> env)
      throws IOException, InterruptedException {
    ActionRunner.Run run = runner.run(REPO, temp, inputs, env);
    for (ActionRunner.Step step : run.steps()) {
      System.out.println(
          "[action] "
              + step.name()
              + (step.uses() != null
                  ? " (uses "
                      + step.uses()
                      + ", not run here; if: "
                      + step.condition()
                      + ", with: "
                      + step.with()
                      + ")"
                  : " exit " + step.exitCode() + ", outputs " + step.outputs()));
      if (step.stderr() != null && !step.stderr().isBlank()) {
        System.out.println(
            "[action]   stderr: " + step.stderr().strip().replace("\n", "\n[action]   "));
      }
    }
    System.out.println("[action] outputs " + run.outputs() + ", exit " + run.exitCode());
    return run;
  }

  @Test
  void theFragmentedExampleFailsTheJobWithAnnotationsSummaryAndSarif() throws Exception {
    ActionRunner.Run run =
        run(Map.of("path", "examples/websocket-fragmented"), Map.of("SSOT_JAR", JAR.toString()));
    assertEquals(1, run.exitCode(), "findings at or above error fail the job");
    assertEquals(JAR.toString(), run.step("jar").outputs().get("jar"));
    int findings = Integer.parseInt(run.outputs().get("findings"));
    assertTrue(findings > 0, run.outputs().toString());
    ActionRunner.Step check = run.step("check");
    long annotations =
        check.stdout().lines().filter(l -> l.matches("::(error|warning|notice) file=.*")).count();
    assertEquals(findings, annotations, check.stdout());
    assertTrue(check.stdout().contains("::error file=src/main/java/com/acme/"), check.stdout());
    assertTrue(run.summary().startsWith("## ssot: "), run.summary());

    Path reports = Path.of(run.outputs().get("report-path"));
    JsonNode sarif = new ObjectMapper().readTree(reports.resolve("report.sarif").toFile());
    assertEquals("2.1.0", sarif.get("version").asText());
    assertEquals(findings, sarif.at("/runs/0/results").size());
    assertTrue(Files.isRegularFile(reports.resolve("report.md")));

    ActionRunner.Step upload = run.step("upload-sarif");
    assertEquals("github/codeql-action/upload-sarif@v3", upload.uses());
    assertTrue(ActionRunner.holds(upload.condition()), upload.condition());
    assertEquals(reports.resolve("report.sarif").toString(), upload.with().get("sarif_file"));
  }

  @Test
  void failOnNeverPassesWithTheFindingsCountedAndNoUploadWhenTurnedOff() throws Exception {
    ActionRunner.Run run =
        run(
            Map.of(
                "path",
                "examples/websocket-fragmented",
                "fail-on",
                "never",
                "upload-sarif",
                "false"),
            Map.of("SSOT_JAR", JAR.toString()));
    assertEquals(0, run.exitCode());
    assertTrue(Integer.parseInt(run.outputs().get("findings")) > 0, run.outputs().toString());
    assertFalse(ActionRunner.holds(run.step("upload-sarif").condition()), "upload-sarif: false");
  }

  @Test
  void theCanonicalExamplePassesUsingTheRepositorysJarWithoutBuilding() throws Exception {
    ActionRunner.Run run = run(Map.of("path", "examples/websocket-canonical"), Map.of());
    assertEquals(0, run.exitCode(), run.step("check").stderr());
    assertEquals(JAR.toString(), run.step("jar").outputs().get("jar"), "ssot-cli/target/ssot.jar");
    assertEquals("0", run.outputs().get("findings"));
    assertTrue(run.summary().startsWith("## ssot: "), run.summary());
    assertNotNull(run.step("cache-key").outputs().get("key"));
    assertTrue(run.step("cache-key").outputs().get("key").matches("ssot-Linux-[0-9a-f]{20}"));
  }

  @Test
  void argsSelectRulesAndBadInputsFailAsUsageErrors() throws Exception {
    ActionRunner.Run selected =
        run(
            Map.of(
                "path",
                "examples/websocket-fragmented",
                "args",
                "--select import-cycle --threads 1"),
            Map.of("SSOT_JAR", JAR.toString()));
    assertEquals(1, selected.exitCode(), selected.step("check").stderr());
    assertEquals("1", selected.outputs().get("findings"), "only the import cycle");

    ActionRunner.Run badConfig =
        run(
            Map.of("path", "examples/websocket-canonical", "config", "no-such.yaml"),
            Map.of("SSOT_JAR", JAR.toString()));
    assertEquals(2, badConfig.exitCode());
    assertTrue(
        badConfig.step("check").stderr().contains("no-such.yaml"),
        badConfig.step("check").stderr());

    ActionRunner.Run missingJar =
        run(Map.of(), Map.of("SSOT_JAR", temp.resolve("nope.jar").toString()));
    assertEquals(2, missingJar.exitCode(), "the jar step fails");
    assertEquals(2, missingJar.step("jar").exitCode());
    assertTrue(missingJar.steps().stream().noneMatch(s -> "check".equals(s.id())), "check not run");
  }
}
