package io.permanence.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The adapter depends on the core's ports and model, never on another adapter or the rules. */
class JdbcArchitectureTest {

  private static final JavaClasses ADAPTER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.permanence.jdbc");

  @Test
  void test_adapter_dependsOnNoOtherAdapterNorRulesNorTestkit() {
    noClasses()
        .that()
        .resideInAPackage("io.permanence.jdbc..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.permanence.csv..",
            "io.permanence.json..",
            "io.permanence.rules..",
            "io.permanence.testkit..",
            "io.permanence.examples..")
        .check(ADAPTER);
  }

  @Test
  void test_adapter_usesOnlyCoreOfPermanence() {
    noClasses()
        .that()
        .resideInAPackage("io.permanence.jdbc..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a Permanence class outside core and this adapter",
                c ->
                    c.getPackageName().startsWith("io.permanence.")
                        && !c.getPackageName().startsWith("io.permanence.core")
                        && !c.getPackageName().startsWith("io.permanence.jdbc")))
        .check(ADAPTER);
  }
}
