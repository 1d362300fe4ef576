package org.dualuse.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guard rails: core needs nothing but the JDK and the SLF4J API, and its packages form no cycle. */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.dualuse.core");
  }

  @Test
  void coreDependsOnNothingButTheJdk() {
    classes().that().resideInAPackage("org.dualuse.core..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.dualuse.core..")
        .check(core);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("org.dualuse.core.(*)..").should().beFreeOfCycles().check(core);
  }
}
