package org.orewatch.kb.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.kb.KbFixture;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.io.JsonLinesFormat;

class GraphSnapshotTest {

    @TempDir
    Path temp;

    private static String export(KnowledgeGraph graph) throws IOException {
        StringWriter out = new StringWriter();
        JsonLinesFormat.write(graph, out);
        return out.toString();
    }

    @Test
    void aSnapshotReadsBackTheSameGraph() throws IOException {
        KbFixture fixture = KbFixture.copyTo(temp);
        KnowledgeGraph graph = fixture.graph();
        String fingerprint = GraphSnapshot.fingerprint(fixture.root());
        Path file = temp.resolve("cache/kb.snapshot");

        GraphSnapshot.write(graph, fingerprint, file);
        KnowledgeGraph read = GraphSnapshot.read(file, fingerprint).orElseThrow();

        assertThat(export(read)).isEqualTo(export(graph));
        assertThat(read.conflicts()).hasSameSizeAs(graph.conflicts());
        assertThat(read.statementsAbout("mine/musan").get(0).position()).isEqualTo(graph.statementsAbout("mine/musan").get(0).position());
    }

    @Test
    void editingAnyFileChangesTheFingerprintSoTheSnapshotIsIgnored() throws IOException {
        KbFixture fixture = KbFixture.copyTo(temp);
        String before = GraphSnapshot.fingerprint(fixture.root());
        Path file = temp.resolve("kb.snapshot");
        GraphSnapshot.write(fixture.graph(), before, file);

        Path world = fixture.root().resolve("entities/world.yaml");
        Files.writeString(world, Files.readString(world).replace("Musan Mine", "Musan Mine Complex"));
        Files.setLastModifiedTime(world, FileTime.from(Instant.now().plusSeconds(5)));
        String after = GraphSnapshot.fingerprint(fixture.root());

        assertThat(after).isNotEqualTo(before);
        assertThat(GraphSnapshot.read(file, after)).isEmpty();
    }

    @Test
    void aDamagedSnapshotIsOnlyACacheMiss() throws IOException {
        Path file = temp.resolve("kb.snapshot");
        Files.write(file, new byte[] {0x4f, 0x57, 0x4b, 0x42, 0, 0, 0, 1, 0});

        assertThat(GraphSnapshot.read(file, "anything")).isEmpty();
    }
}
