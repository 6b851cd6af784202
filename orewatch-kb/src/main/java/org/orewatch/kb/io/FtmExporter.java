package org.orewatch.kb.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.Name;
import org.orewatch.kb.PropertyDefinition;
import org.orewatch.kb.Statement;
import org.orewatch.kb.Value;
import org.orewatch.kb.query.CitationText;
import org.orewatch.kb.query.StatementView;

/**
 * Exports the knowledge graph as FollowTheMoney entities, one JSON object per line, the format
 * OpenSanctions and Aleph read.
 *
 * <p>Each entity becomes the FtM schema its type maps to (types.yaml). Names become {@code name},
 * {@code alias} and {@code previousName}; attributes with an {@code ftm} property in the schema
 * go to that property; every other statement is kept, with its citations, as a line of
 * {@code notes}. Types FtM has no schema for become {@code Note} entities that carry the same
 * text and point at the entities they relate to. Relations become interval entities (the
 * property's {@code ftm_link}, or {@code UnknownLink} when the ends do not fit its range) with
 * dates, the relation as {@code role}, and the citations as {@code description}.
 */
public final class FtmExporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DATASET = "orewatch";
    private static final Map<String, String> SCHEMA_PARENTS = loadSchemata();

    /** The interval schemata orewatch writes: their subject and object properties and the schema each must be. */
    private record LinkShape(String subjectProperty, String subjectRange, String objectProperty, String objectRange) {
    }

    private static final Map<String, LinkShape> LINKS = Map.of(
            "UnknownLink", new LinkShape("subject", "Thing", "object", "Thing"),
            "Membership", new LinkShape("member", "LegalEntity", "organization", "Organization"),
            "Succession", new LinkShape("successor", "LegalEntity", "predecessor", "LegalEntity"),
            "Ownership", new LinkShape("owner", "LegalEntity", "asset", "Thing"));

    private final KnowledgeGraph graph;
    private final Map<String, String> schemaOf = new HashMap<>();

    public FtmExporter(KnowledgeGraph graph) {
        this.graph = graph;
        for (Entity entity : graph.entities()) {
            schemaOf.put(entity.id(), graph.schema().ftmSchema(entity.type()).orElse("Note"));
        }
    }

    /** Writes every entity and relation; returns the number of FtM entities written. */
    public int write(Writer target) throws IOException {
        BufferedWriter out = new BufferedWriter(target);
        int written = 0;
        for (Entity entity : graph.entities()) {
            line(out, entity(entity));
            written++;
        }
        for (Entity entity : graph.entities()) {
            for (Statement statement : entity.statements()) {
                Optional<ObjectNode> link = link(statement);
                if (link.isPresent()) {
                    line(out, link.get());
                    written++;
                }
            }
        }
        out.flush();
        return written;
    }

    public static String ftmId(String id) {
        return "ow-" + id.replace('/', '-');
    }

    private ObjectNode entity(Entity entity) {
        String schema = schemaOf.get(entity.id());
        ObjectNode node = NODES.objectNode().put("id", ftmId(entity.id())).put("schema", schema);
        ObjectNode properties = node.putObject("properties");
        add(properties, "name", entity.name());
        for (Name name : entity.names()) {
            add(properties, name.kind().equals("former") ? "previousName" : "alias", name.text());
        }
        if (entity.description() != null) {
            add(properties, schema.equals("Note") ? "description" : "summary", entity.description());
        }
        country(entity).ifPresent(country -> add(properties, countryProperty(schema), country));
        Set<String> related = new LinkedHashSet<>();
        for (Statement statement : entity.statements()) {
            PropertyDefinition property = graph.schema().property(statement.property()).orElse(null);
            if (property == null) {
                continue;
            }
            if (statement.value() instanceof Value.GeoPoint point && schema.equals("Address")) {
                add(properties, "latitude", Double.toString(point.latitude()));
                add(properties, "longitude", Double.toString(point.longitude()));
            } else if (property.ftmProperty() != null && !statement.isMissing() && !property.isRelation()) {
                add(properties, property.ftmProperty(), JsonLinesFormat.scalar(statement.value()));
            }
            statement.object().ifPresent(related::add);
            add(properties, "notes", note(statement));
        }
        if (schema.equals("Note")) {
            graph.statementsReferring(entity.id()).forEach(statement -> related.add(statement.subject()));
            related.stream().filter(id -> !schemaOf.getOrDefault(id, "Note").equals("Note")).limit(50)
                    .forEach(id -> add(properties, "entity", ftmId(id)));
            add(properties, "description", "orewatch type: " + entity.type() + " (" + entity.id() + ")");
        }
        entity.citations().forEach(citation -> add(properties, "notes", "Source: " + CitationText.format(graph, citation)));
        node.putArray("datasets").add(DATASET);
        return node;
    }

    private static String countryProperty(String schema) {
        return switch (schema) {
            case "Person" -> "nationality";
            case "Company", "Organization", "PublicBody" -> "jurisdiction";
            default -> "country";
        };
    }

    /** The country an entity lies in, by walking {@code located_in} up to a country (whose id slug is its ISO code). */
    private Optional<String> country(Entity entity) {
        String current = entity.id();
        for (int depth = 0; depth < 8 && current != null; depth++) {
            Optional<Entity> here = graph.entity(current);
            if (here.isEmpty()) {
                return Optional.empty();
            }
            if (graph.schema().isA(here.get().type(), "country")) {
                return Optional.of(current.substring(current.indexOf('/') + 1));
            }
            current = here.get().statements().stream().filter(s -> s.property().equals("located_in"))
                    .map(s -> s.object().orElse(null)).findFirst().orElse(null);
        }
        return Optional.empty();
    }

    private String note(Statement statement) {
        String label = graph.schema().property(statement.property()).map(PropertyDefinition::label).orElse(statement.property());
        String text = StatementView.of(graph, statement, false).display();
        List<String> sources = new ArrayList<>();
        statement.citations().forEach(citation -> sources.add(CitationText.format(graph, citation)));
        return (text.isEmpty() ? label : text) + (sources.isEmpty() ? "" : " [" + String.join("; ", sources) + "]");
    }

    private Optional<ObjectNode> link(Statement statement) {
        Optional<String> object = statement.object();
        PropertyDefinition property = graph.schema().property(statement.property()).orElse(null);
        if (object.isEmpty() || property == null || graph.entity(object.get()).isEmpty()) {
            return Optional.empty();
        }
        String subjectSchema = schemaOf.get(statement.subject());
        String objectSchema = schemaOf.get(object.get());
        String linkSchema = property.ftmLink() == null ? "UnknownLink" : property.ftmLink();
        LinkShape shape = LINKS.getOrDefault(linkSchema, LINKS.get("UnknownLink"));
        if (!isA(subjectSchema, shape.subjectRange()) || !isA(objectSchema, shape.objectRange())) {
            linkSchema = "UnknownLink";
            shape = LINKS.get("UnknownLink");
        }
        if (!LINKS.containsKey(linkSchema)) {
            linkSchema = "UnknownLink";
        }
        // A "predecessor" statement points from the successor to the body it came from, which is
        // why Succession's subject end is "successor".
        String subjectId = statement.subject();
        String objectId = object.get();
        ObjectNode node = NODES.objectNode()
                .put("id", ftmId(statement.subject()) + "--" + statement.property() + "--" + ftmId(objectId)
                        + (statement.time().isEmpty() ? "" : "--" + statement.time().display().replaceAll("[^0-9A-Za-z]+", "-")))
                .put("schema", linkSchema);
        ObjectNode properties = node.putObject("properties");
        add(properties, shape.subjectProperty(), ftmId(subjectId));
        add(properties, shape.objectProperty(), ftmId(objectId));
        add(properties, "role", property.label());
        if (statement.time().at() != null) {
            add(properties, "date", statement.time().at().toString());
        }
        if (statement.time().from() != null) {
            add(properties, "startDate", statement.time().from().toString());
        }
        if (statement.time().to() != null) {
            add(properties, "endDate", statement.time().to().toString());
        }
        List<String> sources = new ArrayList<>();
        statement.citations().forEach(citation -> sources.add(CitationText.format(graph, citation)));
        if (!sources.isEmpty()) {
            add(properties, "description", "Sources: " + String.join("; ", sources));
        }
        node.putArray("datasets").add(DATASET);
        return Optional.of(node);
    }

    private static boolean isA(String schema, String ancestor) {
        for (String current = schema; current != null && !current.isEmpty(); current = SCHEMA_PARENTS.get(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static void add(ObjectNode properties, String property, String value) {
        ArrayNode values = properties.has(property) ? (ArrayNode) properties.get(property) : properties.putArray(property);
        for (var existing : values) {
            if (existing.asText().equals(value)) {
                return;
            }
        }
        values.add(value);
    }

    private static void line(BufferedWriter out, ObjectNode node) throws IOException {
        out.write(MAPPER.writeValueAsString(node));
        out.write('\n');
    }

    private static Map<String, String> loadSchemata() {
        Properties properties = new Properties();
        try (InputStream in = FtmExporter.class.getResourceAsStream("ftm-schemata.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException missing) {
            throw new UncheckedIOException(new IOException("ftm-schemata.properties is missing from the jar", missing));
        }
        Map<String, String> parents = new HashMap<>();
        properties.forEach((schema, parent) -> parents.put((String) schema, (String) parent));
        return parents;
    }
}
