package org.orewatch.kb.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.Conflict;
import org.orewatch.kb.KbFixture;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.Statement;
import org.orewatch.kb.Value;

class KnowledgeBaseLoaderTest {

    @TempDir
    Path temp;

    @Test
    void theFixtureLoadsWithOnlyTheUndeclaredConflictAsWarning() {
        LoadResult result = KbFixture.copyTo(temp).load();

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(ErrorCode.CONFLICTING_STATE);
            assertThat(warning.position().file()).isEqualTo("kb/entities/extra.yaml");
            assertThat(warning.message()).contains("production").contains("1985").contains("Coal");
        });
        KnowledgeGraph graph = result.graph();
        assertThat(graph.size()).isEqualTo(10);
        assertThat(result.fileCount()).isEqualTo(3);
    }

    @Test
    void extensionsAddTheirStatementsToTheEntityDefinedElsewhere() {
        KnowledgeGraph graph = KbFixture.copyTo(temp).graph();

        List<Statement> status = graph.statementsAbout("mine/musan", "status");
        assertThat(status).extracting(statement -> statement.value().display()).containsExactly("active", "closed");
        assertThat(status.get(1).position().file()).isEqualTo("kb/entities/extra.yaml");
    }

    @Test
    void valuesAreTypedByTheirProperty() {
        KnowledgeGraph graph = KbFixture.copyTo(temp).graph();

        Statement production = graph.statementsAbout("resource/iron-ore", "production").get(0);
        assertThat(production.value()).isInstanceOf(Value.Quantity.class);
        assertThat(production.value().display()).isEqualTo("2,890 kt");
        assertThat(production.time().at().year()).isEqualTo(1998);
        assertThat(production.citations().get(0).via()).isEqualTo("source/yearbook");
        assertThat(production.citations().get(0).locator()).containsEntry("row", "Iron ore").containsEntry("column", "1998");
        assertThat(graph.statementsAbout("resource/iron-ore", "production").get(1).value())
                .isEqualTo(new Value.Missing("cell garbled in the extracted text"));
        assertThat(graph.statementsAbout("place/musan", "coordinates").get(0).value())
                .isEqualTo(new Value.GeoPoint(42.23, 129.2));
        assertThat(graph.statementsAbout("table/report-4", "row_count").get(0).value()).isEqualTo(new Value.IntegerValue(2));
    }

    @Test
    void declaredConflictsKeepBothSidesAndDetectedOnesIgnoreUnitsAndVintages() {
        KnowledgeGraph graph = KbFixture.copyTo(temp).graph();

        Conflict declared = graph.conflicts().stream().filter(Conflict::declared).findFirst().orElseThrow();
        assertThat(declared.id()).isEqualTo("conflict/musan-status");
        assertThat(declared.statements()).hasSize(2);
        List<Conflict> detected = graph.conflicts().stream().filter(conflict -> !conflict.declared()).toList();
        // 1985: 37.5 Mt against 40 Mt. Not 1998 (18.6 Mt equals 18600 kt), not 2010 (two editions).
        assertThat(detected).singleElement().satisfies(conflict ->
                assertThat(conflict.statements()).extracting(s -> s.value().display()).containsExactly("37.5 Mt", "40 Mt"));
        assertThat(graph.conflictsAbout("mine/musan")).hasSize(1);
    }

    @Test
    void indexesFindRelationsInQualifiersCitationsAndTables() {
        KnowledgeGraph graph = KbFixture.copyTo(temp).graph();

        assertThat(graph.statementsReferring("institution/metal")).extracting(Statement::subject).containsExactly("mine/musan");
        assertThat(graph.statementsCiting("source/yearbook")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(graph.statementsFromSourcePart("table/report-4")).extracting(Statement::subject)
                .contains("resource/iron-ore", "resource/coal");
    }

    @Test
    void requireValidNamesTheFirstError() {
        KbFixture fixture = KbFixture.copyTo(temp).write("entities/bad.yaml", """
                entities:
                  - id: mine/bad
                    type: mine
                    name: Bad
                    statements:
                      - {property: located_in, value: place/nowhere, cite: {source: source/report}}
                """);

        assertThatThrownBy(fixture::graph).isInstanceOf(OrewatchException.class)
                .hasMessageContaining("kb/entities/bad.yaml:6")
                .hasMessageContaining("place/nowhere")
                .extracting(failure -> ((OrewatchException) failure).code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    }
}
