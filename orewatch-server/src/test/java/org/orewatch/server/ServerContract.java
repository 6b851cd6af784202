package org.orewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.screening.ScreeningPolicy;
import org.orewatch.store.ListStore;
import org.orewatch.store.StoreLocation;

/**
 * The REST API end to end over a real socket: imports with the API key, screening, limits,
 * errors and the OpenAPI contract. Runs on the embedded store and, when configured, PostgreSQL.
 */
abstract class ServerContract {

    static final String KEY = "test-key-0123456789abcdef";

    @TempDir
    Path folder;

    ListStore store;
    OrewatchServer server;
    ApiClient api;

    protected abstract StoreLocation location() throws Exception;

    @BeforeEach
    void start() throws Exception {
        store = ListStore.open(location());
        ServerConfig config = new ServerConfig("127.0.0.1", 0, ApiKey.of(KEY, "test"), ScreeningPolicy.defaults(), 64 * 1024,
                256 * 1024, Duration.ZERO, folder.resolve("uploads"));
        server = new OrewatchServer(config, store, null, null).start();
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() {
        // Null when the set-up was skipped (no PostgreSQL configured).
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private ApiClient.Response importUn(String key, byte[] content) {
        return api.upload("/api/v1/lists/import", key == null ? Map.of() : Map.of("X-API-Key", key),
                ApiClient.parts(ApiClient.Part.field("format", "un-xml"), ApiClient.Part.file("file", "un-two.xml", content)));
    }

    @Test
    void importsNeedTheApiKey() {
        ApiClient.Response missing = importUn(null, ApiClient.resource("un-two.xml"));
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.errorCode()).isEqualTo("UNAUTHORIZED");
        ApiClient.Response wrong = importUn("not-the-key-at-all-000", ApiClient.resource("un-two.xml"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("error").path("message").asText()).isEqualTo("the API key is not valid");
        assertThat(store.currentVersions()).isEmpty();
        ApiClient.Response bearer = api.upload("/api/v1/lists/import", Map.of("Authorization", "Bearer " + KEY),
                ApiClient.parts(ApiClient.Part.field("format", "un-xml"), ApiClient.Part.file("file", "un-two.xml",
                        ApiClient.resource("un-two.xml"))));
        assertThat(bearer.status()).isEqualTo(201);
    }

    @Test
    void anImportedListIsScreenedAtOnceWithItsVersion() {
        ApiClient.Response imported = importUn(KEY, ApiClient.resource("un-two.xml"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode version = imported.json().path("version");
        assertThat(version.path("list").asText()).isEqualTo("un-sc-consolidated");
        assertThat(version.path("entries").asInt()).isEqualTo(2);
        assertThat(version.path("files").get(0).path("name").asText()).isEqualTo("un-two.xml");

        ApiClient.Response screened = api.post("/api/v1/screen", Map.of("queries", List.of(
                Map.of("id", "a", "name", "Choe Myong Hak", "type", "person", "birth_date", "1958-03-21"),
                Map.of("id", "b", "name", "Someone Else Entirely"),
                Map.of("id", "c", "name", "Renamed Ship", "identifiers", Map.of("imo", "5919191")))));
        assertThat(screened.status()).as(screened.body()).isEqualTo(200);
        JsonNode results = screened.json().path("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).path("id").asText()).isEqualTo("a");
        assertThat(results.get(0).path("match").asBoolean()).isTrue();
        JsonNode best = results.get(0).path("candidates").get(0);
        assertThat(best.path("entry_id").asText()).isEqualTo("KPi.951");
        assertThat(best.path("list_version").asLong()).isEqualTo(version.path("version").asLong());
        assertThat(best.path("explanation").asText()).contains("birth date 1958-03-21 agrees");
        assertThat(results.get(1).path("verdict").asText()).isEqualTo("no_match");
        assertThat(results.get(2).path("match").asBoolean()).isTrue();
        assertThat(results.get(2).path("candidates").get(0).path("entry_id").asText()).isEqualTo("KPe.951");

        ApiClient.Response again = importUn(KEY, ApiClient.resource("un-two.xml"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("unchanged").asBoolean()).isTrue();

        JsonNode lists = api.get("/api/v1/lists").json().path("lists");
        assertThat(lists).hasSize(1);
        assertThat(lists.get(0).path("sha256").asText()).hasSize(64);
    }

    @Test
    void aTruncatedUploadIsRefusedWithItsLineAndTheCurrentVersionStays() {
        assertThat(importUn(KEY, ApiClient.resource("un-two.xml")).status()).isEqualTo(201);
        String text = new String(ApiClient.resource("un-two.xml"), StandardCharsets.UTF_8);
        ApiClient.Response truncated = importUn(KEY, text.substring(0, text.indexOf("<ENTITIES>") + 30).getBytes(StandardCharsets.UTF_8));
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.errorCode()).isEqualTo("INVALID_FILE_FORMAT");
        assertThat(truncated.json().path("error").path("position").path("line").asInt()).isGreaterThan(20);
        assertThat(store.currentVersions()).singleElement().satisfies(version -> assertThat(version.entries()).isEqualTo(2));
        assertThat(api.post("/api/v1/screen", Map.of("name", "PAEKTU MINERAL EXPORT COMPANY")).json().path("results").get(0)
                .path("match").asBoolean()).isTrue();
    }

    @Test
    void ofacFilesAreRecognisedByNameAndDiffsAreServed() {
        ApiClient.Response first = api.upload("/api/v1/lists/import?format=ofac-csv", Map.of("X-API-Key", KEY), ApiClient.parts(
                ApiClient.Part.file("file", "sdn.csv", ApiClient.resource("sdn-two.csv"))));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        ApiClient.Response second = api.upload("/api/v1/lists/import?format=ofac-csv&published=2021-07-01", Map.of("X-API-Key", KEY),
                ApiClient.parts(ApiClient.Part.file("file", "sdn.csv", ApiClient.resource("sdn-two.csv")),
                        ApiClient.Part.file("file", "alt.csv", ApiClient.resource("alt-two.csv"))));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().path("changed").asInt()).isEqualTo(1);
        assertThat(second.json().path("version").path("published").asText()).isEqualTo("2021-07-01");
        JsonNode diff = api.get("/api/v1/lists/us-ofac-sdn/diff").json();
        assertThat(diff.path("changed_count").asInt()).isEqualTo(1);
        assertThat(diff.path("changed").get(0).path("entry_id").asText()).isEqualTo("8101");
        assertThat(api.get("/api/v1/lists/no-such-list/diff").status()).isEqualTo(404);
        ApiClient.Response stray = api.upload("/api/v1/lists/import?format=ofac-csv", Map.of("X-API-Key", KEY), ApiClient.parts(
                ApiClient.Part.file("file", "notes.txt", "x".getBytes(StandardCharsets.UTF_8))));
        assertThat(stray.status()).isEqualTo(400);
    }

    @Test
    void requestsAndFieldsAreBounded() {
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            many.add(Map.of("name", "N" + i));
        }
        ApiClient.Response tooMany = api.post("/api/v1/screen", Map.of("queries", many));
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.errorCode()).isEqualTo("REQUEST_TOO_LARGE");
        ApiClient.Response longName = api.post("/api/v1/screen", Map.of("name", "x".repeat(501)));
        assertThat(longName.status()).isEqualTo(413);
        ApiClient.Response hugeBody = api.post("/api/v1/screen", "{\"name\": \"" + "y".repeat(70 * 1024) + "\"}");
        assertThat(hugeBody.status()).isEqualTo(413);
        ApiClient.Response hugeUpload = importUn(KEY, new byte[300 * 1024]);
        assertThat(hugeUpload.status()).isEqualTo(413);
        assertThat(hugeUpload.errorCode()).isEqualTo("REQUEST_TOO_LARGE");
    }

    @Test
    void badRequestsGetStableCodesAndMessages() {
        ApiClient.Response unknownField = api.post("/api/v1/screen", "{\"nam\": \"x\"}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(unknownField.json().path("error").path("message").asText()).contains("unknown field 'nam'");
        ApiClient.Response badDate = api.post("/api/v1/screen", Map.of("queries", List.of(Map.of("name", "A B"),
                Map.of("name", "C D", "birth_date", "21/03/1958"))));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.errorCode()).isEqualTo("INVALID_VALUE");
        assertThat(badDate.json().path("error").path("message").asText()).startsWith("queries[1].birth_date: not a date");
        assertThat(api.post("/api/v1/screen", "").errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(api.post("/api/v1/screen", "{not json").errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(api.post("/api/v1/screen", Map.of("name", "A", "type", "planet")).errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(api.post("/api/v1/screen", Map.of("name", "A", "identifiers", Map.of("dna", "1"))).errorCode())
                .isEqualTo("INVALID_VALUE");
        assertThat(api.post("/api/v1/screen", Map.of("name", "A", "limit", 0)).errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(api.post("/api/v1/screen", Map.of("name", "A", "possible_threshold", 0.1)).errorCode()).isEqualTo("INVALID_ARGUMENT");
        ApiClient.Response noRoute = api.get("/api/v1/nothing");
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.errorCode()).isEqualTo("NOT_FOUND");
        ApiClient.Response wrongMethod = api.get("/api/v1/screen");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(api.get("/api/v1/kb/search?q=Komdok").errorCode()).isEqualTo("NOT_FOUND");
        ApiClient.Response noFormat = api.upload("/api/v1/lists/import", Map.of("X-API-Key", KEY),
                ApiClient.parts(ApiClient.Part.file("file", "un.xml", ApiClient.resource("un-two.xml"))));
        assertThat(noFormat.errorCode()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void matchComparesTwoNamesAndExplains() {
        ApiClient.Response match = api.post("/api/v1/match", Map.of("name1", "RI Thae Chol", "name2", "Ri T'ae-ch'ol", "type", "person"));
        assertThat(match.status()).isEqualTo(200);
        assertThat(match.json().path("match").asBoolean()).isTrue();
        assertThat(match.json().path("alignments")).isNotEmpty();
        assertThat(api.post("/api/v1/match", Map.of("name1", "A")).errorCode()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void healthAndMetricsReportTheServer() {
        api.post("/api/v1/screen", Map.of("name", "Anyone"));
        ApiClient.Response health = api.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("ok");
        String metrics = api.get("/metrics").body();
        assertThat(metrics).contains("orewatch_http_requests_total{method=\"POST\",route=\"/api/v1/screen\",status=\"200\"}");
        assertThat(metrics).contains("orewatch_screening_queries_total{verdict=\"no_match\"}");
        assertThat(metrics).contains("orewatch_index_names").contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheServedRoutes() {
        ApiClient.Response response = api.get("/api/v1/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
            path.getValue().forEach(operation -> {
                assertThat(operation.has("responses")).as(path.getKey()).isTrue();
                assertThat(operation.path("operationId").asText()).as(path.getKey()).isNotEmpty();
            });
        }
        Set<String> served = new HashSet<>();
        ApiRoutes.ALL.forEach(route -> served.add(route.method() + " " + route.path()));
        assertThat(documented).isEqualTo(served);
        ApiRoutes.ALL.stream().filter(ApiRoutes.Route::needsKey).forEach(route -> assertThat(document.path("paths").path(route.path())
                .path(route.method().toLowerCase()).path("security")).as(route.path()).isNotEmpty());
        // Every $ref points at a defined component.
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        for (String reference : references) {
            assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
        }
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, references));
        }
    }

    @Test
    void uploadsLeaveNoFilesBehind() throws Exception {
        importUn(KEY, ApiClient.resource("un-two.xml"));
        try (var remaining = Files.list(folder.resolve("uploads"))) {
            assertThat(remaining.filter(path -> path.getFileName().toString().startsWith("import-"))).isEmpty();
        }
    }
}
