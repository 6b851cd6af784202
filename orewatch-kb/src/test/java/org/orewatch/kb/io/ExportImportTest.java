package org.orewatch.kb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.KbFixture;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.load.KnowledgeBaseLoader;

class ExportImportTest {

    @TempDir
    Path temp;

    private static String jsonLines(KnowledgeGraph graph) throws IOException {
        StringWriter out = new StringWriter();
        JsonLinesFormat.write(graph, out);
        return out.toString();
    }

    @Test
    void exportThenImportGivesTheSameKnowledgeBase() throws IOException {
        KnowledgeGraph original = KbFixture.copyTo(temp).graph();
        String exported = jsonLines(original);
        Path file = temp.resolve("kb.jsonl");
        Files.writeString(file, exported, StandardCharsets.UTF_8);

        KbImporter.Summary summary = KbImporter.importJsonLines(file, temp.resolve("imported"));
        KnowledgeGraph imported = KnowledgeBaseLoader.load(temp.resolve("imported")).requireValid();

        assertThat(summary.entities()).isEqualTo(original.size());
        assertThat(jsonLines(imported)).isEqualTo(exported);
        assertThat(imported.statementCount()).isEqualTo(original.statementCount());
        assertThat(imported.conflicts()).hasSameSizeAs(original.conflicts());
    }

    @Test
    void importRefusesAFileThatIsNotAnExportAndWritesNothing() throws IOException {
        Path file = temp.resolve("other.jsonl");
        Files.writeString(file, "{\"id\": \"x\", \"schema\": \"Person\"}\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> KbImporter.importJsonLines(file, temp.resolve("out")))
                .isInstanceOf(OrewatchException.class)
                .hasMessageContaining("other.jsonl:1")
                .extracting(failure -> ((OrewatchException) failure).code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void importNamesTheLineOfMalformedJson() throws IOException {
        String exported = jsonLines(KbFixture.copyTo(temp).graph());
        Path file = temp.resolve("broken.jsonl");
        Files.writeString(file, exported + "{\"record\": \"entity\", \"id\": \n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> KbImporter.importJsonLines(file, temp.resolve("out")))
                .hasMessageContaining("broken.jsonl:" + (exported.split("\n").length + 1))
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void importRefusesANonEmptyTarget() throws IOException {
        Path target = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(target.resolve("keep.txt"), "mine");
        Path file = temp.resolve("kb.jsonl");
        Files.writeString(file, jsonLines(KbFixture.copyTo(temp).graph()));

        assertThatThrownBy(() -> KbImporter.importJsonLines(file, target)).hasMessageContaining("not empty");
        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    void followTheMoneyExportMapsSchemataNamesAndRelations() throws IOException {
        KnowledgeGraph graph = KbFixture.copyTo(temp).graph();
        StringWriter out = new StringWriter();
        int written = new FtmExporter(graph).write(out);
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> entities = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            entities.add(mapper.readTree(line));
        }

        assertThat(entities).hasSize(written);
        JsonNode mine = find(entities, "ow-mine-musan");
        assertThat(mine.get("schema").asText()).isEqualTo("Company");
        assertThat(mine.at("/properties/name/0").asText()).isEqualTo("Musan Mine");
        assertThat(mine.at("/properties/alias/0").asText()).isEqualTo("Musan Mining Complex");
        assertThat(mine.at("/properties/jurisdiction/0").asText()).isEqualTo("kp");
        assertThat(mine.at("/properties/notes").toString()).contains("status: active").contains("The Report");
        JsonNode place = find(entities, "ow-place-musan");
        assertThat(place.get("schema").asText()).isEqualTo("Address");
        assertThat(place.at("/properties/latitude/0").asText()).isEqualTo("42.23");
        JsonNode coal = find(entities, "ow-resource-coal");
        assertThat(coal.get("schema").asText()).isEqualTo("Note");
        JsonNode membership = entities.stream().filter(e -> e.get("schema").asText().equals("Membership")).findFirst().orElseThrow();
        assertThat(membership.at("/properties/member/0").asText()).isEqualTo("ow-mine-musan");
        assertThat(membership.at("/properties/organization/0").asText()).isEqualTo("ow-institution-metal");
        assertThat(membership.at("/properties/startDate/0").asText()).isEqualTo("2005");
        assertThat(membership.at("/properties/description/0").asText()).contains("The Report, chapter 2");
        // produces points at a Note entity: FtM's Membership range does not fit, so it is an UnknownLink.
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.get("schema").asText()).isEqualTo("UnknownLink");
            assertThat(e.at("/properties/role/0").asText()).isEqualTo("produces");
        });
    }

    private static JsonNode find(List<JsonNode> entities, String id) {
        return entities.stream().filter(entity -> entity.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no FtM entity " + id));
    }
}
