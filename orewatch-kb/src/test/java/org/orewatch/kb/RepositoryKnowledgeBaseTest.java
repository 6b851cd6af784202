package org.orewatch.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.kb.io.JsonLinesFormat;
import org.orewatch.kb.io.KbImporter;
import org.orewatch.kb.load.KnowledgeBaseLoader;
import org.orewatch.kb.load.LoadResult;
import org.orewatch.kb.load.Problem;

/** The knowledge base shipped in the repository: valid, fully cited, complete against the report's tables. */
class RepositoryKnowledgeBaseTest {

    private static final String REPORT = "source/gulag-inc";

    /**
     * The data rows of each table of Gulag, Inc., counted from the report (a Total row counts,
     * and so does a row whose label is garbled in the extracted text). Table 8: 8 Party, 3 State,
     * 11 Military/Security (the MPS cell lists three posts) and 15 other occupations. Table 9:
     * 13 basic, 31 complex and 12 hostile categories, and the 25 family-origin songbun.
     */
    private static final Map<String, Integer> TABLE_ROWS = new LinkedHashMap<>();

    static {
        TABLE_ROWS.put("1", 5);
        TABLE_ROWS.put("2", 12);
        TABLE_ROWS.put("3", 15);
        TABLE_ROWS.put("4", 7);
        TABLE_ROWS.put("5", 2);
        TABLE_ROWS.put("6", 11);
        TABLE_ROWS.put("7", 9);
        TABLE_ROWS.put("8", 37);
        TABLE_ROWS.put("9", 81);
        TABLE_ROWS.put("10", 5);
        TABLE_ROWS.put("11", 7);
    }

    private static LoadResult result;
    private static KnowledgeGraph graph;

    @BeforeAll
    static void load() {
        Path root = Path.of(System.getProperty("orewatch.repo.root", "..")).resolve("kb");
        result = KnowledgeBaseLoader.load(root);
        graph = result.graph();
    }

    @Test
    void validatesWithoutErrors() {
        assertThat(result.errors()).extracting(Problem::toString).isEmpty();
    }

    @Test
    void everyEntityCarriesACitation() {
        assertThat(graph.entities()).filteredOn(entity -> !entity.isCited()).extracting(Entity::id).isEmpty();
        assertThat(graph.size()).isGreaterThan(500);
    }

    @Test
    void everyTableOfTheReportIsCoveredRowByRow() {
        for (Map.Entry<String, Integer> table : TABLE_ROWS.entrySet()) {
            Set<String> rows = new TreeSet<>();
            for (Entity entity : graph.entities()) {
                for (Statement statement : entity.statements()) {
                    for (Citation citation : statement.citations()) {
                        if (citation.source().equals(REPORT) && table.getKey().equals(citation.locator().get("table"))) {
                            citation.locate("row").ifPresent(rows::add);
                        }
                    }
                }
            }
            assertThat(rows).as("distinct rows cited from table %s: %s", table.getKey(), rows).hasSize(table.getValue());
            String part = "table/gulag-inc-" + table.getKey();
            assertThat(graph.entity(part)).as(part).isPresent();
            assertThat(graph.statementsAbout(part, "row_count")).as("%s row_count", part).singleElement()
                    .satisfies(statement -> assertThat(statement.value()).isEqualTo(new Value.IntegerValue(table.getValue())));
            assertThat(graph.statementsFromSourcePart(part)).as("figures from %s", part).isNotEmpty();
        }
    }

    @Test
    void theReportsOwnContradictionsAreKeptAsDeclaredConflicts() {
        assertThat(graph.conflicts()).filteredOn(Conflict::declared)
                .anySatisfy(conflict -> assertThat(conflict.subjects()).contains("kwanliso/15"))
                .anySatisfy(conflict -> assertThat(conflict.subjects()).contains("mine/yongyang"));
    }

    @Test
    void exportAndImportRoundTrip(@TempDir Path temp) throws IOException {
        StringWriter exported = new StringWriter();
        JsonLinesFormat.write(graph, exported);
        Path file = temp.resolve("kb.jsonl");
        Files.writeString(file, exported.toString(), StandardCharsets.UTF_8);

        KbImporter.importJsonLines(file, temp.resolve("imported"));
        StringWriter again = new StringWriter();
        JsonLinesFormat.write(KnowledgeBaseLoader.load(temp.resolve("imported")).requireValid(), again);

        assertThat(again.toString()).isEqualTo(exported.toString());
    }
}
