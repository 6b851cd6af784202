package org.orewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.load.KnowledgeBaseLoader;
import org.orewatch.screening.KnowledgeGraphList;
import org.orewatch.screening.ScreeningPolicy;
import org.orewatch.store.ListStore;
import org.orewatch.store.StoreLocation;

/** The knowledge-graph endpoints, and screening hits on the graph carrying their evidence. */
class KnowledgeGraphApiTest {

    @TempDir
    static Path folder;

    private static ListStore store;
    private static OrewatchServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        KnowledgeGraph graph = KnowledgeBaseLoader.load(Path.of(System.getProperty("orewatch.repo.root", "..")).resolve("kb"))
                .requireValid();
        store = ListStore.open(StoreLocation.embedded(folder.resolve("data")));
        ServerConfig config = new ServerConfig("127.0.0.1", 0, ApiKey.of(ServerContract.KEY, "test"), ScreeningPolicy.defaults(),
                ServerConfig.DEFAULT_MAX_BODY_BYTES, ServerConfig.DEFAULT_MAX_UPLOAD_BYTES, Duration.ZERO, folder.resolve("uploads"));
        server = new OrewatchServer(config, store, graph, KnowledgeGraphList.of(graph, "0".repeat(64), Instant.now())).start();
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void searchFindsAnotherRomanisation() {
        JsonNode hits = api.get("/api/v1/kb/search?q=Komdok&limit=3").json().path("hits");
        assertThat(hits.get(0).path("id").asText()).isEqualTo("mine/geomdeok");
        assertThat(api.get("/api/v1/kb/search").errorCode()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void anEntityIdWithASlashGivesItsDossier() {
        ApiClient.Response dossier = api.get("/api/v1/kb/entity/kwanliso/15");
        assertThat(dossier.status()).isEqualTo(200);
        assertThat(dossier.json().path("id").asText()).isEqualTo("kwanliso/15");
        assertThat(dossier.json().path("statements")).isNotEmpty();
        assertThat(api.get("/api/v1/kb/entity/Komdok").json().path("id").asText()).isEqualTo("mine/geomdeok");
        assertThat(api.get("/api/v1/kb/entity/zzzz-no-such-entity-qqqq").status()).isEqualTo(404);
    }

    @Test
    void pathsAreChainsOfCitedRelations() {
        ApiClient.Response path = api.get("/api/v1/kb/path?from=mine/geomdeok&to=country/kp");
        assertThat(path.status()).as(path.body()).isEqualTo(200);
        assertThat(path.json().path("steps")).isNotEmpty();
        assertThat(path.json().path("steps").get(0).path("statement").path("citations")).isNotEmpty();
        assertThat(api.get("/api/v1/kb/path?from=mine/geomdeok").errorCode()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void aScreeningHitOnACampCarriesItsForcedLabourEvidence() {
        JsonNode result = api.post("/api/v1/screen", Map.of("name", "Kwan-li-so No. 18", "type", "organization")).json()
                .path("results").get(0);
        JsonNode best = result.path("candidates").get(0);
        assertThat(best.path("list").asText()).isEqualTo("orewatch-kb");
        JsonNode evidence = best.path("evidence");
        assertThat(evidence.path("forced_labour").asBoolean()).isTrue();
        assertThat(evidence.path("ilo_indicators")).isNotEmpty();
        assertThat(evidence.path("items").get(0).path("citations")).isNotEmpty();
        assertThat(api.get("/api/v1/lists").json().path("lists").get(0).path("list").asText()).isEqualTo("orewatch-kb");
    }
}
