package dev.ssot.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@link EmbeddedConfigFile}, {@code [tool.ssot]} in a {@code pyproject.toml}: the same schema,
 * keys found at their lines.
 */
class PyprojectConfigTest {

  private static final List<EmbeddedConfigFile> EMBEDDED =
      List.of(new EmbeddedConfigFile("pyproject.toml", "tool.ssot"));

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
    SsotConfig config = ConfigLoader.load(pyproject(), List.of(dir), Set.of("python"), EMBEDDED);
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
    SsotConfig config = ConfigLoader.load(pyproject(), List.of(dir), Set.of("python"), EMBEDDED);
    assertEquals(13, config.settingsOf("import-cycle").orElseThrow().line());
    assertEquals(14, config.settingsOf("import-cycle").orElseThrow().keyLines().get("level"));
    assertEquals(20, config.concepts().get(0).declaredAt().line());
    assertEquals(24, config.concepts().get(1).declaredAt().line());
    byte[] content = Files.readAllBytes(pyproject());
    assertEquals(9, TomlLines.lineOf(content, "tool.ssot", "exclude[1]"));
    assertEquals(11, TomlLines.lineOf(content, "tool.ssot", "baseline"));
    assertEquals(27, TomlLines.lineOf(content, "tool.ssot", "concepts[1].members"));
    assertEquals(30, TomlLines.lineOf(content, "tool.ssot", "python.roots"));
  }

  @Test
  void discoveryFindsOnlyAPyprojectWithToolSsot() throws Exception {
    Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"x\"\n[tool.ssotx]\n");
    assertFalse(ConfigLoader.findIn(dir, EMBEDDED).isPresent());
    Files.delete(dir.resolve("pyproject.toml"));
    pyproject();
    assertEquals(dir.resolve("pyproject.toml"), ConfigLoader.findIn(dir, EMBEDDED).orElseThrow());
    Files.writeString(dir.resolve("ssot.yaml"), "failOn: never\n");
    assertEquals(dir.resolve("ssot.yaml"), ConfigLoader.findIn(dir, EMBEDDED).orElseThrow());
    assertTrue(
        ConfigLoader.discover(Files.createDirectories(dir.resolve("a/b")), EMBEDDED).isPresent());
  }

  @Test
  void aProjectFileIsConfigOnlyWhereALanguageNamesIt() throws Exception {
    Path file = pyproject();
    assertFalse(ConfigLoader.findIn(dir, List.of()).isPresent());
    ConfigException unnamed =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(file, List.of(dir), Set.of("python"), List.of()));
    assertEquals("unsupported config file type (use .yaml, .yml or .json)", unnamed.problem());
    ConfigException named =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(dir.resolve("ssot.toml"), List.of(dir), Set.of(), EMBEDDED));
    assertEquals(
        "unsupported config file type (use .yaml, .yml, .json or pyproject.toml with"
            + " [tool.ssot])",
        named.problem());
  }
}
