package dev.ssot.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.graph.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  /** Options shaped like a rule's, to test binding (the config layer knows no rule). */
  record ListingOptions(Integer minFiles, Level level) {
    ListingOptions {
      minFiles = minFiles == null ? 1 : minFiles;
      level = level == null ? Level.PACKAGE : level;
    }
  }

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private ConfigException fails(Path file) {
    return assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
  }

  @Test
  void readsYaml() throws IOException {
    SsotConfig config =
        ConfigLoader.load(
            write(
                "ssot.yaml",
                """
        exclude: ["backups/**", "**/generated/**"]
        include: src/**
        rules:
          package-listing: { severity: warning, minFiles: 2, level: TYPE }
          exploding:
            enabled: false
        failOn: warning
        """));
    assertEquals(List.of("backups/**", "**/generated/**"), config.exclude());
    assertEquals(List.of("src/**"), config.include());
    assertEquals(FailLevel.WARNING, config.failOn());
    RuleSettings listing = config.settingsOf("package-listing").orElseThrow();
    assertEquals(Severity.WARNING, listing.severity());
    assertEquals(4, listing.line());
    assertEquals(Boolean.FALSE, config.settingsOf("exploding").orElseThrow().enabled());
    ListingOptions options = config.bindOptions("package-listing", ListingOptions.class);
    assertEquals(new ListingOptions(2, Level.TYPE), options);
  }

  @Test
  void readsTheSameSchemaFromJson() throws IOException {
    SsotConfig config =
        ConfigLoader.load(
            write(
                "ssot.json",
                """
        {"exclude": ["x/**"], "rules": {"package-listing": {"minFiles": 3}}, "failOn": "never"}
        """));
    assertEquals(FailLevel.NEVER, config.failOn());
    assertEquals(3, config.bindOptions("package-listing", ListingOptions.class).minFiles());
  }

  @Test
  void emptyFileMeansDefaults() throws IOException {
    SsotConfig config = ConfigLoader.load(write("ssot.yaml", ""));
    assertNull(config.failOn());
    assertEquals(
        new ListingOptions(1, Level.PACKAGE),
        config.bindOptions("package-listing", ListingOptions.class));
  }

  @Test
  void unknownTopLevelKeyNamesKeyFileAndLine() throws IOException {
    Path file = write("ssot.yaml", "exclude: []\nfailon: error\n");
    ConfigException e = fails(file);
    assertEquals("failon", e.key());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith(file + ":2: failon: unknown key"), e.getMessage());
    assertTrue(e.getMessage().contains("failOn"), "lists the known keys: " + e.getMessage());
  }

  @Test
  void badFailOnValueNamesTheKey() throws IOException {
    ConfigException e = fails(write("ssot.yaml", "\nfailOn: sometimes\n"));
    assertEquals("failOn", e.key());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("'sometimes' is not a fail level"), e.getMessage());
  }

  @Test
  void badSeverityNamesTheNestedKey() throws IOException {
    ConfigException e =
        fails(write("ssot.yaml", "rules:\n  package-listing:\n    severity: fatal\n"));
    assertEquals("rules.package-listing.severity", e.key());
    assertEquals(3, e.line());
  }

  @Test
  void wrongShapeIsExplained() throws IOException {
    ConfigException e = fails(write("ssot.json", "{\"exclude\": {\"a\": 1}}"));
    assertEquals("exclude[0]", e.key());
    assertTrue(e.getMessage().endsWith("expected text, not a mapping"), e.getMessage());
  }

  @Test
  void syntaxErrorsGiveTheLine() throws IOException {
    ConfigException e = fails(write("ssot.json", "{\n  \"exclude\": [\"a\",\n}\n"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
    ConfigException yaml = fails(write("ssot.yaml", "exclude: [a, b\nfailOn: : error\n"));
    assertTrue(yaml.line() >= 1, "line " + yaml.line());
    assertTrue(yaml.getMessage().contains("syntax error"), yaml.getMessage());
  }

  @Test
  void unknownRuleOptionNamesRuleKeyAndLine() throws IOException {
    SsotConfig config =
        ConfigLoader.load(
            write("ssot.yaml", "rules:\n  package-listing:\n    minFiles: 2\n    colour: red\n"));
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> config.bindOptions("package-listing", ListingOptions.class));
    assertEquals("rules.package-listing.colour", e.key());
    assertEquals(4, e.line());
    assertTrue(
        e.getMessage().contains("known keys: severity, enabled, minFiles, level"), e.getMessage());
  }

  @Test
  void badRuleOptionValueNamesRuleKeyAndLine() throws IOException {
    SsotConfig config =
        ConfigLoader.load(write("ssot.yaml", "rules:\n  package-listing:\n    level: module\n"));
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> config.bindOptions("package-listing", ListingOptions.class));
    assertEquals("rules.package-listing.level", e.key());
    assertEquals(3, e.line());
    assertTrue(
        e.getMessage().contains("bad value 'module' (expected one of: package, type, all)"),
        e.getMessage());
  }

  @Test
  void unsupportedExtensionAndMissingFileAreErrors() throws IOException {
    assertTrue(
        fails(write("ssot.toml", "a = 1")).getMessage().contains("unsupported config file type"));
    assertTrue(fails(dir.resolve("nope.yaml")).getMessage().contains("not found"));
  }
}
