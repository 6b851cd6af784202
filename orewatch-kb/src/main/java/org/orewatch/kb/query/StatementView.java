package org.orewatch.kb.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.PropertyDefinition;
import org.orewatch.kb.Statement;
import org.orewatch.kb.TimeQualifiers;
import org.orewatch.kb.Unit;
import org.orewatch.kb.Value;

/**
 * A statement prepared for people and scripts: names resolved, value and time rendered, every
 * citation spelled out. {@code label} reads from the side the view is shown from (for relations
 * "in", the property's inverse: "oversees").
 *
 * @param value the value for scripts: a number, a {@code {min, max}} map, an id, text or date
 */
public record StatementView(String subject, String subjectName, String property, String label, Object value,
        String unit, String objectId, String objectName, String objectType, boolean missing,
        Map<String, String> time, Map<String, Object> qualifiers, String display, List<CitationView> citations,
        String conflict, String note) {

    public static StatementView of(KnowledgeGraph graph, Statement statement, boolean inverse) {
        PropertyDefinition property = graph.schema().property(statement.property()).orElse(null);
        String label = property == null ? statement.property()
                : inverse ? property.inverseOrDefault() : property.label();
        String objectId = statement.object().orElse(null);
        String objectName = objectId == null ? null : graph.nameOf(objectId);
        String objectType = objectId == null ? null : graph.entity(objectId).map(e -> e.type()).orElse(null);
        Object value = scriptValue(statement.value());
        String unit = statement.value() instanceof Value.Quantity quantity ? quantity.unit() : null;
        Map<String, Object> qualifiers = new LinkedHashMap<>();
        statement.qualifiers().forEach((key, qualifier) -> qualifiers.put(key, scriptValue(qualifier)));
        return new StatementView(statement.subject(), graph.nameOf(statement.subject()), statement.property(), label,
                value, unit, objectId, objectName, objectType, statement.isMissing(), time(statement.time()),
                qualifiers, display(graph, statement, label, inverse),
                statement.citations().stream().map(citation -> CitationView.of(graph, citation)).toList(),
                statement.conflict(), statement.note());
    }

    static Object scriptValue(Value value) {
        if (value instanceof Value.Quantity quantity) {
            if (quantity.amount() != null) {
                return quantity.amount();
            }
            Map<String, Object> range = new LinkedHashMap<>();
            if (quantity.min() != null) {
                range.put("min", quantity.min());
            }
            if (quantity.max() != null) {
                range.put("max", quantity.max());
            }
            return range;
        }
        if (value instanceof Value.IntegerValue integer) {
            return integer.number();
        }
        if (value instanceof Value.BooleanValue truth) {
            return truth.truth();
        }
        if (value instanceof Value.GeoPoint point) {
            return List.of(point.latitude(), point.longitude());
        }
        if (value instanceof Value.Missing) {
            return null;
        }
        return value.display();
    }

    private static Map<String, String> time(TimeQualifiers time) {
        Map<String, String> map = new LinkedHashMap<>();
        if (time.at() != null) {
            map.put("at", time.at().toString());
        }
        if (time.from() != null) {
            map.put("from", time.from().toString());
        }
        if (time.to() != null) {
            map.put("to", time.to().toString());
        }
        if (time.asOf() != null) {
            map.put("as_of", time.asOf().toString());
        }
        if (time.vintage() != null) {
            map.put("vintage", time.vintage().toString());
        }
        return map;
    }

    /**
     * "production: 18,600 kt (1998; commodity: Coal)"; for a relation shown from its object,
     * "oversees: Musan Mine".
     */
    static String display(KnowledgeGraph graph, Statement statement, String label, boolean inverse) {
        StringBuilder text = new StringBuilder(label).append(": ");
        if (inverse) {
            text.append(graph.nameOf(statement.subject()));
        } else if (statement.value() instanceof Value.EntityRef ref) {
            text.append(graph.nameOf(ref.id()));
        } else if (statement.value() instanceof Value.Quantity quantity) {
            text.append(quantity.display(quantity.unit() == null ? null : graph.schema().unit(quantity.unit()).orElse(null)));
        } else {
            text.append(statement.value().display());
        }
        StringBuilder context = new StringBuilder(statement.time().display());
        statement.qualifiers().forEach((key, qualifier) -> {
            if (context.length() > 0) {
                context.append("; ");
            }
            String qualifierLabel = graph.schema().qualifier(key).map(q -> q.label()).orElse(key);
            String shown = qualifier instanceof Value.EntityRef ref ? graph.nameOf(ref.id()) : qualifier.display();
            context.append(qualifierLabel).append(": ").append(shown);
        });
        if (context.length() > 0) {
            text.append(" (").append(context).append(')');
        }
        return text.toString();
    }
}
