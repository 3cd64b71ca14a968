package org.privacyimpact;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.privacyimpact", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Queries, CSV and (later) the API stay usable without a browser session. */
    @ArchTest
    static final ArchRule vaadinOnlyInUserInterface = noClasses()
            .that().resideOutsideOfPackages("..ui..", "..security..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("Vaadin belongs to the screens (ui), security and the app shell only");

    /** SQL is written in jOOQ query classes only, never in views. */
    @ArchTest
    static final ArchRule noSqlInUserInterface = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.privacyimpact.db..")
            .because("views ask query interfaces; jOOQ stays in Jooq…Query classes");
}
