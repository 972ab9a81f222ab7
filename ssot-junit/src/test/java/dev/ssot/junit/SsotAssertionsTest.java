package dev.ssot.junit;

import static dev.ssot.junit.SsotAssertions.assertNoFindings;
import static dev.ssot.junit.SsotAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsotAssertionsTest {

  @TempDir Path root;

  @Test
  void aCleanProjectPasses() throws IOException {
    Projects.type(root, "com.acme.a", "Cache");
    Projects.type(root, "com.acme.a", "Store");
    assertNoFindings(root);
    assertThat(Ssot.analyse(root)).hasNoFindings("duplicate-type").hasNoParseProblems();
  }

  @Test
  void aDuplicateFailsWithTheFindingAsTheTextReportShowsIt() throws IOException {
    Projects.type(root, "com.acme.a", "Cache");
    Projects.type(root, "com.acme.b", "Cache");
    AssertionError error = assertThrows(AssertionError.class, () -> assertNoFindings(root));
    String message = error.getMessage();
    assertTrue(message.startsWith("ssot found 1 finding in "), message);
    assertTrue(
        message.contains(
            "duplicate-type: A concept is defined by more than one type (1 finding)\n\n"
                + "src/main/java/com/acme/b/Cache.java:3:14: error: 'Cache' is a second definition"),
        message);
    assertTrue(message.contains("      3 | public class Cache {"), "quotes the line: " + message);
    assertTrue(
        message.contains("    definition: com.acme.a.Cache  src/main/java/com/acme/a/Cache.java:3"),
        message);
  }

  @Test
  void onlyTheNamedRulesCountAndAnUnknownRuleIsAMistake() throws IOException {
    Projects.type(root, "com.acme.a", "Cache");
    Projects.type(root, "com.acme.b", "Cache");
    var result = Ssot.analyse(root);
    assertThat(result).hasNoFindings("import-cycle", "non-canonical-import");
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> assertThat(result).hasNoFindings("import-cycle", "duplicate-type"));
    assertTrue(
        error.getMessage().startsWith("ssot found 1 finding of import-cycle, duplicate-type in "),
        error.getMessage());
    IllegalArgumentException typo =
        assertThrows(
            IllegalArgumentException.class, () -> assertThat(result).hasNoFindings("duplicates"));
    assertTrue(typo.getMessage().contains("the rules that ran: "), typo.getMessage());
  }

  @Test
  void aFileThatDoesNotParseIsReported() throws IOException {
    Projects.type(root, "com.acme.a", "Cache");
    Projects.write(root, "src/main/java/com/acme/a/Broken.java", "package com.acme.a;\nclass {\n");
    AssertionError error =
        assertThrows(
            AssertionError.class, () -> assertThat(Ssot.analyse(root)).hasNoParseProblems());
    assertTrue(
        error
            .getMessage()
            .startsWith("ssot could not parse 1 file:\n  src/main/java/com/acme/a/Broken.java"),
        error.getMessage());
    assertEquals(1, Ssot.analyse(root).report().parseProblems().size());
  }
}
