package io.permanence.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The architecture rules of the core (DESIGN.md "Architecture rules"): an allow-list of
 * dependencies, and no clock, default zone, default locale or I/O.
 *
 * <p>Self-contained on purpose: the testkit depends on core, so core's tests cannot use it.
 */
@AnalyzeClasses(
    packages = "io.permanence.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * What core may depend on. Departures from DESIGN.md, both documented: {@code org.dmfs..}
   * (lib-recur, RFC 5545 rules for panel schedules in {@code core.time}) and {@code
   * com.google.errorprone.annotations..} (class-retained annotations that Immutables writes into
   * the generated classes; they come with Guava).
   */
  @ArchTest
  static final ArchRule test_core_dependsOnlyOnAllowList =
      classes()
          .that()
          .resideInAPackage("io.permanence.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "com.google.common..",
              "com.google.errorprone.annotations..",
              "org.immutables..",
              "jakarta.validation.constraints..",
              "org.dmfs..",
              "io.permanence.core..");

  private static final Set<String> BANNED_PACKAGES =
      Set.of("java.io", "java.nio.file", "java.sql", "java.net");

  private static final DescribedPredicate<JavaClass> IO_TYPES =
      new DescribedPredicate<>("are in java.io, java.nio.file, java.sql or java.net") {
        @Override
        public boolean test(JavaClass type) {
          return BANNED_PACKAGES.stream()
              .anyMatch(
                  banned ->
                      type.getPackageName().equals(banned)
                          || type.getPackageName().startsWith(banned + "."));
        }
      };

  @ArchTest
  static final ArchRule test_core_touchesNoIo =
      noClasses()
          .that()
          .resideInAPackage("io.permanence.core..")
          .should()
          .dependOnClassesThat(IO_TYPES);

  private static final DescribedPredicate<JavaCall<?>> READS_AMBIENT_STATE =
      new DescribedPredicate<>(
          "read the clock, the default time zone or the default locale (now(), Clock.system*(),"
              + " ZoneId.systemDefault(), TimeZone.getDefault(), Locale.getDefault(),"
              + " System.currentTimeMillis(), locale-less String.format/toLowerCase/toUpperCase)") {
        @Override
        public boolean test(JavaCall<?> call) {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          int parameters = call.getTarget().getRawParameterTypes().size();
          boolean firstParameterIsString =
              parameters > 0
                  && call.getTarget()
                      .getRawParameterTypes()
                      .get(0)
                      .getName()
                      .equals("java.lang.String");
          return (owner.startsWith("java.time.") && name.equals("now"))
              || (owner.equals("java.time.Clock") && name.startsWith("system"))
              || (owner.equals("java.time.ZoneId") && name.equals("systemDefault"))
              || (owner.equals("java.util.TimeZone") && name.equals("getDefault"))
              || (owner.equals("java.util.Locale") && name.equals("getDefault"))
              || (owner.equals("java.lang.System")
                  && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
              || (owner.equals("java.lang.String")
                  && (name.equals("toLowerCase") || name.equals("toUpperCase"))
                  && parameters == 0)
              || (owner.equals("java.lang.String")
                  && name.equals("format")
                  && firstParameterIsString);
        }
      };

  @ArchTest
  static final ArchRule test_core_readsNoClockZoneOrLocale =
      noClasses()
          .that()
          .resideInAPackage("io.permanence.core..")
          .should()
          .callCodeUnitWhere(READS_AMBIENT_STATE);
}
