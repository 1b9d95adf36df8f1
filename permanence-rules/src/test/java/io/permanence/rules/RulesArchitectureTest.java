package io.permanence.rules;

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
 * The architecture rules of {@code permanence-rules}: each authority's package depends on the core
 * and the statutory catalogue only, never on another authority; no class reads the clock, the
 * default time zone or the default locale, or touches {@code java.io}, {@code java.nio.file},
 * {@code java.sql} or {@code java.net}.
 */
@AnalyzeClasses(
    packages = "io.permanence.rules",
    importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTest {

  private static final String[] LIBRARIES = {
    "java..",
    "com.google.common..",
    "com.google.errorprone.annotations..",
    "org.immutables..",
    "io.permanence.core..",
    "io.permanence.rules.statutory.."
  };

  private static ArchRule authorityDependsOnCoreAndStatutoryOnly(String authority) {
    String own = "io.permanence.rules." + authority + "..";
    String[] allowed = new String[LIBRARIES.length + 1];
    System.arraycopy(LIBRARIES, 0, allowed, 0, LIBRARIES.length);
    allowed[LIBRARIES.length] = own;
    return classes()
        .that()
        .resideInAPackage(own)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(allowed)
        .as("the " + authority + " package depends on core and rules.statutory only");
  }

  @ArchTest
  static final ArchRule test_bcp_dependsOnCoreAndStatutoryOnly =
      authorityDependsOnCoreAndStatutoryOnly("bcp");

  @ArchTest
  static final ArchRule test_barnet_dependsOnCoreAndStatutoryOnly =
      authorityDependsOnCoreAndStatutoryOnly("barnet");

  @ArchTest
  static final ArchRule test_northsomerset_dependsOnCoreAndStatutoryOnly =
      authorityDependsOnCoreAndStatutoryOnly("northsomerset");

  @ArchTest
  static final ArchRule test_knowsley_dependsOnCoreAndStatutoryOnly =
      authorityDependsOnCoreAndStatutoryOnly("knowsley");

  @ArchTest
  static final ArchRule test_buckinghamshire_dependsOnCoreAndStatutoryOnly =
      authorityDependsOnCoreAndStatutoryOnly("buckinghamshire");

  @ArchTest
  static final ArchRule test_statutory_dependsOnCoreOnly =
      classes()
          .that()
          .resideInAPackage("io.permanence.rules.statutory..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(LIBRARIES);

  @ArchTest
  static final ArchRule test_rules_everyClassInAnAuthorityOrTheCatalogue =
      classes()
          .that()
          .resideInAPackage("io.permanence.rules..")
          .should()
          .resideInAnyPackage(
              "io.permanence.rules",
              "io.permanence.rules.statutory..",
              "io.permanence.rules.bcp..",
              "io.permanence.rules.barnet..",
              "io.permanence.rules.northsomerset..",
              "io.permanence.rules.knowsley..",
              "io.permanence.rules.buckinghamshire..");

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
  static final ArchRule test_rules_touchNoIo =
      noClasses()
          .that()
          .resideInAPackage("io.permanence.rules..")
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
  static final ArchRule test_rules_readNoClockZoneOrLocale =
      noClasses()
          .that()
          .resideInAPackage("io.permanence.rules..")
          .should()
          .callCodeUnitWhere(READS_AMBIENT_STATE);
}
