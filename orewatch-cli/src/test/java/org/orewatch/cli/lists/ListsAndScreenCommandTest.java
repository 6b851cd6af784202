package org.orewatch.cli.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.cli.CliRun;

/** lists import / lists / lists diff and screen name / names, end to end on an embedded store in a temporary folder. */
class ListsAndScreenCommandTest {

    @TempDir
    Path folder;

    private String data;

    @BeforeEach
    void dataDirectory() {
        data = folder.resolve("data").toString();
    }

    private Path fixture(String name, String as) throws IOException {
        try (InputStream in = ListsAndScreenCommandTest.class.getResourceAsStream(name)) {
            Path target = folder.resolve(as);
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
            return target;
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = data;
        return CliRun.of(all);
    }

    @Test
    void importListAndDiffVersions() throws IOException {
        Path un = fixture("un-two.xml", "un/list.xml");
        CliRun imported = run("lists", "import", "--format", "un-xml", un.toString(), "--quiet");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported list.xml as version 1 of un-sc-consolidated").contains("2 entries");
        assertThat(run("lists", "import", "--format", "un-xml", un.toString(), "--quiet").out()).startsWith("unchanged:");

        Path sdn = fixture("sdn-two.csv", "ofac/sdn.csv");
        assertThat(run("lists", "import", "--format", "ofac-csv", sdn.toString(), "--quiet").exitCode()).isZero();
        fixture("alt-two.csv", "ofac/alt.csv");
        CliRun second = run("lists", "import", "--format", "ofac-csv", folder.resolve("ofac").toString(), "--published", "2021-07-01",
                "--quiet");
        assertThat(second.out()).contains("since version 2: 0 added, 0 removed, 1 changed");

        CliRun lists = run("lists", "--no-kb");
        assertThat(lists.out()).contains("un-sc-consolidated").contains("us-ofac-sdn").contains("2021-07-01");
        CliRun json = run("lists", "--no-kb", "--all", "--json");
        JsonNode versions = new ObjectMapper().readTree(json.out()).path("lists");
        assertThat(versions).hasSize(3);

        CliRun diff = run("lists", "diff", "us-ofac-sdn");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("0 added, 0 removed, 1 changed").contains("+ names: SOKCHON MARITIME (alias)");
        assertThat(run("lists", "diff", "un-sc-consolidated").exitCode()).isEqualTo(3);
        assertThat(run("lists", "diff", "no-such-list").exitCode()).isEqualTo(3);
    }

    @Test
    void aBadFileIsRefusedWithItsPositionAndChangesNothing() throws IOException {
        Path un = fixture("un-two.xml", "un/list.xml");
        run("lists", "import", "--format", "un-xml", un.toString(), "--quiet");
        String text = Files.readString(un);
        Path cut = folder.resolve("cut.xml");
        Files.writeString(cut, text.substring(0, text.indexOf("<ENTITIES>") + 20));
        CliRun refused = run("lists", "import", "--format", "un-xml", cut.toString(), "--quiet");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("INVALID_FILE_FORMAT").contains("cut.xml:");
        assertThat(run("lists", "--no-kb").out()).contains("list.xml");
        assertThat(run("lists", "import", "--format", "pdf", un.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void screenOneNameAndAFileOfNamesInOrder() throws IOException {
        run("lists", "import", "--format", "un-xml", fixture("un-two.xml", "un/list.xml").toString(), "--quiet");
        CliRun one = run("screen", "name", "Choe Myong Hak", "--type", "person", "--birth-date", "1958-03-21", "--no-kb");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).contains("match").contains("KPi.951").contains("birth date 1958-03-21 agrees");

        Path in = folder.resolve("counterparties.csv");
        Files.writeString(in, "id,name,type,country,birth_date,imo\n"
                + "1,Choe Myong-hak,person,KP,1958,\n"
                + "2,Nobody In Particular,person,,,\n"
                + "3,Some Ship,vessel,,,5919191\n"
                + "4,Choe Myong-hak,person,KP,1958,\n", StandardCharsets.UTF_8);
        Path out = folder.resolve("results.csv");
        CliRun batch = run("screen", "names", "--in", in.toString(), "--out", out.toString(), "--no-kb");
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.err()).contains("screened 4 names").contains("1 answered from cache");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,name,type,country,birth_date,imo,match,verdict,score,list,list_version,entry_id,"
                + "entry_name,matched_name,explanation");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("1,Choe Myong-hak,person,KP,1958,,true,match,").contains("KPi.951");
        assertThat(lines.get(2)).startsWith("2,Nobody In Particular,person,,,,false,no_match,0.0000");
        assertThat(lines.get(3)).contains("true,match,1.0000").contains("KPe.951");
        assertThat(lines.get(4)).isEqualTo(lines.get(1).replaceFirst("^1,", "4,"));

        Path jsonIn = folder.resolve("in.jsonl");
        Files.writeString(jsonIn, "{\"id\": \"a\", \"name\": \"PMEC\"}\n{\"name\": \"x\", \"identifiers\": {\"un_reference\": \"KPi.951\"}}\n");
        Path jsonOut = folder.resolve("out.jsonl");
        assertThat(run("screen", "names", "--in", jsonIn.toString(), "--out", jsonOut.toString(), "--no-kb", "--quiet").exitCode()).isZero();
        List<String> json = Files.readAllLines(jsonOut);
        assertThat(json).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(json.get(0));
        assertThat(first.path("id").asText()).isEqualTo("a");
        assertThat(first.path("entry_id").asText()).isEqualTo("KPe.951");
        assertThat(first.path("candidates")).isNotEmpty();
        assertThat(new ObjectMapper().readTree(json.get(1)).path("match").asBoolean()).isTrue();
    }

    @Test
    void aBadRowNamesItsLineAndField() throws IOException {
        Path in = folder.resolve("bad.csv");
        Files.writeString(in, "name,birth_date\nA B,1958\nC D,21/03/1958\n");
        CliRun refused = run("screen", "names", "--in", in.toString(), "--out", folder.resolve("o.csv").toString(), "--no-kb");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("bad.csv:3 [birth_date]");
        assertThat(folder.resolve("o.csv")).doesNotExist();
        Files.writeString(in, "who\nA\n");
        assertThat(run("screen", "names", "--in", in.toString(), "--out", folder.resolve("o.csv").toString(), "--no-kb").err())
                .contains("no 'name' column");
    }
}
