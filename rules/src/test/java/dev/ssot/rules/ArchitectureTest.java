package dev.ssot.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleDefinition;
import org.junit.jupiter.api.Test;

/** Rules read the model and report findings; they never run the engine, render or print. */
class ArchitectureTest {

  private static final JavaClasses RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.ssot.rules");

  @Test
  void rulesDoNotReachTheEngineReportsOrFrontEnds() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.ssot.core.engine..",
            "dev.ssot.core.report..",
            "dev.ssot.cli..",
            "dev.ssot.lang..",
            "org.treesitter..",
            "io.github.bonede..",
            "dev.ssot.maven..",
            "org.apache.maven..",
            "picocli..",
            "com.github.javaparser..",
            "org.jgrapht..",
            "com.fasterxml.jackson..")
        .check(RULES);
  }

  @Test
  void rulesReadConfigOnlyThroughTheirContext() {
    // a rule's settings reach it as its own options record, never as a config class
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.ssot.core.config..")
        .check(RULES);
  }

  @Test
  void rulesDoNotPrint() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(RULES);
  }

  @Test
  void everyRuleIsAnnotatedFinalAndNamedRule() {
    classes()
        .that()
        .implement(Rule.class)
        .should()
        .beAnnotatedWith(RuleDefinition.class)
        .andShould()
        .haveSimpleNameEndingWith("Rule")
        .andShould()
        .haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
        .check(RULES);
  }
}
