package com.acme.ws;

import static dev.ssot.junit.SsotAssertions.assertNoFindings;
import static dev.ssot.junit.SsotAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.junit.Ssot;
import dev.ssot.junit.SsotArchRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** ssot finds nothing in this module: every concept is defined once and imported from one path. */
class SsotComplianceTest {

  private static final Path MODULE = Path.of("");

  @Test
  void thisModuleHasNoFindings() {
    assertNoFindings(MODULE);
  }

  @Test
  void everyFileParsesAndTheDeclaredConceptsAreRead() {
    AnalysisResult result = Ssot.analyse(MODULE);
    assertThat(result).hasNoFindings("duplicate-type", "non-canonical-import", "import-cycle").hasNoParseProblems();
    assertTrue(result.report().concepts().stream().anyMatch(c -> c.canonical().equals("com.acme.ws.WebSocketManager")),
        () -> "the declared concepts were not read from ssot.yaml: " + result.report().concepts());
  }

  @Test
  void theSameChecksAsArchUnitRules() {
    JavaClasses classes = new ClassFileImporter().importPackages("com.acme.ws");
    SsotArchRules.noDuplicateConcepts().check(classes);
    SsotArchRules.noNonCanonicalImports().check(classes);
    SsotArchRules.noImportCycles().because("the server, events and demo packages layer on the manager").check(classes);
  }
}
