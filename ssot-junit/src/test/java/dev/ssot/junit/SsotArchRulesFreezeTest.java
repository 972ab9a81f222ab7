package dev.ssot.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ArchUnit adapter inside ArchUnit's own {@link FreezingArchRule}: a legacy project's two
 * duplicates are frozen, moving code keeps the store valid (no line numbers in it), removing a
 * duplicate shrinks the store, and a new duplicate fails.
 */
class SsotArchRulesFreezeTest {

  @TempDir Path project;
  @TempDir Path store;
  private final JavaClasses classes = new ClassFileImporter().importClasses(SsotArchRule.class);

  @BeforeEach
  void configureTheStore() {
    ArchConfiguration.get().setProperty("freeze.store.default.path", store.toString());
    ArchConfiguration.get().setProperty("freeze.store.default.allowStoreCreation", "true");
  }

  @AfterEach
  void resetArchUnit() {
    ArchConfiguration.get().reset();
  }

  private List<String> frozenViolations() throws IOException {
    try (Stream<Path> files = Files.list(store)) {
      List<Path> ruleFiles =
          files.filter(f -> !f.getFileName().toString().equals("stored.rules")).toList();
      assertEquals(1, ruleFiles.size(), "one frozen rule: " + ruleFiles);
      return Files.readAllLines(ruleFiles.get(0)).stream().filter(l -> !l.isBlank()).toList();
    }
  }

  @Test
  void theFreezeStoreShrinksWhenADuplicateIsRemovedAndANewOneFails() throws IOException {
    Projects.type(project, "com.acme.a", "Cache");
    Projects.type(project, "com.acme.a", "Store");
    Projects.type(project, "com.acme.legacy", "Cache");
    Projects.type(project, "com.acme.legacy", "Store");
    ArchRule frozen = FreezingArchRule.freeze(SsotArchRules.noDuplicateConcepts().in(project));

    assertTrue(SsotArchRules.noDuplicateConcepts().in(project).evaluate(classes).hasViolation());
    frozen.check(classes);
    List<String> first = frozenViolations();
    System.out.println("[freeze] store after the first run:\n  " + String.join("\n  ", first));
    assertEquals(2, first.size(), first.toString());
    assertTrue(first.stream().noneMatch(l -> l.matches(".*\\.java:\\d+.*")), "no line numbers");

    // Code moves: both duplicates shift down; the frozen violations still match.
    Projects.write(
        project,
        Projects.javaPath("com.acme.legacy", "Cache"),
        Projects.type("com.acme.legacy", "Cache", "// moved\n// down\n// a little\n"));
    frozen.check(classes);
    assertEquals(first, frozenViolations());

    // One duplicate is removed: the store shrinks to the one that is left.
    Files.delete(project.resolve(Projects.javaPath("com.acme.legacy", "Store")));
    frozen.check(classes);
    List<String> shrunk = frozenViolations();
    System.out.println(
        "[freeze] store after removing legacy.Store:\n  " + String.join("\n  ", shrunk));
    assertEquals(1, shrunk.size(), shrunk.toString());
    assertTrue(
        shrunk.get(0).startsWith("src/main/java/com/acme/legacy/Cache.java: "), shrunk.get(0));

    // A new duplicate is not frozen: the rule fails and names it, and only it.
    Projects.type(project, "com.acme.other", "Store");
    AssertionError error = assertThrows(AssertionError.class, () -> frozen.check(classes));
    System.out.println("[freeze] a new duplicate:\n" + error.getMessage());
    assertTrue(
        error.getMessage().contains("src/main/java/com/acme/other/Store.java: "),
        error.getMessage());
    assertFalse(error.getMessage().contains("legacy/Cache.java"), error.getMessage());
    assertEquals(shrunk, frozenViolations(), "a failing check does not add to the store");
  }

  @Test
  void theRulesReportTheirOwnFindingsWithoutLineNumbers() throws IOException {
    Projects.type(project, "com.acme.a", "Cache");
    Projects.type(project, "com.acme.b", "Cache");
    Projects.write(
        project,
        "src/main/java/com/acme/a/UsesB.java",
        "package com.acme.a;\n\nimport com.acme.b.Cache;\n\nclass UsesB { Cache c; }\n");
    Projects.write(
        project,
        "src/main/java/com/acme/b/UsesA.java",
        "package com.acme.b;\n\nimport com.acme.a.UsesB;\n\nclass UsesA { UsesB u; }\n");
    EvaluationResult cycles = SsotArchRules.noImportCycles().in(project).evaluate(classes);
    assertTrue(cycles.hasViolation());
    List<String> lines = cycles.getFailureReport().getDetails();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).endsWith("[import-cycle]"), lines.get(0));
    assertFalse(lines.get(0).matches(".*\\.java:\\d+.*"), lines.get(0));
    EvaluationResult imports = SsotArchRules.noNonCanonicalImports().in(project).evaluate(classes);
    assertTrue(
        imports.getFailureReport().getDetails().stream()
            .allMatch(l -> l.endsWith("[non-canonical-import]")));
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> SsotArchRules.noImportCycles().in(project).because("layers").check(classes));
    assertTrue(
        error
            .getMessage()
            .startsWith(
                "Architecture Violation [Priority: MEDIUM] - Rule 'packages should not depend on each other in a cycle, because layers' was violated (1 times)"),
        error.getMessage());
  }
}
