package org.orewatch.lists.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;
import org.orewatch.kb.PartialDate;
import org.orewatch.lists.BirthDate;
import org.orewatch.lists.Countries;
import org.orewatch.lists.EntryCountry;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.IdentifierScheme;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.ListFormat;
import org.orewatch.lists.ListSnapshot;
import org.orewatch.lists.NameKind;

/**
 * Reads FollowTheMoney entities, one JSON object per line, as OpenSanctions publishes them and
 * as {@code kb export --format ftm} writes them.
 *
 * <p>Entities of the schemata one screens (persons, organisations, companies, public bodies,
 * vessels, aircraft) become entries. A {@code Sanction} entity adds its programme and listing
 * date to the entity it sanctions; {@code Identification} and {@code Passport} entities add
 * their numbers to their holder. Everything else (addresses, relationships, notes) is skipped.
 * The publication date is the latest {@code last_change} of any entity, when entities carry one.
 */
public final class FtmJsonLinesReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The schemata screened as entries. */
    private static final Set<String> SCREENED = Set.of("Person", "Organization", "Company", "LegalEntity", "PublicBody",
            "Vessel", "Airplane");

    /** FtM identifier properties and the scheme each is. */
    private static final Map<String, String> IDENTIFIER_PROPERTIES = Map.ofEntries(
            Map.entry("imoNumber", IdentifierScheme.IMO),
            Map.entry("mmsi", IdentifierScheme.MMSI),
            Map.entry("passportNumber", IdentifierScheme.PASSPORT),
            Map.entry("idNumber", IdentifierScheme.NATIONAL_ID),
            Map.entry("registrationNumber", IdentifierScheme.REGISTRATION),
            Map.entry("taxNumber", IdentifierScheme.TAX_ID),
            Map.entry("innCode", IdentifierScheme.TAX_ID),
            Map.entry("ogrnCode", IdentifierScheme.REGISTRATION),
            Map.entry("swiftBic", IdentifierScheme.SWIFT_BIC),
            Map.entry("serialNumber", IdentifierScheme.AIRCRAFT_SERIAL),
            Map.entry("callSign", "call_sign"));

    /** FtM country properties and the role each gives. */
    private static final Map<String, String> COUNTRY_PROPERTIES = Map.of(
            "nationality", EntryCountry.NATIONALITY,
            "citizenship", EntryCountry.CITIZENSHIP,
            "country", EntryCountry.OTHER,
            "jurisdiction", EntryCountry.JURISDICTION,
            "flag", EntryCountry.FLAG,
            "birthCountry", EntryCountry.BIRTH,
            "mainCountry", EntryCountry.OTHER);

    private record Line(int number, JsonNode entity) {
    }

    private FtmJsonLinesReader() {
    }

    public static ListSnapshot read(Path path) {
        String file = path.toString();
        List<Line> screened = new ArrayList<>();
        Map<String, List<Line>> sanctions = new HashMap<>();
        Map<String, List<Line>> documents = new HashMap<>();
        LocalDate published = null;
        org.orewatch.lists.SourceFile source;
        try (HashingInput input = HashingInput.open(path)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(input.stream(), StandardCharsets.UTF_8));
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode entity;
                try {
                    entity = MAPPER.readTree(text);
                } catch (JsonProcessingException malformed) {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT,
                            new SourcePosition(file, number, malformed.getLocation() == null ? 0 : malformed.getLocation().getColumnNr(), ""),
                            "not a JSON object: " + malformed.getOriginalMessage()
                                    + (reader.ready() ? "" : " (is the file truncated?)"));
                }
                if (!entity.isObject()) {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, number, ""),
                            "each line must be one FollowTheMoney entity (a JSON object)");
                }
                String id = entity.path("id").asText("");
                String schema = entity.path("schema").asText("");
                if (id.isEmpty()) {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, number, "id"),
                            "the entity has no id");
                }
                if (schema.isEmpty()) {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, number, "schema"),
                            "entity " + id + " has no schema");
                }
                if (!entity.path("properties").isObject() && !entity.path("properties").isMissingNode()) {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, number, "properties"),
                            "properties of entity " + id + " must be an object");
                }
                LocalDate changed = date(entity.path("last_change").asText(""));
                if (changed != null && (published == null || changed.isAfter(published))) {
                    published = changed;
                }
                Line line = new Line(number, entity);
                if (SCREENED.contains(schema)) {
                    screened.add(line);
                } else if (schema.equals("Sanction")) {
                    for (String target : strings(entity, "entity")) {
                        sanctions.computeIfAbsent(target, k -> new ArrayList<>()).add(line);
                    }
                } else if (schema.equals("Identification") || schema.equals("Passport")) {
                    for (String holder : strings(entity, "holder")) {
                        documents.computeIfAbsent(holder, k -> new ArrayList<>()).add(line);
                    }
                }
            }
            source = input.finish();
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(file), "cannot read: " + failure.getMessage(),
                    failure);
        }
        if (screened.isEmpty()) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.file(file),
                    "no persons, organisations, companies, vessels or aircraft in this file");
        }
        List<ListEntry> entries = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (Line line : screened) {
            ListEntry entry = entry(file, line, sanctions.getOrDefault(line.entity().path("id").asText(), List.of()),
                    documents.getOrDefault(line.entity().path("id").asText(), List.of()));
            if (!keys.add(entry.key())) {
                throw new OrewatchException(ErrorCode.DUPLICATE_ID, SourcePosition.of(file, line.number(), "id"),
                        "entity id " + entry.key() + " appears twice");
            }
            entries.add(entry);
        }
        String listName = ListFormat.FTM.defaultListName() + ":" + baseName(path);
        return new ListSnapshot(listName, ListFormat.FTM, published, List.of(source), entries);
    }

    /** "opensanctions-dprk" for "opensanctions-dprk.ftm.jsonl". */
    static String baseName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.indexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }

    private static ListEntry entry(String file, Line line, List<Line> sanctions, List<Line> documents) {
        JsonNode entity = line.entity();
        String id = entity.path("id").asText();
        String schema = entity.path("schema").asText();
        LinkedHashMap<String, EntryName> names = new LinkedHashMap<>();
        String caption = entity.path("caption").asText("");
        List<String> primary = strings(entity, "name");
        String name = !primary.isEmpty() ? primary.get(0) : caption;
        if (name.isBlank()) {
            throw new OrewatchException(ErrorCode.INVALID_VALUE, SourcePosition.of(file, line.number(), "properties.name"),
                    "entity " + id + " has no name");
        }
        addName(names, name, NameKind.PRIMARY);
        primary.forEach(text -> addName(names, text, NameKind.ALIAS));
        strings(entity, "alias").forEach(text -> addName(names, text, NameKind.ALIAS));
        strings(entity, "abbreviation").forEach(text -> addName(names, text, NameKind.ALIAS));
        strings(entity, "weakAlias").forEach(text -> addName(names, text, NameKind.WEAK_ALIAS));
        strings(entity, "previousName").forEach(text -> addName(names, text, NameKind.FORMER));

        List<BirthDate> birthDates = new ArrayList<>();
        for (String text : strings(entity, "birthDate")) {
            PartialDate date = PartialDate.parse(text.length() > 10 ? text.substring(0, 10) : text)
                    .orElseThrow(() -> new OrewatchException(ErrorCode.INVALID_VALUE,
                            SourcePosition.of(file, line.number(), "properties.birthDate"),
                            "not a date: '" + text + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)"));
            birthDates.add(BirthDate.exact(date));
        }
        List<EntryCountry> countries = new ArrayList<>();
        COUNTRY_PROPERTIES.forEach((property, role) -> strings(entity, property).forEach(text ->
                countries.add(new EntryCountry(Countries.code(text).orElse(null), text, role))));
        List<Identifier> identifiers = new ArrayList<>();
        IDENTIFIER_PROPERTIES.forEach((property, scheme) -> strings(entity, property)
                .forEach(value -> identifiers.add(Identifier.of(scheme, value))));
        for (Line document : documents) {
            for (String number : strings(document.entity(), "number")) {
                String scheme = document.entity().path("schema").asText().equals("Passport")
                        ? IdentifierScheme.PASSPORT : IdentifierScheme.NATIONAL_ID;
                List<String> country = strings(document.entity(), "country");
                identifiers.add(new Identifier(scheme, number, country.isEmpty() ? null : country.get(0).toUpperCase(Locale.ROOT),
                        null));
            }
        }
        LinkedHashSet<String> programs = new LinkedHashSet<>(strings(entity, "program"));
        LocalDate listedOn = null;
        for (Line sanction : sanctions) {
            programs.addAll(strings(sanction.entity(), "program"));
            programs.addAll(strings(sanction.entity(), "programId"));
            for (String text : strings(sanction.entity(), "listingDate")) {
                LocalDate listed = date(text);
                if (listed != null && (listedOn == null || listed.isBefore(listedOn))) {
                    listedOn = listed;
                }
            }
        }
        List<String> remarks = new ArrayList<>();
        remarks.addAll(strings(entity, "notes"));
        remarks.addAll(strings(entity, "summary"));
        remarks.addAll(strings(entity, "position"));
        String datasets = String.join(", ", texts(entity.path("datasets")));
        if (!datasets.isEmpty()) {
            remarks.add("Datasets: " + datasets);
        }
        return new ListEntry(id, schema, name, List.copyOf(names.values()), birthDates, strings(entity, "birthPlace"),
                countries, identifiers, strings(entity, "address"), List.copyOf(programs), listedOn,
                remarks.isEmpty() ? null : String.join(" ", remarks));
    }

    private static void addName(Map<String, EntryName> names, String text, NameKind kind) {
        String trimmed = text.trim();
        if (!trimmed.isEmpty()) {
            names.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), new EntryName(trimmed, kind));
        }
    }

    private static List<String> strings(JsonNode entity, String property) {
        return texts(entity.path("properties").path(property));
    }

    private static List<String> texts(JsonNode values) {
        List<String> texts = new ArrayList<>();
        if (values.isArray()) {
            values.forEach(value -> {
                if (value.isValueNode() && !value.asText().isBlank()) {
                    texts.add(value.asText().trim());
                }
            });
        } else if (values.isValueNode() && !values.asText().isBlank()) {
            texts.add(values.asText().trim());
        }
        return texts;
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
