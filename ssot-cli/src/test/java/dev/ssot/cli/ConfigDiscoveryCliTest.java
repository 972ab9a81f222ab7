package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Config discovery like Ruff's: the nearest {@code ssot.yaml} (or {@code pyproject.toml} with
 * {@code [tool.ssot]}) from the analysed path up to the repository's top; its globs relative to its
 * own directory; {@code --config} over {@code ssot.yaml} over {@code pyproject.toml}; the report
 * names the file used. The fixture {@code config-discovery/repo} has a live {@code
 * app/ws/manager.py} and a stale copy in {@code app/backup/} that its pyproject excludes.
 */
class ConfigDiscoveryCliTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private Path repo;

  record Run(int code, String out, String err) {}

  static Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SsotCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void copyFixture() throws IOException, URISyntaxException {
    Path fixture = Path.of(getClass().getResource("/config-discovery/repo").toURI());
    repo = dir.resolve("outer/repo");
    try (Stream<Path> walk = Files.walk(fixture)) {
      for (Path from : walk.toList()) {
        Path to = repo.resolve(fixture.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    Files.createDirectories(repo.resolve(".git")); // the top of the repository
  }

  private static JsonNode json(Run run) throws IOException {
    assertTrue(run.code() == 0 || run.code() == 1, run.err());
    return MAPPER.readTree(run.out());
  }

  private static Run check(Path path, String... extra) {
    List<String> args = new ArrayList<>(List.of("check", path.toString(), "-f", "json"));
    args.add("--no-cache");
    args.addAll(List.of(extra));
    return run(args);
  }

  private static List<String> duplicatePaths(JsonNode report) {
    List<String> paths = new ArrayList<>();
    report
        .get("findings")
        .forEach(
            f -> {
              if (f.get("ruleId").asText().equals("duplicate-type")) {
                paths.add(f.get("location").get("path").asText());
              }
            });
    return paths;
  }

  @Test
  void pyprojectToolSsotIsTheConfigAtTheRoot() throws IOException {
    JsonNode report = json(check(repo));
    assertEquals("pyproject.toml", report.get("config").asText());
    assertEquals(List.of(), duplicatePaths(report), "app/backup is excluded");
  }

  @Test
  void aConfigAboveThePathIsFoundAndItsGlobsAreRelativeToItsDirectory() throws IOException {
    JsonNode report = json(check(repo.resolve("app")));
    assertEquals("../pyproject.toml", report.get("config").asText());
    assertEquals(List.of(), duplicatePaths(report), "app/backup/** still names app/backup");
    assertEquals(3, report.get("summary").get("files").asInt(), report.toString());
  }

  @Test
  void withoutTheConfigTheStaleCopyIsADuplicate() throws IOException {
    Files.delete(repo.resolve("pyproject.toml"));
    JsonNode report = json(check(repo.resolve("app")));
    assertFalse(report.has("config"), "no config: no config field");
    assertEquals(1, duplicatePaths(report).size(), report.toString());
  }

  @Test
  void discoveryStopsAtTheTopOfTheRepository() throws IOException {
    Files.delete(repo.resolve("pyproject.toml"));
    // outside the repository: never read, so its error never shows
    Files.writeString(repo.getParent().resolve("ssot.yaml"), "colour: always\n");
    Run run = check(repo.resolve("app"));
    assertFalse(json(run).has("config"), run.out());
    Files.delete(repo.resolve(".git"));
    Run above = check(repo.resolve("app"));
    assertEquals(2, above.code(), "without .git the search goes on up: " + above.err());
    assertTrue(above.err().contains("ssot.yaml:1: colour: unknown key"), above.err());
  }

  @Test
  void aPyprojectWithoutToolSsotIsPassedOver() throws IOException {
    Files.writeString(repo.resolve("app/pyproject.toml"), "[project]\nname = \"app\"\n");
    JsonNode report = json(check(repo.resolve("app")));
    assertEquals("../pyproject.toml", report.get("config").asText());
  }

  @Test
  void ssotYamlWinsOverPyprojectAndConfigWinsOverBoth() throws IOException {
    Files.writeString(repo.resolve("ssot.yaml"), "failOn: never\n");
    JsonNode report = json(check(repo));
    assertEquals("ssot.yaml", report.get("config").asText());
    assertEquals(1, duplicatePaths(report).size(), "the yaml excludes nothing");

    Path other = Files.createDirectories(dir.resolve("conf")).resolve("elsewhere.yaml");
    Files.writeString(other, "exclude: [\"app/backup/**\"]\n");
    JsonNode explicit = json(check(repo, "--config", other.toString()));
    assertEquals("../../conf/elsewhere.yaml", explicit.get("config").asText());
    assertEquals(List.of(), duplicatePaths(explicit), "--config globs: relative to the root");
  }

  @Test
  void aPyprojectErrorNamesItsLine() throws IOException {
    Files.writeString(
        repo.resolve("pyproject.toml"),
        "[project]\nname = \"demo\"\n\n[tool.ssot]\nexclude = [\"app/backup/**\"]\n"
            + "failOn = \"warnings\"\n");
    Run run = check(repo);
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err().contains("pyproject.toml:6: failOn: 'warnings' is not a fail level"), run.err());
    assertTrue(run.err().contains("did you mean 'warning'?"), run.err());
  }
}
