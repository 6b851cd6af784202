package org.orewatch.lists.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.orewatch.kb.PartialDate;
import org.orewatch.lists.BirthDate;
import org.orewatch.lists.EntryCountry;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.NameKind;

/**
 * The stored form of a {@link ListEntry}: one JSON object with a fixed field order, so that the
 * same entry always gives the same text and the same content hash (what {@code lists diff}
 * compares). The format is part of the database schema: add fields, never rename one.
 */
public final class EntryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EntryJson() {
    }

    public static String write(ListEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("key", entry.key());
        node.put("schema", entry.schema());
        node.put("name", entry.name());
        ArrayNode names = node.putArray("names");
        entry.names().forEach(name -> names.addObject().put("text", name.text()).put("kind", name.kind().name()));
        ArrayNode births = node.putArray("birth_dates");
        entry.birthDates().forEach(date -> births.addObject().put("from", date.from().toString()).put("to", date.to().toString())
                .put("approximate", date.approximate()));
        strings(node.putArray("birth_places"), entry.birthPlaces());
        ArrayNode countries = node.putArray("countries");
        entry.countries().forEach(country -> countries.addObject().put("code", country.code()).put("text", country.text())
                .put("role", country.role()));
        ArrayNode identifiers = node.putArray("identifiers");
        entry.identifiers().forEach(identifier -> identifiers.addObject().put("scheme", identifier.scheme())
                .put("value", identifier.value()).put("country", identifier.country()).put("note", identifier.note()));
        strings(node.putArray("addresses"), entry.addresses());
        strings(node.putArray("programs"), entry.programs());
        node.put("listed_on", entry.listedOn() == null ? null : entry.listedOn().toString());
        node.put("remarks", entry.remarks());
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static ListEntry read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("a stored list entry is not valid JSON: " + corrupt.getOriginalMessage(), corrupt);
        }
        List<EntryName> names = list(node.path("names"), name -> new EntryName(name.path("text").asText(),
                NameKind.valueOf(name.path("kind").asText())));
        List<BirthDate> births = list(node.path("birth_dates"), date -> new BirthDate(partial(date.path("from").asText()),
                partial(date.path("to").asText()), date.path("approximate").asBoolean()));
        List<EntryCountry> countries = list(node.path("countries"), country -> new EntryCountry(text(country.path("code")),
                country.path("text").asText(), country.path("role").asText()));
        List<Identifier> identifiers = list(node.path("identifiers"), identifier -> new Identifier(identifier.path("scheme").asText(),
                identifier.path("value").asText(), text(identifier.path("country")), text(identifier.path("note"))));
        String listedOn = text(node.path("listed_on"));
        return new ListEntry(node.path("key").asText(), node.path("schema").asText(), node.path("name").asText(), names,
                births, list(node.path("birth_places"), JsonNode::asText), countries, identifiers,
                list(node.path("addresses"), JsonNode::asText), list(node.path("programs"), JsonNode::asText),
                listedOn == null ? null : LocalDate.parse(listedOn), text(node.path("remarks")));
    }

    /** SHA-256 of the stored form: equal for equal entries, different when anything differs. */
    public static String contentHash(ListEntry entry) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(write(entry).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static PartialDate partial(String text) {
        return PartialDate.parse(text).orElseThrow(() -> new IllegalStateException("a stored birth date is not a date: " + text));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> convert) {
        List<T> values = new ArrayList<>();
        array.forEach(item -> values.add(convert.apply(item)));
        return values;
    }
}
