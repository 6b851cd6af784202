package org.orewatch.kb.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.orewatch.kb.Citation;
import org.orewatch.kb.Dimension;
import org.orewatch.kb.Entity;
import org.orewatch.kb.EntityType;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.Name;
import org.orewatch.kb.PropertyDefinition;
import org.orewatch.kb.QualifierDefinition;
import org.orewatch.kb.Statement;
import org.orewatch.kb.TimeQualifiers;
import org.orewatch.kb.Unit;
import org.orewatch.kb.Value;

/**
 * orewatch's own JSON-lines form of a whole knowledge base: a header line, one line per schema
 * item (type, property, qualifier, dimension, unit), then one line per entity with its names,
 * citations and every statement (extensions merged in). Field names are those of the YAML files,
 * so {@link KbImporter} can write the files back. The output is deterministic: entities in id
 * order, so the same knowledge gives the same bytes however its files are arranged.
 */
public final class JsonLinesFormat {

    static final String FORMAT = "orewatch-kb";
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonLinesFormat() {
    }

    public static void write(KnowledgeGraph graph, Writer target) throws IOException {
        BufferedWriter out = new BufferedWriter(target);
        ObjectNode header = NODES.objectNode().put("record", "header").put("format", FORMAT).put("version", VERSION);
        line(out, header);
        for (EntityType type : graph.schema().types()) {
            ObjectNode node = record("type").put("id", type.id()).put("label", type.label());
            putIfPresent(node, "parent", type.parent());
            putIfPresent(node, "prefix", type.prefix());
            node.put("ftm", type.ftmSchema() == null ? "-" : type.ftmSchema());
            if (type.isAbstract()) {
                node.put("abstract", true);
            }
            line(out, node);
        }
        for (Dimension dimension : graph.schema().dimensions()) {
            line(out, record("dimension").put("id", dimension.id()).put("base", dimension.baseUnit())
                    .put("label", dimension.label()));
        }
        for (Unit unit : graph.schema().units()) {
            ObjectNode node = record("unit").put("id", unit.id()).put("dimension", unit.dimension())
                    .put("factor", unit.factor()).put("label", unit.label());
            putIfPresent(node, "display", unit.display());
            line(out, node);
        }
        for (PropertyDefinition property : graph.schema().properties()) {
            ObjectNode node = record("property").put("id", property.id()).put("label", property.label());
            putIfPresent(node, "inverse", property.inverseLabel());
            node.put("datatype", property.datatype().id());
            putList(node, "range", property.range());
            putIfPresent(node, "dimension", property.dimension());
            putList(node, "values", property.values());
            if (property.functional()) {
                node.put("functional", true);
            }
            putIfPresent(node, "ftm", property.ftmProperty());
            putIfPresent(node, "ftm_link", property.ftmLink());
            if (!property.walkable()) {
                node.put("path", false);
            }
            line(out, node);
        }
        for (QualifierDefinition qualifier : graph.schema().qualifiers()) {
            ObjectNode node = record("qualifier").put("id", qualifier.id()).put("label", qualifier.label())
                    .put("datatype", qualifier.datatype().id());
            putList(node, "range", qualifier.range());
            putList(node, "values", qualifier.values());
            line(out, node);
        }
        List<Entity> entities = new java.util.ArrayList<>(graph.entities());
        entities.sort(java.util.Comparator.comparing(Entity::id));
        for (Entity entity : entities) {
            line(out, entity(entity));
        }
        out.flush();
    }

    private static ObjectNode record(String kind) {
        return NODES.objectNode().put("record", kind);
    }

    static ObjectNode entity(Entity entity) {
        ObjectNode node = record("entity").put("id", entity.id()).put("type", entity.type()).put("name", entity.name());
        if (!entity.names().isEmpty()) {
            ArrayNode names = node.putArray("names");
            for (Name name : entity.names()) {
                ObjectNode nameNode = names.addObject().put("text", name.text()).put("kind", name.kind());
                putIfPresent(nameNode, "lang", name.lang());
                putCitations(nameNode, name.citations());
            }
        }
        putIfPresent(node, "description", entity.description());
        putCitations(node, entity.citations());
        if (!entity.statements().isEmpty()) {
            ArrayNode statements = node.putArray("statements");
            entity.statements().forEach(statement -> statements.add(statement(statement)));
        }
        return node;
    }

    private static ObjectNode statement(Statement statement) {
        ObjectNode node = NODES.objectNode().put("property", statement.property());
        Value value = statement.value();
        if (value instanceof Value.Missing missing) {
            node.put("missing", missing.note());
        } else if (value instanceof Value.Quantity quantity) {
            if (quantity.amount() != null) {
                node.put("value", quantity.amount());
            } else {
                ObjectNode range = node.putObject("value");
                if (quantity.min() != null) {
                    range.put("min", quantity.min());
                }
                if (quantity.max() != null) {
                    range.put("max", quantity.max());
                }
            }
        } else {
            node.put("value", scalar(value));
        }
        if (value instanceof Value.Quantity quantity) {
            node.put("unit", quantity.unit());
            if (quantity.approximate()) {
                node.put("approx", true);
            }
        }
        TimeQualifiers time = statement.time();
        putIfPresent(node, "at", time.at() == null ? null : time.at().toString());
        putIfPresent(node, "from", time.from() == null ? null : time.from().toString());
        putIfPresent(node, "to", time.to() == null ? null : time.to().toString());
        putIfPresent(node, "as_of", time.asOf() == null ? null : time.asOf().toString());
        putIfPresent(node, "vintage", time.vintage() == null ? null : time.vintage().toString());
        if (!statement.qualifiers().isEmpty()) {
            ObjectNode qualifiers = node.putObject("qualifiers");
            statement.qualifiers().forEach((key, qualifier) -> qualifiers.put(key, scalar(qualifier)));
        }
        putCitations(node, statement.citations());
        putIfPresent(node, "conflict", statement.conflict());
        putIfPresent(node, "note", statement.note());
        putIfPresent(node, "id", statement.id());
        return node;
    }

    /** A non-quantity value exactly as the YAML files write it. */
    static String scalar(Value value) {
        if (value instanceof Value.GeoPoint point) {
            return point.latitude() + ", " + point.longitude();
        }
        if (value instanceof Value.BooleanValue truth) {
            return Boolean.toString(truth.truth());
        }
        return value.display();
    }

    private static void putCitations(ObjectNode node, List<Citation> citations) {
        if (citations.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray("cite");
        for (Citation citation : citations) {
            ObjectNode cite = array.addObject().put("source", citation.source());
            putIfPresent(cite, "via", citation.via());
            citation.locator().forEach(cite::put);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putList(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void line(BufferedWriter out, JsonNode node) throws IOException {
        out.write(MAPPER.writeValueAsString(node));
        out.write('\n');
    }
}
