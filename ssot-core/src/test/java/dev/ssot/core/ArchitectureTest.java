package dev.ssot.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of ssot-core, checked on its own classes: {@code model ← parse ← graph ←
 * rule/finding ← report ← engine}, {@code config} used by the engine only. The report model sits
 * below the engine because the engine assembles the report.
 */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.ssot.core");

  @Test
  void layersOnlyDependDownwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model")
        .definedBy("dev.ssot.core.model..")
        .layer("parse")
        .definedBy("dev.ssot.core.parse..")
        .layer("graph")
        .definedBy("dev.ssot.core.graph..")
        .layer("finding")
        .definedBy("dev.ssot.core.finding..")
        .layer("rule")
        .definedBy("dev.ssot.core.rule..")
        .layer("config")
        .definedBy("dev.ssot.core.config..")
        .layer("report")
        .definedBy("dev.ssot.core.report..")
        .layer("engine")
        .definedBy("dev.ssot.core.engine..")
        .whereLayer("engine")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("config")
        .mayOnlyBeAccessedByLayers("engine")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("engine")
        .whereLayer("rule")
        .mayOnlyBeAccessedByLayers("report", "engine")
        .whereLayer("finding")
        .mayOnlyBeAccessedByLayers("rule", "report", "engine", "config")
        .whereLayer("graph")
        .mayOnlyBeAccessedByLayers("rule", "report", "engine")
        .whereLayer("parse")
        .mayOnlyBeAccessedByLayers("graph", "engine", "report")
        .check(CORE);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.ssot.core.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void javaParserStaysInTheJavaFrontEnd() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.ssot.lang.java..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.github.javaparser..")
        .check(CORE);
  }

  @Test
  void jgraphtStaysInsideTheGraph() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.ssot.core.graph..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jgrapht..")
        .check(CORE);
  }

  @Test
  void jacksonIsForConfigAndReportsOnly() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.ssot.core.config..", "dev.ssot.core.report..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(CORE);
  }

  @Test
  void coreNeitherPrintsNorExits() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "halt", int.class)
        .check(CORE);
  }
}
