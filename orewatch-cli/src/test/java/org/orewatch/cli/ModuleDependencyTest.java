package org.orewatch.cli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module arrows pointing one way (docs/architecture.md): core at the bottom, then the
 * matcher, then the knowledge graph, then the engines that use them, then the server, and the
 * command line on top. A module may use those below it, never those above or beside it.
 */
class ModuleDependencyTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.orewatch");
    }

    @Test
    void layersOnlyUseLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("core").definedBy("org.orewatch.core..")
                .layer("names").definedBy("org.orewatch.names..")
                .layer("kb").definedBy("org.orewatch.kb..")
                .layer("trade").definedBy("org.orewatch.trade..")
                .layer("screening").definedBy("org.orewatch.screening..", "org.orewatch.lists..", "org.orewatch.store..")
                .layer("server").definedBy("org.orewatch.server..")
                .layer("cli").definedBy("org.orewatch.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("screening").mayOnlyBeAccessedByLayers("server", "cli")
                .whereLayer("trade").mayOnlyBeAccessedByLayers("server", "cli")
                .whereLayer("kb").mayOnlyBeAccessedByLayers("trade", "screening", "server", "cli")
                .whereLayer("names").mayOnlyBeAccessedByLayers("kb", "trade", "screening", "server", "cli")
                .check(classes);
    }

    @Test
    void theCoreAndTheMatcherStayFreeOfHeavyLibraries() {
        noClasses().that().resideInAnyPackage("org.orewatch.core..", "org.orewatch.names..", "org.orewatch.kb..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.javalin..", "org.duckdb..",
                        "org.apache.spark..", "org.jfree..", "java.sql..", "org.apache.lucene..")
                .check(classes);
    }

    @Test
    void javalinAndMetricsStayInTheServerAndJdbcOutOfTheListModel() {
        noClasses().that().resideOutsideOfPackages("org.orewatch.server..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "io.prometheus..", "org.eclipse.jetty..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.orewatch.lists..", "org.orewatch.screening..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.postgresql..", "org.flywaydb..",
                        "com.zaxxer..", "org.orewatch.store..")
                .check(classes);
    }
}
