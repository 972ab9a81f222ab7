package dev.ssot.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layering of ssot-core, checked on its own classes, bottom to top: {@code io ← model ← finding
 * ← config ← parse ← graph ← lang ← concept ← rule ← report ← engine}. Every package of the core is
 * a layer and may use only layers below it; {@code config} holds plain records. The report model
 * sits below the engine because the engine assembles the report. The core knows no language: front
 * ends live in their own modules ({@code dev.ssot.lang.*}) and plug in through {@code
 * lang.Language}.
 */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.ssot.core");

  /** The core's packages, bottom layer first. */
  private static final List<String> LAYERS =
      List.of(
          "io", "model", "finding", "config", "parse", "graph", "lang", "concept", "rule", "report",
          "engine");

  @Test
  void everyCorePackageIsALayer() {
    Set<String> packages = new TreeSet<>();
    CORE.forEach(
        c -> {
          String rest = c.getPackageName().substring("dev.ssot.core".length());
          if (rest.startsWith(".")) {
            packages.add(rest.substring(1).split("\\.")[0]);
          }
        });
    assertEquals(new TreeSet<>(LAYERS), packages, "every core package is a layer of this test");
  }

  @Test
  void layersOnlyDependDownwards() {
    LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String layer : LAYERS) {
      architecture = architecture.layer(layer).definedBy("dev.ssot.core." + layer + "..");
    }
    for (int i = 0; i < LAYERS.size(); i++) {
      List<String> above = LAYERS.subList(i + 1, LAYERS.size());
      architecture =
          above.isEmpty()
              ? architecture.whereLayer(LAYERS.get(i)).mayNotBeAccessedByAnyLayer()
              : architecture
                  .whereLayer(LAYERS.get(i))
                  .mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
    }
    architecture.check(CORE);
  }

  @Test
  void coreKnowsNoLanguageFrontEnd() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.ssot.lang..", "com.github.javaparser..", "org.treesitter..", "io.github.bonede..")
        .check(CORE);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.ssot.core.(*)..").should().beFreeOfCycles().check(CORE);
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
