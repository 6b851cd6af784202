package org.orewatch.kb.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * Turns a JSON-lines export ({@link JsonLinesFormat}) back into a knowledge-base folder of YAML
 * files: the schema under {@code schema/}, entities grouped by id prefix under {@code entities/}.
 * Loading the folder gives the graph that was exported.
 *
 * <p>The folder is written next to the target and moved into place only when complete, so a
 * failed import leaves nothing half-written; an existing non-empty target is refused.
 */
public final class KbImporter {

    /** Numbers stay exactly as exported: 0.000001 must not come back as a double. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private KbImporter() {
    }

    /** Result counts of an import. */
    public record Summary(int schemaItems, int entities, int files) {
    }

    public static Summary importJsonLines(Path jsonLines, Path target) {
        String display = jsonLines.toString();
        if (!Files.isRegularFile(jsonLines)) {
            throw new OrewatchException(ErrorCode.FILE_NOT_FOUND, SourcePosition.file(display), "file not found");
        }
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, SourcePosition.file(target.toString()),
                    "the target folder exists and is not empty; choose a new folder");
        }
        Map<String, List<JsonNode>> schema = new LinkedHashMap<>();
        for (String kind : List.of("type", "dimension", "unit", "property", "qualifier")) {
            schema.put(kind, new ArrayList<>());
        }
        Map<String, List<JsonNode>> entitiesByPrefix = new TreeMap<>();
        int entityCount = 0;
        try (BufferedReader reader = Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            boolean header = false;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = parse(line, display, number);
                String record = node.path("record").asText("");
                if (!header) {
                    if (!record.equals("header") || !JsonLinesFormat.FORMAT.equals(node.path("format").asText())) {
                        throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(display, number, "record"),
                                "not an orewatch knowledge-base export: the first line must be its header");
                    }
                    if (node.path("version").asInt() != JsonLinesFormat.VERSION) {
                        throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(display, number, "version"),
                                "unsupported export version " + node.path("version").asText());
                    }
                    header = true;
                    continue;
                }
                if (record.equals("entity")) {
                    String id = node.path("id").asText("");
                    if (id.indexOf('/') <= 0) {
                        throw new OrewatchException(ErrorCode.INVALID_VALUE, SourcePosition.of(display, number, "id"),
                                "an entity needs an id of the form prefix/slug");
                    }
                    entitiesByPrefix.computeIfAbsent(id.substring(0, id.indexOf('/')), k -> new ArrayList<>()).add(node);
                    entityCount++;
                } else if (schema.containsKey(record)) {
                    schema.get(record).add(node);
                } else {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(display, number, "record"),
                            "unknown record kind '" + record + "'");
                }
            }
            if (!header) {
                throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.file(display), "the file is empty");
            }
        } catch (IOException unreadable) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(display), "cannot read: " + unreadable.getMessage(),
                    unreadable);
        }
        int schemaItems = schema.values().stream().mapToInt(List::size).sum();
        int files = write(schema, entitiesByPrefix, target);
        return new Summary(schemaItems, entityCount, files);
    }

    private static JsonNode parse(String line, String display, int number) {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (!node.isObject()) {
                throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(display, number, ""),
                        "each line must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException malformed) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT,
                    new SourcePosition(display, number, malformed.getLocation() == null ? 0 : malformed.getLocation().getColumnNr(), ""),
                    "malformed JSON: " + malformed.getOriginalMessage());
        }
    }

    private static int write(Map<String, List<JsonNode>> schema, Map<String, List<JsonNode>> entities, Path target) {
        Path parent = target.toAbsolutePath().getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, ".kb-import-");
            Path schemaDir = Files.createDirectories(staging.resolve("schema"));
            writeList(schemaDir.resolve("types.yaml"), "types", schema.get("type"));
            StringBuilder units = new StringBuilder();
            appendList(units, "dimensions", schema.get("dimension"));
            appendList(units, "units", schema.get("unit"));
            Files.writeString(schemaDir.resolve("units.yaml"), units.toString(), StandardCharsets.UTF_8);
            writeList(Files.createDirectories(schemaDir.resolve("properties")).resolve("imported.yaml"), "properties",
                    schema.get("property"));
            writeList(Files.createDirectories(schemaDir.resolve("qualifiers")).resolve("imported.yaml"), "qualifiers",
                    schema.get("qualifier"));
            Path entityDir = Files.createDirectories(staging.resolve("entities"));
            for (Map.Entry<String, List<JsonNode>> group : entities.entrySet()) {
                StringBuilder out = new StringBuilder("entities:\n");
                for (JsonNode entity : group.getValue()) {
                    YamlWriter.entity(out, entity);
                }
                Files.writeString(entityDir.resolve(group.getKey() + ".yaml"), out.toString(), StandardCharsets.UTF_8);
            }
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(staging, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return entities.size() + 4;
        } catch (IOException failure) {
            deleteQuietly(staging);
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(target.toString()),
                    "cannot write the imported knowledge base: " + failure.getMessage(), failure);
        }
    }

    private static void writeList(Path file, String key, List<JsonNode> items) throws IOException {
        StringBuilder out = new StringBuilder();
        appendList(out, key, items);
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static void appendList(StringBuilder out, String key, List<JsonNode> items) {
        out.append(key).append(':').append(items.isEmpty() ? " []\n" : "\n");
        for (JsonNode item : items) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = item.deepCopy();
            copy.remove("record");
            out.append("  - ").append(YamlWriter.flow(copy)).append('\n');
        }
    }

    private static boolean isEmptyDirectory(Path path) {
        try (var listing = Files.list(path)) {
            return Files.isDirectory(path) && listing.findAny().isEmpty();
        } catch (IOException notADirectory) {
            return false;
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (var walk = Files.walk(directory)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the staging folder is hidden and named for what it is
        }
    }
}
