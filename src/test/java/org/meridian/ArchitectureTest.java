package org.meridian;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Packages depend one way (docs/architecture.md): shared building blocks at the bottom, features above them, the
 * site's wiring, routing and dashboard on top. A new import that breaks this fails the build here, naming it.
 */
@AnalyzeClasses(packages = "org.meridian", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.meridian.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedBuildingBlocksImportNoFeature = classes()
            .that()
            .resideInAnyPackage("org.meridian.system..", "org.meridian.content..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackage("org.meridian..")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.meridian.system..", "org.meridian.content..");

    @ArchTest
    static final ArchRule nothingBuildsOnTheSiteWiring = noClasses()
            .that()
            .resideOutsideOfPackage("org.meridian.site..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.meridian.site..");
}
