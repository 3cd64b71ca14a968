package org.privacyimpact;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import org.privacyimpact.overview.ui.OverviewView;
import org.privacyimpact.security.ui.LoginView;
import org.springframework.transaction.annotation.Transactional;

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

    /** Views, services and other features ask the query interfaces; each jOOQ class serves its own package. */
    @ArchTest
    static final ArchRule jooqClassesStayInTheirPackage = classes()
            .that().haveSimpleNameStartingWith("Jooq").and().areTopLevelClasses()
            .should().notBePublic()
            .because("SQL lives in package-private Jooq… classes behind an interface (STYLE.md)");

    /**
     * Each feature (and the shared ui, common and export) depends on others in one direction only, so that one can be
     * read, changed and tested without the rest. Links between views go through ui.Routes, not view classes. The
     * generated jOOQ classes (db) name the enums their converters map to and are left out.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("org.privacyimpact.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("org.privacyimpact.db.."), DescribedPredicate.alwaysTrue())
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("org.privacyimpact.db.."));

    /**
     * Vaadin's production build loads a view's components when the view is opened, except for the overview's and
     * the sign-in page's (its default eager routes) and whatever the layout, the app shell and the error pages
     * reach. A view reached by class from there drags its components, curation's upload and date pickers
     * included, into every first visit's JavaScript (issue 16). Links from there are built by ui.Routes.
     */
    @ArchTest
    static final ArchRule firstVisitReachesNoOtherView = noClasses()
            .that(are(loadedOnEveryFirstVisit()))
            .should().transitivelyDependOnClassesThat(are(viewsLoadedWhenOpened()))
            .because("a view named by class from the first visit's classes is loaded on every first visit");

    /**
     * A read-only transaction names its transaction manager (@ReadOnlyTransactional), or Spring searches the
     * class for a qualifier on every call (DD019).
     */
    @ArchTest
    static final ArchRule readOnlyClassesNameTheirManager = noClasses().that().areNotAnnotations()
            .should().beAnnotatedWith(readOnlyTransactional())
            .because("@ReadOnlyTransactional names the transaction manager, which Spring then looks up once");

    @ArchTest
    static final ArchRule readOnlyMethodsNameTheirManager = noMethods()
            .should().beAnnotatedWith(readOnlyTransactional())
            .because("@ReadOnlyTransactional names the transaction manager, which Spring then looks up once");

    private static DescribedPredicate<JavaAnnotation<?>> readOnlyTransactional() {
        return DescribedPredicate.describe("@Transactional(readOnly = true)",
                annotation -> annotation.getRawType().isEquivalentTo(Transactional.class)
                        && Boolean.TRUE.equals(annotation.get("readOnly").orElse(false)));
    }

    private static DescribedPredicate<JavaClass> loadedOnEveryFirstVisit() {
        return DescribedPredicate.describe("the overview, the layout, the app shell and the error pages",
                type -> type.isEquivalentTo(OverviewView.class) || type.isAnnotatedWith(Layout.class)
                        || type.isAssignableTo(AppShellConfigurator.class)
                        || type.isAssignableTo(HasErrorParameter.class));
    }

    private static DescribedPredicate<JavaClass> viewsLoadedWhenOpened() {
        return DescribedPredicate.describe("views other than the overview and the sign-in page",
                type -> type.isAnnotatedWith(Route.class) && !type.isEquivalentTo(OverviewView.class)
                        && !type.isEquivalentTo(LoginView.class));
    }
}
