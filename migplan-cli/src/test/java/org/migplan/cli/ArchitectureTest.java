package org.migplan.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module directions of design.md: cli → {db, scan, report} → core; core touches no I/O. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMigplan() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.migplan");
  }

  @Test
  void importsEveryModule() {
    for (String module : new String[] {"core", "db", "scan", "report", "cli"}) {
      org.assertj.core.api.Assertions.assertThat(
              classes.stream()
                  .anyMatch(c -> c.getPackageName().startsWith("org.migplan." + module)))
          .as("classes of migplan-" + module + " on the test classpath")
          .isTrue();
    }
  }

  @Test
  void coreDependsOnTheJdkAndItselfOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.migplan.core..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "org.migplan.core..")
        .check(classes);
  }

  @Test
  void coreDoesNoIo() {
    noClasses()
        .that()
        .resideInAPackage("org.migplan.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "java.nio.file..", "java.net..", "java.io..")
        .because("core is facts in, plan out; only the other modules read and write")
        .check(classes);
  }

  @Test
  void librariesNeverDependOnEachOtherOrOnTheCli() {
    String[][] forbidden = {
      {"org.migplan.db..", "org.migplan.scan..", "org.migplan.report..", "org.migplan.cli.."},
      {"org.migplan.scan..", "org.migplan.db..", "org.migplan.report..", "org.migplan.cli.."},
      {"org.migplan.report..", "org.migplan.db..", "org.migplan.scan..", "org.migplan.cli.."},
    };
    for (String[] rule : forbidden) {
      noClasses()
          .that()
          .resideInAPackage(rule[0])
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(rule[1], rule[2], rule[3])
          .check(classes);
    }
  }

  @Test
  void noCyclesBetweenModules() {
    slices().matching("org.migplan.(*)..").should().beFreeOfCycles().check(classes);
  }
}
