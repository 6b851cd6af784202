package org.orewatch.kb.load;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.SourcePosition;
import org.orewatch.kb.Citation;
import org.orewatch.kb.Datatype;
import org.orewatch.kb.Name;
import org.orewatch.kb.PartialDate;
import org.orewatch.kb.PropertyDefinition;
import org.orewatch.kb.QualifierDefinition;
import org.orewatch.kb.Schema;
import org.orewatch.kb.Statement;
import org.orewatch.kb.TimeQualifiers;
import org.orewatch.kb.Unit;
import org.orewatch.kb.Value;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the entity files: each is a mapping with an {@code entities:} list of entity definitions
 * and {@code extend} entries. Values are typed by the schema here; whether referenced entities
 * exist is checked afterwards by {@link KnowledgeBaseLoader}, once every file is read.
 */
final class EntityReader {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(/[a-z0-9][a-z0-9.-]*)+");

    private static final Set<String> ENTITY_FIELDS = orderedSet("id", "type", "name", "names", "description", "cite", "statements");
    private static final Set<String> EXTEND_FIELDS = orderedSet("extend", "names", "cite", "statements");
    private static final Set<String> NAME_FIELDS = orderedSet("text", "kind", "lang", "cite");
    private static final Set<String> STATEMENT_FIELDS = orderedSet("property", "value", "missing", "unit", "approx",
            "at", "from", "to", "as_of", "vintage", "qualifiers", "cite", "conflict", "note", "id");
    private static final Set<String> RANGE_FIELDS = orderedSet("min", "max");
    private static final Set<String> CITATION_FIELDS;
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    static {
        Set<String> keys = new LinkedHashSet<>(List.of("source", "via"));
        keys.addAll(Citation.LOCATOR_KEYS);
        CITATION_FIELDS = java.util.Collections.unmodifiableSet(keys);
    }

    /** An entity definition as read, before extensions are merged and references checked. */
    record Definition(String id, String type, String name, List<Name> names, String description,
            List<Citation> citations, List<Statement> statements, SourcePosition position) {
    }

    /** An {@code extend} entry: names, citations and statements for an entity defined elsewhere. */
    record Extension(String target, List<Name> names, List<Citation> citations, List<Statement> statements,
            SourcePosition position) {
    }

    private final Schema schema;
    private final List<Problem> problems;
    final List<Definition> definitions = new ArrayList<>();
    final List<Extension> extensions = new ArrayList<>();

    EntityReader(Schema schema, List<Problem> problems) {
        this.schema = schema;
        this.problems = problems;
    }

