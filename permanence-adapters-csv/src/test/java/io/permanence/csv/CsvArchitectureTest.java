package io.permanence.csv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CsvArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.permanence.csv");

  @Test
  void test_csvAdapter_dependsOnNoOtherAdapter() {
    noClasses()
        .that()
        .resideInAPackage("io.permanence.csv..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.permanence.jdbc..", "io.permanence.json..", "io.permanence.testkit..")
        .check(CLASSES);
  }

  @Test
  void test_writeLayer_doesNotDependOnReadLayer() {
    noClasses()
        .that()
        .resideInAPackage("io.permanence.csv.write..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.permanence.csv.read..")
        .check(CLASSES);
  }

  @Test
  void test_csvAdapter_neverReadsTheDefaultZoneOrLocale() {
    noClasses()
        .that()
        .resideInAPackage("io.permanence.csv..")
        .should()
        .callMethod(java.time.ZoneId.class, "systemDefault")
        .orShould()
        .callMethod(java.util.Locale.class, "getDefault")
        .check(CLASSES);
  }
}
