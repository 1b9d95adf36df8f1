package io.permanence.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class JsonArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.permanence.json");

  @Test
  void test_jsonAdapter_dependsOnlyOnCoreJacksonGuavaAndJava() {
    classes()
        .that()
        .resideInAPackage("io.permanence.json..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.google.common..",
            "tools.jackson..",
            "com.fasterxml.jackson.annotation..",
            "io.permanence.core..",
            "io.permanence.json..")
        .check(CLASSES);
  }

  @Test
  void test_jsonAdapter_dependsOnNoOtherAdapter() {
    noClasses()
        .that()
        .resideInAPackage("io.permanence.json..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.permanence.csv..",
            "io.permanence.jdbc..",
            "io.permanence.rules..",
            "io.permanence.testkit..")
        .check(CLASSES);
  }

  @Test
  void test_jsonAdapter_neverReadsTheDefaultZoneOrLocale() {
    noClasses()
        .that()
        .resideInAPackage("io.permanence.json..")
        .should()
        .callMethod(java.time.ZoneId.class, "systemDefault")
        .orShould()
        .callMethod(java.util.Locale.class, "getDefault")
        .check(CLASSES);
  }
}
