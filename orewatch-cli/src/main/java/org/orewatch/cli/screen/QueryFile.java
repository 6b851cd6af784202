package org.orewatch.cli.screen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orewatch.cli.names.CsvTable;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.IdentifierScheme;
import org.orewatch.names.NameType;
import org.orewatch.screening.ScreeningQuery;

/**
 * A file of parties to screen, CSV or JSON lines, read into queries with every row's own fields
 * kept for the output. CSV needs a header with {@code name} and may have {@code type},
 * {@code country}, {@code birth_date}, {@code id} and identifier columns named after their
 * scheme ({@code imo}, {@code un_reference}, {@code passport} ...); a JSON line has the same keys,
 * identifiers also as an {@code identifiers} object. Other columns are carried through.
 */
final class QueryFile {

    enum Format {
        CSV, JSONL;

        static Format of(Path path, String explicit) {
            String name = explicit != null ? explicit.toLowerCase(Locale.ROOT) : path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.equals("csv") || name.endsWith(".csv")) {
                return CSV;
            }
            if (name.equals("jsonl") || name.equals("json") || name.endsWith(".jsonl") || name.endsWith(".json")
                    || name.endsWith(".ndjson")) {
                return JSONL;
            }
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, SourcePosition.file(path.toString()),
                    "cannot tell the format from the file name: use .csv or .jsonl, or give the format");
        }
    }

    /** One input row: its query, and its own fields in order (CSV: header to value; JSON: the object). */
    record Row(ScreeningQuery query, List<String> csvFields, ObjectNode json) {
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    final Format format;
    final List<String> header;
    final List<Row> rows;

    private QueryFile(Format format, List<String> header, List<Row> rows) {
        this.format = format;
        this.header = header;
        this.rows = rows;
    }

    static QueryFile read(Path path, Format format) {
        try {
            return format == Format.CSV ? readCsv(path) : readJsonLines(path);
        } catch (NoSuchFileException missing) {
            throw new OrewatchException(ErrorCode.FILE_NOT_FOUND, SourcePosition.file(path.toString()), "file not found");
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(path.toString()), "cannot read: " + failure.getMessage(),
                    failure);
        }
    }

    private static QueryFile readCsv(Path path) throws IOException {
        String file = path.toString();
        List<CsvTable.Row> table;
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            table = CsvTable.read(reader, file);
        }
        if (table.isEmpty()) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.file(file), "the file is empty: a header with 'name' is needed");
        }
        List<String> header = table.get(0).fields().stream().map(String::strip).toList();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        if (!columns.containsKey("name")) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, 1, "name"),
                    "the header has no 'name' column (it has: " + String.join(", ", header) + ")");
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            CsvTable.Row row = table.get(r);
            if (row.fields().size() != header.size()) {
                throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, row.lines()[0], ""),
                        "the row has " + row.fields().size() + " fields, the header " + header.size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            columns.forEach((column, index) -> {
                values.put(column, row.fields().get(index));
                lines.put(column, row.lines()[index]);
            });
            rows.add(new Row(query(file, values, lines, Map.of()), row.fields(), null));
        }
        return new QueryFile(Format.CSV, header, rows);
    }

    private static QueryFile readJsonLines(Path path) throws IOException {
        String file = path.toString();
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(line);
                } catch (JsonProcessingException malformed) {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, number, ""),
                            "not a JSON object: " + malformed.getOriginalMessage());
                }
                if (!node.isObject()) {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, number, ""),
                            "each line must be a JSON object with at least \"name\"");
                }
                Map<String, String> values = new LinkedHashMap<>();
                Map<String, Integer> lines = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                Map<String, String> identifiers = new LinkedHashMap<>();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String key = field.getKey().toLowerCase(Locale.ROOT);
                    if (key.equals("identifiers") && field.getValue().isObject()) {
                        field.getValue().fields().forEachRemaining(id -> identifiers.put(id.getKey(), id.getValue().asText()));
                    } else if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                        values.put(key, field.getValue().asText());
                    }
                    lines.put(key, number);
                }
                final int at = number;
                identifiers.keySet().forEach(key -> lines.put(key, at));
                rows.add(new Row(query(file, values, lines, identifiers), null, (ObjectNode) node));
            }
        }
        return new QueryFile(Format.JSONL, List.of(), rows);
    }

    private static ScreeningQuery query(String file, Map<String, String> values, Map<String, Integer> lines,
            Map<String, String> identifierObject) {
        int firstLine = lines.values().stream().findFirst().orElse(0);
        String field = "type";
        try {
            String typeText = values.get("type");
            NameType type = typeText == null || typeText.isBlank() ? null : type(typeText.strip());
            List<Identifier> identifiers = new ArrayList<>();
            for (Map.Entry<String, String> value : values.entrySet()) {
                String scheme = IdentifierScheme.canonical(value.getKey());
                if (IdentifierScheme.isKnown(scheme) && value.getValue() != null && !value.getValue().isBlank()) {
                    field = value.getKey();
                    identifiers.add(ScreeningQuery.identifier(scheme, value.getValue()));
                }
            }
            for (Map.Entry<String, String> value : identifierObject.entrySet()) {
                field = "identifiers." + value.getKey();
                identifiers.add(ScreeningQuery.identifier(value.getKey(), value.getValue()));
            }
            field = "birth_date";
            var birthDate = ScreeningQuery.birthDate(values.get("birth_date"), "birth_date");
            field = "name";
            return new ScreeningQuery(values.getOrDefault("name", ""), type, values.get("country"), birthDate, identifiers);
        } catch (OrewatchException invalid) {
            int line = lines.getOrDefault(field.startsWith("identifiers.") ? field.substring(12) : field, firstLine);
            throw new OrewatchException(invalid.code(), SourcePosition.of(file, line, field), invalid.getMessage());
        }
    }

    /** person, organization ... or a FollowTheMoney schema (Person, Company, Vessel ...). */
    private static NameType type(String text) {
        try {
            return NameType.parse(text);
        } catch (OrewatchException notAType) {
            NameType fromSchema = NameType.fromFtmSchema(text);
            if (fromSchema != NameType.OTHER || text.equals("Thing")) {
                return fromSchema;
            }
            throw new OrewatchException(ErrorCode.INVALID_VALUE, "type: " + notAType.getMessage());
        }
    }
}
