package org.orewatch.cli.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.cli.CliRun;

class KbCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KB = CliRun.repositoryKb().toString();

    @TempDir
    Path temp;

    @Test
    void validatePassesOnTheRepositoryKnowledgeBase() {
        CliRun run = CliRun.of("kb", "validate", "--kb", KB);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("valid:").contains(" 0 errors");
    }

    @Test
    void validateExitsTwoAndNamesFileLineAndFieldOfEachError() throws IOException {
        Path kb = copyOfRepositoryKb();
        Files.writeString(kb.resolve("zz-broken.yaml"), """
                entities:
                  - id: mine/broken
                    type: mine
                    name: Broken mine
                    cite: {source: source/gulag-inc}
                    statements:
                      - {property: located_in, value: place/atlantis, cite: {source: source/gulag-inc}}
                """);

        CliRun run = CliRun.of("kb", "validate", "--kb", kb.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode report = readJson(run.out());
        assertThat(report.get("valid").asBoolean()).isFalse();
        JsonNode problem = report.get("problems").get(0);
        assertThat(problem.get("file").asText()).endsWith("zz-broken.yaml");
        assertThat(problem.get("line").asInt()).isEqualTo(7);
        assertThat(problem.get("field").asText()).contains("located_in");
        assertThat(problem.get("code").asText()).isEqualTo("UNKNOWN_REFERENCE");
    }

    @Test
    void queriesRefuseAnInvalidKnowledgeBaseWithExitTwo() throws IOException {
        Path kb = copyOfRepositoryKb();
        Files.writeString(kb.resolve("zz-broken.yaml"), "entities:\n  - id: mine/x\n    type: mine\n");

        CliRun run = CliRun.of("kb", "stats", "--kb", kb.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("VALIDATION_FAILED").contains("zz-broken.yaml:2");
    }

    @Test
    void statsCountsAndFindsNoUncitedEntity() {
        CliRun run = CliRun.of("kb", "stats", "--kb", KB, "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode stats = readJson(run.out());
        assertThat(stats.get("entities_without_citation").asInt()).isZero();
        assertThat(stats.get("entities").asInt()).isGreaterThan(500);
        assertThat(stats.get("by_type").get("kwanliso").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(stats.get("conflicts").asInt()).isPositive();
    }

    @Test
    void exportThenImportThroughTheCommandLine() throws IOException {
        Path exported = temp.resolve("kb.jsonl");
        Path copy = temp.resolve("copy");

        assertThat(CliRun.of("kb", "export", "--kb", KB, "--format", "jsonl", "--out", exported.toString()).exitCode()).isZero();
        CliRun imported = CliRun.of("kb", "import", exported.toString(), "--out", copy.toString());
        Path again = temp.resolve("again.jsonl");
        CliRun reexported = CliRun.of("kb", "export", "--kb", copy.toString(), "--format", "jsonl", "--out", again.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(reexported.exitCode()).isZero();
        assertThat(Files.readString(again)).isEqualTo(Files.readString(exported));
    }

    @Test
    void followTheMoneyExportWritesOneEntityPerLine() throws IOException {
        Path exported = temp.resolve("kb.ftm.jsonl");

        CliRun run = CliRun.of("kb", "export", "--kb", KB, "--format", "ftm", "--out", exported.toString());

        assertThat(run.exitCode()).isZero();
        for (String line : Files.readAllLines(exported)) {
            JsonNode entity = JSON.readTree(line);
            assertThat(entity.has("id") && entity.has("schema") && entity.has("properties")).as(line).isTrue();
        }
    }

    @Test
    void unknownFormatIsAUserError() {
        CliRun run = CliRun.of("kb", "export", "--kb", KB, "--format", "xml", "--out", temp.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("xml");
    }

    @Test
    void searchJsonIsAnArrayOfRankedEntities() {
        CliRun run = CliRun.of("kb", "search", "--kb", KB, "Komdok", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode hits = readJson(run.out());
        assertThat(hits.isArray()).isTrue();
        JsonNode first = hits.get(0);
        assertThat(first.get("id").asText()).isEqualTo("mine/geomdeok");
        assertThat(first.has("name") && first.has("type") && first.get("score").isNumber()).isTrue();
    }

    @Test
    void searchWithAnUnknownTypeIsAUserError() {
        CliRun run = CliRun.of("kb", "search", "--kb", KB, "Yodok", "--type", "castle");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown type 'castle'");
    }

    @Test
    void showJsonHasNamesStatementsRelationsAndCitations() {
        CliRun run = CliRun.of("kb", "show", "--kb", KB, "Yodok camp", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode entity = readJson(run.out());
        assertThat(entity.get("id").asText()).isEqualTo("kwanliso/15");
        assertThat(entity.get("type").asText()).isEqualTo("kwanliso");
        assertThat(entity.get("names").isArray() && entity.get("names").size() > 3).isTrue();
        assertThat(entity.get("statements").isArray()).isTrue();
        assertThat(entity.get("relations").get("out").isArray()).isTrue();
        assertThat(entity.get("relations").get("out").get(0).get("citations").get(0).get("text").asText()).contains("Gulag, Inc.");
        assertThat(entity.get("conflicts").size()).isPositive();
    }

    @Test
    void showPrintsNumberedSources() {
        CliRun run = CliRun.of("kb", "show", "--kb", KB, "Aoji Coal Mine");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("mine/aoji").contains("Sources").contains("[1] Gulag, Inc.");
    }

    @Test
    void anAmbiguousNameShowsTheBestMatchAndListsTheOthers() {
        CliRun run = CliRun.of("kb", "show", "--kb", KB, "Yodok");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("best match for 'Yodok'").contains("kwanliso/15");
    }

    @Test
    void showOfSomethingUnknownExitsThree() {
        CliRun run = CliRun.of("kb", "show", "--kb", KB, "zzqxv wqzzk");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("NOT_FOUND");
    }

    @Test
    void pathLinksAMineToTheMinistryAboveItWithCitations() {
        CliRun run = CliRun.of("kb", "path", "--kb", KB, "Geomdeok", "Ministry of Extractive Industry", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode path = readJson(run.out());
        assertThat(path.get("from").asText()).isEqualTo("mine/geomdeok");
        assertThat(path.get("to").asText()).isEqualTo("institution/ministry-of-extractive-industry");
        JsonNode steps = path.get("steps");
        assertThat(steps.size()).isPositive();
        steps.forEach(step -> assertThat(step.get("statement").get("citations").size()).isPositive());
        assertThat(steps.get(steps.size() - 1).get("to").asText()).isEqualTo("institution/ministry-of-extractive-industry");
    }

    private Path copyOfRepositoryKb() throws IOException {
        Path target = temp.resolve("kb");
        try (var files = Files.walk(CliRun.repositoryKb())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(CliRun.repositoryKb().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            throw new AssertionError("not JSON: " + text, notJson);
        }
    }
}
