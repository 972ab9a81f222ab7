package dev.ssot.rules.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.config.ConfigException;
import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.rules.harness.MarkerHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class BannedImportRuleTest {

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> fixtures() {
    return MarkerHarness.casesOf("banned-import");
  }

  private List<Finding> findings(String config) throws IOException {
    Path file = dir.resolve("src/main/java/com/acme/Report.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "package com.acme;\n\nimport org.apache.commons.lang.StringUtils;\n\npublic class Report {}\n");
    Files.writeString(dir.resolve("ssot.yaml"), config);
    return Analysis.run(AnalysisRequest.builder(dir).select(List.of("banned-import")).build())
        .report()
        .findings();
  }

  @Test
  void theOlderImportsBannedKeyAndTheRuleOptionFindTheSame() throws IOException {
    List<Finding> older =
        findings(
            "imports:\n  banned:\n    - prefix: org.apache.commons.lang\n"
                + "      reason: use commons-lang3\n");
    List<Finding> newer =
        findings(
            "rules:\n  banned-import:\n    prefixes:\n      - prefix: org.apache.commons.lang\n"
                + "        reason: use commons-lang3\n");
    assertEquals(1, older.size());
    assertEquals(
        "import org.apache.commons.lang.StringUtils uses the banned prefix"
            + " org.apache.commons.lang: use commons-lang3",
        older.get(0).message());
    assertEquals(older, newer);
  }

  @Test
  void theOlderKeyKeepsTheRuleSeverity() throws IOException {
    List<Finding> found =
        findings(
            "rules:\n  banned-import:\n    severity: error\n"
                + "imports:\n  banned:\n    - prefix: org.apache.commons.lang\n");
    assertEquals("error", found.get(0).severity().id());
    assertEquals(
        List.of(
            new Evidence.ImportOf(
                "import org.apache.commons.lang.StringUtils", found.get(0).location())),
        found.get(0).evidence());
  }

  @Test
  void prefixesGivenUnderBothKeysAreAConfigError() {
    ConfigException error =
        assertThrows(
            ConfigException.class,
            () ->
                findings(
                    "rules:\n  banned-import:\n    prefixes:\n      - prefix: a.b\n"
                        + "imports:\n  banned:\n    - prefix: c.d\n"));
    assertTrue(error.getMessage().contains("imports.banned"), error.getMessage());
    assertTrue(error.getMessage().contains("rules.banned-import.prefixes"), error.getMessage());
  }

  @Test
  void aPrefixWithoutANameIsAConfigErrorThatNamesTheKey() {
    ConfigException error =
        assertThrows(
            ConfigException.class,
            () -> findings("rules:\n  banned-import:\n    prefixes:\n      - reason: why\n"));
    assertTrue(error.getMessage().contains("rules.banned-import.prefixes"), error.getMessage());
    assertTrue(error.getMessage().contains("needs a 'prefix'"), error.getMessage());
  }

  @Test
  void withoutPrefixesNothingIsReported() throws IOException {
    assertEquals(List.of(), findings("rules:\n  banned-import:\n    severity: error\n"));
  }
}