    void read(Path file, String display) {
        Optional<Node> root = YamlDocument.parse(file, display, problems);
        if (root.isEmpty()) {
            return;
        }
        YamlDocument document = YamlDocument.reader(display, problems);
        Optional<Map<String, Node>> top = document.fields(root.get(), "", Set.of("entities"));
        if (top.isEmpty()) {
            return;
        }
        if (!top.get().containsKey("entities")) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, root.get(), "entities", "expected a top-level 'entities:' list");
            return;
        }
        List<Node> items = document.items(top.get().get("entities"), "entities", false);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String field = "entities[" + i + "]";
            if (item instanceof MappingNode mapping && hasKey(mapping, "extend")) {
                document.fields(item, field, EXTEND_FIELDS).ifPresent(fields -> readExtension(document, item, fields, field));
            } else {
                document.fields(item, field, ENTITY_FIELDS).ifPresent(fields -> readDefinition(document, item, fields, field));
            }
        }
    }

    private static boolean hasKey(MappingNode mapping, String key) {
        return mapping.getValue().stream().anyMatch(tuple -> tuple.getKeyNode() instanceof ScalarNode scalar
                && scalar.getValue().equals(key));
    }

    private void readDefinition(YamlDocument document, Node node, Map<String, Node> fields, String field) {
        Optional<String> id = document.optionalText(fields, "id", field);
        if (id.isEmpty()) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, field + ".id", "an entity needs an id");
            return;
        }
        String path = id.get();
        if (!ID.matcher(id.get()).matches()) {
            document.error(ErrorCode.INVALID_VALUE, fields.get("id"), path + ".id", "id '" + id.get()
                    + "' is not of the form prefix/slug (lower-case letters, digits, '-' and '.')");
        }
        Optional<String> type = document.optionalText(fields, "type", path);
        if (type.isEmpty()) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, path + ".type", "an entity needs a type");
        } else {
            checkType(document, fields.get("type"), path, id.get(), type.get());
        }
        Optional<String> name = document.optionalText(fields, "name", path);
        if (name.isEmpty()) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, path + ".name", "an entity needs a display name");
        }
        String description = document.optionalText(fields, "description", path).orElse(null);
        List<Name> names = names(document, fields.get("names"), path + ".names");
        List<Citation> citations = citations(document, fields.get("cite"), path + ".cite");
        List<Statement> statements = statements(document, fields.get("statements"), id.get(), path + ".statements");
        definitions.add(new Definition(id.get(), type.orElse(null), name.orElse(id.get()), names, description,
                citations, statements, document.position(node, path)));
    }

    private void checkType(YamlDocument document, Node typeNode, String path, String id, String typeId) {
        var type = schema.type(typeId);
        if (type.isEmpty()) {
            document.error(ErrorCode.UNKNOWN_REFERENCE, typeNode, path + ".type", "unknown type '" + typeId + "'");
            return;
        }
        if (type.get().isAbstract()) {
            document.error(ErrorCode.INVALID_VALUE, typeNode, path + ".type", "type '" + typeId
                    + "' is abstract; use one of its subtypes");
            return;
        }
        String prefix = id.substring(0, Math.max(0, id.indexOf('/')));
        if (type.get().prefix() != null && !type.get().prefix().equals(prefix)) {
            document.error(ErrorCode.INVALID_VALUE, typeNode, path + ".id", "a " + typeId + " id must start with '"
                    + type.get().prefix() + "/', not '" + prefix + "/'");
        }
    }

    private void readExtension(YamlDocument document, Node node, Map<String, Node> fields, String field) {
        Optional<String> target = document.optionalText(fields, "extend", field);
        if (target.isEmpty()) {
            return;
        }
        String path = "extend " + target.get();
        extensions.add(new Extension(target.get(), names(document, fields.get("names"), path + ".names"),
                citations(document, fields.get("cite"), path + ".cite"),
                statements(document, fields.get("statements"), target.get(), path + ".statements"),
                document.position(node, path)));
    }

    private List<Name> names(YamlDocument document, Node node, String field) {
        List<Name> names = new ArrayList<>();
        List<Node> items = document.items(node, field, false);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String path = field + "[" + i + "]";
            if (item instanceof ScalarNode) {
                document.text(item, path).ifPresent(text -> names.add(new Name(text, "alias", null, List.of(),
                        document.position(item, path))));
                continue;
            }
            document.fields(item, path, NAME_FIELDS).ifPresent(fields -> {
                Optional<String> text = document.optionalText(fields, "text", path);
                if (text.isEmpty()) {
                    document.error(ErrorCode.INVALID_FILE_FORMAT, item, path + ".text", "a name needs its text");
                    return;
                }
                String kind = document.optionalText(fields, "kind", path).orElse("alias");
                if (!Name.KINDS.contains(kind)) {
                    document.error(ErrorCode.INVALID_VALUE, fields.get("kind"), path + ".kind", "unknown name kind '"
                            + kind + "'; expected one of " + String.join(", ", Name.KINDS));
                }
                names.add(new Name(text.get(), kind, document.optionalText(fields, "lang", path).orElse(null),
                        citations(document, fields.get("cite"), path + ".cite"), document.position(item, path)));
            });
        }
        return names;
    }

    List<Citation> citations(YamlDocument document, Node node, String field) {
        List<Citation> citations = new ArrayList<>();
        List<Node> items = document.items(node, field, true);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String path = items.size() == 1 ? field : field + "[" + i + "]";
            document.fields(item, path, CITATION_FIELDS).ifPresent(fields -> {
                Optional<String> source = document.optionalText(fields, "source", path);
                if (source.isEmpty()) {
                    document.error(ErrorCode.MISSING_CITATION, item, path + ".source", "a citation needs a source");
                    return;
                }
                Map<String, String> locator = new LinkedHashMap<>();
                for (Map.Entry<String, Node> entry : fields.entrySet()) {
                    if (Citation.LOCATOR_KEYS.contains(entry.getKey())) {
                        document.text(entry.getValue(), path + "." + entry.getKey())
                                .ifPresent(text -> locator.put(entry.getKey(), text));
                    }
                }
                citations.add(new Citation(source.get(), document.optionalText(fields, "via", path).orElse(null),
                        locator, document.position(item, path)));
            });
        }
        return citations;
    }

    private List<Statement> statements(YamlDocument document, Node node, String subject, String field) {
        List<Statement> statements = new ArrayList<>();
        List<Node> items = document.items(node, field, false);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String path = field + "[" + i + "]";
            document.fields(item, path, STATEMENT_FIELDS)
                    .flatMap(fields -> statement(document, item, fields, subject, path))
                    .ifPresent(statements::add);
        }
        return statements;
    }

    private Optional<Statement> statement(YamlDocument document, Node node, Map<String, Node> fields, String subject,
            String field) {
        Optional<String> propertyId = document.optionalText(fields, "property", field);
        if (propertyId.isEmpty()) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, field + ".property", "a statement needs a property");
            return Optional.empty();
        }
        String path = field + "(" + propertyId.get() + ")";
        Optional<PropertyDefinition> property = schema.property(propertyId.get());
        if (property.isEmpty()) {
            document.error(ErrorCode.UNKNOWN_REFERENCE, fields.get("property"), path + ".property",
                    "unknown property '" + propertyId.get() + "'");
            return Optional.empty();
        }
        List<Citation> citations = citations(document, fields.get("cite"), path + ".cite");
        if (!fields.containsKey("cite")) {
            document.error(ErrorCode.MISSING_CITATION, node, path + ".cite", "the statement has no citation");
        }
        Value value = value(document, fields, property.get(), path);
        if (value == null) {
            return Optional.empty();
        }
        TimeQualifiers time = time(document, fields, path);
        Map<String, Value> qualifiers = qualifiers(document, fields.get("qualifiers"), path + ".qualifiers");
        return Optional.of(new Statement(subject, propertyId.get(), value, time, qualifiers, citations,
                document.optionalText(fields, "conflict", path).orElse(null),
                document.optionalText(fields, "note", path).orElse(null),
                document.optionalText(fields, "id", path).orElse(null),
                document.position(node, path)));
    }

    private Value value(YamlDocument document, Map<String, Node> fields, PropertyDefinition property, String path) {
        boolean hasValue = fields.containsKey("value") && !YamlDocument.isNull(fields.get("value"));
        boolean hasMissing = fields.containsKey("missing");
        if (hasValue == hasMissing) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, fields.getOrDefault("value", fields.get("property")), path + ".value",
                    hasValue ? "give either 'value' or 'missing', not both" : "the statement needs a 'value' (or 'missing' with a note)");
            return null;
        }
        Optional<String> unit = document.optionalText(fields, "unit", path);
        if (hasMissing) {
            unit.ifPresent(id -> checkUnit(document, fields.get("unit"), path, property, id));
            return document.text(fields.get("missing"), path + ".missing").map(Value.Missing::new).orElse(null);
        }
        Node valueNode = fields.get("value");
        String valuePath = path + ".value";
        if (property.datatype() != Datatype.QUANTITY) {
            if (unit.isPresent()) {
                document.error(ErrorCode.INVALID_VALUE, fields.get("unit"), path + ".unit", "property '" + property.id()
                        + "' is " + property.datatype().id() + ", so it takes no unit");
            }
            if (fields.containsKey("approx")) {
                document.error(ErrorCode.INVALID_VALUE, fields.get("approx"), path + ".approx",
                        "'approx' applies only to quantities");
            }
        }
        if (property.datatype() == Datatype.QUANTITY) {
            return quantity(document, valueNode, fields, property, unit, path);
        }
        return typed(document, valueNode, valuePath, property.datatype(), property.values());
    }

    private Value quantity(YamlDocument document, Node valueNode, Map<String, Node> fields, PropertyDefinition property,
            Optional<String> unit, String path) {
        boolean approximate = document.optionalText(fields, "approx", path).map(text -> {
            if (!text.equals("true") && !text.equals("false")) {
                document.error(ErrorCode.INVALID_VALUE, fields.get("approx"), path + ".approx", "expected true or false");
            }
            return text.equals("true");
        }).orElse(false);
        if (unit.isEmpty()) {
            document.error(ErrorCode.INVALID_VALUE, valueNode, path + ".unit", "a quantity needs a unit");
            return null;
        }
        if (!checkUnit(document, fields.get("unit"), path, property, unit.get())) {
            return null;
        }
        if (valueNode instanceof MappingNode) {
            Optional<Map<String, Node>> range = document.fields(valueNode, path + ".value", RANGE_FIELDS);
            if (range.isEmpty()) {
                return null;
            }
            BigDecimal min = range.get().containsKey("min") ? number(document, range.get().get("min"), path + ".value.min") : null;
            BigDecimal max = range.get().containsKey("max") ? number(document, range.get().get("max"), path + ".value.max") : null;
            if (min == null && max == null) {
                document.error(ErrorCode.INVALID_VALUE, valueNode, path + ".value", "a range needs min, max or both");
                return null;
            }
            if (min != null && max != null && min.compareTo(max) > 0) {
                document.error(ErrorCode.INVALID_VALUE, valueNode, path + ".value", "min " + min + " is above max " + max);
                return null;
            }
            return new Value.Quantity(null, min, max, unit.get(), approximate);
        }
        BigDecimal amount = number(document, valueNode, path + ".value");
        return amount == null ? null : new Value.Quantity(amount, null, null, unit.get(), approximate);
    }

    private boolean checkUnit(YamlDocument document, Node unitNode, String path, PropertyDefinition property, String unitId) {
        Optional<Unit> unit = schema.unit(unitId);
        if (unit.isEmpty()) {
            document.error(ErrorCode.UNKNOWN_REFERENCE, unitNode, path + ".unit", "unknown unit '" + unitId + "'");
            return false;
        }
        if (property.dimension() != null && !property.dimension().equals(unit.get().dimension())) {
            document.error(ErrorCode.INVALID_VALUE, unitNode, path + ".unit", "unit '" + unitId + "' measures "
                    + unit.get().dimension() + " but property '" + property.id() + "' is a " + property.dimension());
            return false;
        }
        return true;
    }

    private static BigDecimal number(YamlDocument document, Node node, String path) {
        Optional<String> text = document.text(node, path);
        if (text.isEmpty()) {
            return null;
        }
        if (!PLAIN_NUMBER.matcher(text.get()).matches()) {
            String hint = text.get().matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? " (write numbers without thousands separators)" : "";
            document.error(ErrorCode.INVALID_VALUE, node, path, "not a number: '" + text.get() + "'" + hint);
            return null;
        }
        return new BigDecimal(text.get());
    }

    /** Reads a scalar as a datatype other than quantity; reports and returns null when it does not fit. */
    Value typed(YamlDocument document, Node node, String path, Datatype datatype, List<String> enumValues) {
        Optional<String> text = document.text(node, path);
        if (text.isEmpty()) {
            return null;
        }
        String raw = text.get();
        switch (datatype) {
            case REF -> {
                if (!ID.matcher(raw).matches()) {
                    document.error(ErrorCode.INVALID_VALUE, node, path, "'" + raw + "' is not an entity id");
                    return null;
                }
                return new Value.EntityRef(raw);
            }
            case TEXT -> {
                return new Value.Text(raw);
            }
            case URL -> {
                if (!raw.startsWith("http://") && !raw.startsWith("https://")) {
                    document.error(ErrorCode.INVALID_VALUE, node, path, "not a web address (http:// or https://): '" + raw + "'");
                    return null;
                }
                return new Value.Text(raw);
            }
            case ENUM -> {
                if (!enumValues.contains(raw)) {
                    document.error(ErrorCode.INVALID_VALUE, node, path, "'" + raw + "' is not one of " + String.join(", ", enumValues));
                    return null;
                }
                return new Value.Text(raw);
            }
            case DATE -> {
                Optional<PartialDate> date = PartialDate.parse(raw);
                if (date.isEmpty()) {
                    document.error(ErrorCode.INVALID_VALUE, node, path, "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + raw + "'");
                    return null;
                }
                return new Value.DateValue(date.get());
            }
            case INTEGER -> {
                try {
                    return new Value.IntegerValue(Long.parseLong(raw));
                } catch (NumberFormatException notInteger) {
                    document.error(ErrorCode.INVALID_VALUE, node, path, "not a whole number: '" + raw + "'");
                    return null;
                }
            }
            case BOOLEAN -> {
                String lower = raw.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("yes")) {
                    return new Value.BooleanValue(true);
                }
                if (lower.equals("false") || lower.equals("no")) {
                    return new Value.BooleanValue(false);
                }
                document.error(ErrorCode.INVALID_VALUE, node, path, "expected true or false: '" + raw + "'");
                return null;
            }
            case GEO -> {
                String[] parts = raw.split(",");
                try {
                    if (parts.length == 2) {
                        double latitude = Double.parseDouble(parts[0].trim());
                        double longitude = Double.parseDouble(parts[1].trim());
                        if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                            return new Value.GeoPoint(latitude, longitude);
                        }
                    }
                } catch (NumberFormatException notNumber) {
                    // reported below
                }
                document.error(ErrorCode.INVALID_VALUE, node, path, "expected \"latitude, longitude\" in decimal degrees: '" + raw + "'");
                return null;
            }
            default -> throw new IllegalStateException("quantities are read by quantity(): " + datatype);
        }
    }

    private static TimeQualifiers time(YamlDocument document, Map<String, Node> fields, String path) {
        PartialDate at = date(document, fields, "at", path);
        PartialDate from = date(document, fields, "from", path);
        PartialDate to = date(document, fields, "to", path);
        PartialDate asOf = date(document, fields, "as_of", path);
        PartialDate vintage = date(document, fields, "vintage", path);
        if (from != null && to != null && from.compareTo(to.end()) > 0) {
            document.error(ErrorCode.INVALID_VALUE, fields.get("from"), path + ".from", "'from' " + from + " is after 'to' " + to);
        }
        return new TimeQualifiers(at, from, to, asOf, vintage);
    }

    private static PartialDate date(YamlDocument document, Map<String, Node> fields, String key, String path) {
        Optional<String> text = document.optionalText(fields, key, path);
        if (text.isEmpty()) {
            return null;
        }
        Optional<PartialDate> date = PartialDate.parse(text.get());
        if (date.isEmpty()) {
            document.error(ErrorCode.INVALID_VALUE, fields.get(key), path + "." + key,
                    "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text.get() + "'");
            return null;
        }
        return date.get();
    }

    private Map<String, Value> qualifiers(YamlDocument document, Node node, String path) {
        Map<String, Value> qualifiers = new LinkedHashMap<>();
        if (node == null || YamlDocument.isNull(node)) {
            return qualifiers;
        }
        document.fields(node, path, Set.of()).ifPresent(fields -> fields.forEach((key, valueNode) -> {
            Optional<QualifierDefinition> qualifier = schema.qualifier(key);
            if (qualifier.isEmpty()) {
                document.error(ErrorCode.UNKNOWN_REFERENCE, valueNode, path + "." + key, "unknown qualifier '" + key + "'");
                return;
            }
            Value value = typed(document, valueNode, path + "." + key, qualifier.get().datatype(), qualifier.get().values());
            if (value != null) {
                qualifiers.put(key, value);
            }
        }));
        return qualifiers;
    }

    private static Set<String> orderedSet(String... items) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(items)));
    }
}
