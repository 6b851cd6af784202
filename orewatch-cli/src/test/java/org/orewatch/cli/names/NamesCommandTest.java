package org.orewatch.cli.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.cli.CliRun;

class NamesCommandTest {

    @TempDir
    Path dir;

    @Test
    void comparePrintsScoreVerdictAndAlignments() {
        CliRun run = CliRun.of("names", "compare", "RI Thae Chol", "Ri T'ae-ch'ol", "--type", "person");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("MATCH").contains("romanisation key").contains("thae chol");
    }

    @Test
    void compareJsonHasScoreAndMatch() throws IOException {
        CliRun run = CliRun.of("names", "compare", "Kaechon", "Kaesong", "--type", "place", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("score").isNumber()).isTrue();
        assertThat(json.get("match").isBoolean()).isTrue();
        assertThat(json.get("match").asBoolean()).isFalse();
    }

    @Test
    void unknownTypeIsAUserError() {
        CliRun run = CliRun.of("names", "compare", "a", "b", "--type", "ship");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ship");
    }

    @Test
    void pairsKeepEveryColumnInOrderAndHandleQuotedFields() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, """
                id,name1,note,name2,schema
                1,"KIM, Jong Un","has ""quotes"", commas",Kim Jong-un,Person
                2,Komdok,"two
                lines",검덕,Address
                3,Kaechon,,Kaesong,
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        CliRun run = CliRun.of("names", "compare", "--pairs", in.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CsvTable.Row> rows = CsvTable.read(new StringReader(Files.readString(out)), "out.csv");
        assertThat(rows.get(0).fields()).containsExactly("id", "name1", "note", "name2", "schema", "score", "match",
                "explanation");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).fields().subList(0, 5))
                .containsExactly("1", "KIM, Jong Un", "has \"quotes\", commas", "Kim Jong-un", "Person");
        assertThat(rows.get(1).fields().get(6)).isEqualTo("true");
        assertThat(rows.get(2).fields().get(2)).isEqualTo("two\nlines");
        assertThat(rows.get(2).fields().get(6)).isEqualTo("true");
        assertThat(rows.get(3).fields().get(6)).isEqualTo("false");
        assertThat(Double.parseDouble(rows.get(1).fields().get(5))).isEqualTo(1.0);
    }

    @Test
    void badTypeInPairsNamesFileLineAndColumn() throws IOException {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "name1,name2,type\nKomdok,Geomdeok,place\nA,B,ship\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("names", "compare", "--pairs", in.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv:3:5").contains("[type]").contains("ship");
    }

    @Test
    void unterminatedQuoteAndMissingColumnsAreReported() throws IOException {
        Path in = dir.resolve("quote.csv");
        Files.writeString(in, "name1,name2\nKomdok,\"Geomdeok\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("names", "compare", "--pairs", in.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("quote.csv:2:8").contains("never closed");

        Path header = dir.resolve("header.csv");
        Files.writeString(header, "left,right\nA,B\n", StandardCharsets.UTF_8);
        run = CliRun.of("names", "compare", "--pairs", header.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("header.csv:1").contains("name1");

        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "name1,name2\nA,B,C\n", StandardCharsets.UTF_8);
        run = CliRun.of("names", "compare", "--pairs", ragged.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ragged.csv:2:5").contains("3 fields");
    }

    @Test
    void missingInputFileIsNotFound() {
        CliRun run = CliRun.of("names", "compare", "--pairs", dir.resolve("none.csv").toString(), "--out",
                dir.resolve("o.csv").toString());
        assertThat(run.exitCode()).isEqualTo(3);
    }

    @Test
    void keyShowsSyllablesAndKeys() {
        CliRun run = CliRun.of("names", "key", "Kŏmdŏk Mining Complex", "--type", "organization");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("komdok").contains("검").contains("generic");
        CliRun json = CliRun.of("names", "key", "검덕", "--json");
        assertThat(json.out()).contains("\"korean\" : true");
    }
}
