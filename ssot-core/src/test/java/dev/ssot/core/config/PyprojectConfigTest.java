package dev.ssot.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code [tool.ssot]} in a {@code pyproject.toml}: the same schema, keys found at their lines. */
class PyprojectConfigTest {

  @TempDir Path dir;

  private Path pyproject() throws Exception {
    Path file = dir.resolve("pyproject.toml");
    Files.copy(
        Path.of(getClass().getResource("/config/pyproject.toml").toURI()),
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  @Test
  void tablesAndArraysOfTablesBindLikeYaml() throws Exception {
    SsotConfig config = ConfigLoader.load(pyproject(), List.of(dir), Set.of("python"));
    assertEquals(List.of("backups/**", "gen/**"), config.exclude());
    assertEquals(FailLevel.WARNING, config.failOn());
    assertEquals(dir.resolve("ssot-baseline.json"), config.baseline());
    assertEquals(Severity.WARNING, config.settingsOf("import-cycle").orElseThrow().severity());
    assertEquals(2, config.concepts().size());
    assertEquals("app.config.Settings", config.concepts().get(1).canonical());
    assertEquals(List.of("*Settings"), config.concepts().get(1).members());
    assertEquals(List.of("src"), config.languageSettings("python").roots());
  }

  @Test
  void keysAreFoundAtTheirLines() throws Exception {
    SsotConfig config = ConfigLoader.load(pyproject(), List.of(dir), Set.of("python"));
    assertEquals(13, config.settingsOf("import-cycle").orElseThrow().line());
    assertEquals(14, config.settingsOf("import-cycle").orElseThrow().keyLines().get("level"));
    assertEquals(20, config.concepts().get(0).declaredAt().line());
    assertEquals(24, config.concepts().get(1).declaredAt().line());
    byte[] content = Files.readAllBytes(pyproject());
    assertEquals(9, TomlLines.lineOf(content, "exclude[1]"));
    assertEquals(11, TomlLines.lineOf(content, "baseline"));
    assertEquals(27, TomlLines.lineOf(content, "concepts[1].members"));
    assertEquals(30, TomlLines.lineOf(content, "python.roots"));
  }

  @Test
  void discoveryFindsOnlyAPyprojectWithToolSsot() throws Exception {
    Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"x\"\n[tool.ssotx]\n");
    assertFalse(ConfigLoader.findIn(dir).isPresent());
    Files.delete(dir.resolve("pyproject.toml"));
    pyproject();
    assertEquals(dir.resolve("pyproject.toml"), ConfigLoader.findIn(dir).orElseThrow());
    Files.writeString(dir.resolve("ssot.yaml"), "failOn: never\n");
    assertEquals(dir.resolve("ssot.yaml"), ConfigLoader.findIn(dir).orElseThrow());
    assertTrue(ConfigLoader.discover(Files.createDirectories(dir.resolve("a/b"))).isPresent());
  }
}
