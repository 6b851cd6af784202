package org.orewatch.kb.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.SourcePosition;
import org.orewatch.kb.Datatype;
import org.orewatch.kb.Dimension;
import org.orewatch.kb.EntityType;
import org.orewatch.kb.PropertyDefinition;
import org.orewatch.kb.QualifierDefinition;
import org.orewatch.kb.Schema;
import org.orewatch.kb.Unit;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code kb/schema/}: {@code types.yaml}, {@code units.yaml}, and every file in
 * {@code properties/} and {@code qualifiers/}, then checks that the vocabulary is consistent
 * (parents and ranges name existing types, no cycles, units name existing dimensions).
 */
final class SchemaReader {

    private static final Set<String> TYPE_FIELDS = ordered("id", "parent", "label", "prefix", "ftm", "abstract");
    private static final Set<String> PROPERTY_FIELDS = ordered("id", "label", "inverse", "datatype", "range",
            "dimension", "values", "functional", "ftm", "ftm_link", "path");
    private static final Set<String> QUALIFIER_FIELDS = ordered("id", "label", "datatype", "range", "values");
    private static final Set<String> UNIT_FIELDS = ordered("id", "dimension", "factor", "label", "display");
    private static final Set<String> DIMENSION_FIELDS = ordered("id", "base", "label");

    private final KbFiles files;
    private final List<Problem> problems;

    private final List<EntityType> types = new ArrayList<>();
    private final List<PropertyDefinition> properties = new ArrayList<>();
    private final List<QualifierDefinition> qualifiers = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Dimension> dimensions = new ArrayList<>();

    private static Set<String> ordered(String... fields) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(fields)));
    }

    SchemaReader(KbFiles files, List<Problem> problems) {
        this.files = files;
        this.problems = problems;
    }

    Schema read() throws IOException {
        Path schemaDir = files.root().resolve("schema");
        if (!Files.isDirectory(schemaDir)) {
            problems.add(Problem.error(ErrorCode.FILE_NOT_FOUND, SourcePosition.file(files.display(schemaDir)),
                    "the knowledge base has no schema/ folder"));
            return new Schema(types, properties, qualifiers, units, dimensions);
        }
        readList(schemaDir.resolve("types.yaml"), "types", TYPE_FIELDS, this::readType, true);
        readList(schemaDir.resolve("units.yaml"), "dimensions", DIMENSION_FIELDS, this::readDimension, true);
        readList(schemaDir.resolve("units.yaml"), "units", UNIT_FIELDS, this::readUnit, true);
        for (Path file : yamlFiles(schemaDir.resolve("properties"))) {
            readList(file, "properties", PROPERTY_FIELDS, this::readProperty, false);
        }
        for (Path file : yamlFiles(schemaDir.resolve("qualifiers"))) {
            readList(file, "qualifiers", QUALIFIER_FIELDS, this::readQualifier, false);
        }
        Schema schema = new Schema(types, properties, qualifiers, units, dimensions);
        checkConsistency(schema);
        return schema;
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private interface ItemReader {
        void read(YamlDocument document, Map<String, Node> fields, Node node, String field);
    }

    private final Map<Path, Optional<Node>> parsed = new HashMap<>();

    private void readList(Path file, String key, Set<String> itemFields, ItemReader itemReader, boolean required) {
        String display = files.display(file);
        if (!Files.isRegularFile(file)) {
            if (required) {
                problems.add(Problem.error(ErrorCode.FILE_NOT_FOUND, SourcePosition.file(display), "schema file is missing"));
            }
            return;
        }
        Optional<Node> root = parsed.computeIfAbsent(file, f -> YamlDocument.parse(f, display, problems));
        if (root.isEmpty()) {
            return;
        }
        YamlDocument document = YamlDocument.reader(display, problems);
        Optional<Map<String, Node>> top = document.fields(root.get(), "", Set.of());
        if (top.isEmpty()) {
            return;
        }
        Node list = top.get().get(key);
        if (list == null) {
            if (!top.get().keySet().stream().anyMatch(Set.of("types", "units", "dimensions", "properties", "qualifiers")::contains)) {
                document.error(ErrorCode.INVALID_FILE_FORMAT, root.get(), key, "expected a top-level '" + key + ":' list");
            }
            return;
        }
        List<Node> nodes = document.items(list, key, false);
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String field = key + "[" + i + "]";
            document.fields(node, field, itemFields).ifPresent(fields -> itemReader.read(document, fields, node, field));
        }
    }

    private void readType(YamlDocument document, Map<String, Node> fields, Node node, String field) {
        Optional<String> id = document.optionalText(fields, "id", field);
        if (id.isEmpty()) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, field + ".id", "a type needs an id");
            return;
        }
        String ftm = document.optionalText(fields, "ftm", field).filter(value -> !value.equals("-")).orElse(null);
        boolean isAbstract = document.optionalText(fields, "abstract", field).map(Boolean::parseBoolean).orElse(false);
        String prefix = document.optionalText(fields, "prefix", field).orElse(null);
        if (!isAbstract && prefix == null) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, field + ".prefix", "a concrete type needs an id prefix");
        }
        types.add(new EntityType(id.get(), document.optionalText(fields, "label", field).orElse(id.get()),
                document.optionalText(fields, "parent", field).orElse(null), prefix, ftm, isAbstract,
                document.position(node, field)));
    }

    private void readDimension(YamlDocument document, Map<String, Node> fields, Node node, String field) {
        Optional<String> id = document.optionalText(fields, "id", field);
        Optional<String> base = document.optionalText(fields, "base", field);
        if (id.isEmpty() || base.isEmpty()) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, field, "a dimension needs an id and a base unit");
            return;
        }
        dimensions.add(new Dimension(id.get(), base.get(), document.optionalText(fields, "label", field).orElse(id.get()),
                document.position(node, field)));
    }

    private void readUnit(YamlDocument document, Map<String, Node> fields, Node node, String field) {
        Optional<String> id = document.optionalText(fields, "id", field);
        Optional<String> dimension = document.optionalText(fields, "dimension", field);
        Optional<String> factor = document.optionalText(fields, "factor", field);
        if (id.isEmpty() || dimension.isEmpty() || factor.isEmpty()) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, field, "a unit needs an id, a dimension and a factor");
            return;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(factor.get());
        } catch (NumberFormatException notNumber) {
            document.error(ErrorCode.INVALID_VALUE, fields.get("factor"), field + ".factor", "not a number: " + factor.get());
            return;
        }
        String display = document.optionalText(fields, "display", field).orElse(null);
        if (display != null && !display.contains("{n}")) {
            document.error(ErrorCode.INVALID_VALUE, fields.get("display"), field + ".display",
                    "a display pattern must contain {n} for the number");
        }
        units.add(new Unit(id.get(), dimension.get(), amount, document.optionalText(fields, "label", field).orElse(id.get()),
                display, document.position(node, field)));
    }

    private void readProperty(YamlDocument document, Map<String, Node> fields, Node node, String field) {
        Optional<String> id = document.optionalText(fields, "id", field);
        if (id.isEmpty()) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, field + ".id", "a property needs an id");
            return;
        }
        Datatype datatype = datatype(document, fields, field, node);
        if (datatype == null) {
            return;
        }
        if (datatype == Datatype.QUANTITY && !fields.containsKey("dimension")) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, field + ".dimension", "a quantity property needs a dimension");
        }
        if (datatype == Datatype.ENUM && !fields.containsKey("values")) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, field + ".values", "an enum property needs its values");
        }
        properties.add(new PropertyDefinition(id.get(), document.optionalText(fields, "label", field).orElse(id.get()),
                document.optionalText(fields, "inverse", field).orElse(null), datatype,
                document.texts(fields, "range", field), document.optionalText(fields, "dimension", field).orElse(null),
                document.texts(fields, "values", field),
                document.optionalText(fields, "functional", field).map(Boolean::parseBoolean).orElse(false),
                document.optionalText(fields, "ftm", field).orElse(null),
                document.optionalText(fields, "ftm_link", field).orElse(null),
                document.optionalText(fields, "path", field).map(Boolean::parseBoolean).orElse(true),
                document.position(node, field)));
    }

    private void readQualifier(YamlDocument document, Map<String, Node> fields, Node node, String field) {
        Optional<String> id = document.optionalText(fields, "id", field);
        if (id.isEmpty()) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, field + ".id", "a qualifier needs an id");
            return;
        }
        Datatype datatype = datatype(document, fields, field, node);
        if (datatype == null) {
            return;
        }
        if (Set.of(Datatype.QUANTITY, Datatype.GEO).contains(datatype)) {
            document.error(ErrorCode.INVALID_VALUE, fields.get("datatype"), field + ".datatype",
                    "a qualifier may be ref, text, enum, integer, date, boolean or url");
            return;
        }
        qualifiers.add(new QualifierDefinition(id.get(), document.optionalText(fields, "label", field).orElse(id.get()),
                datatype, document.texts(fields, "range", field), document.texts(fields, "values", field),
                document.position(node, field)));
    }

    private static Datatype datatype(YamlDocument document, Map<String, Node> fields, String field, Node node) {
        Optional<String> text = document.optionalText(fields, "datatype", field);
        if (text.isEmpty()) {
            document.error(ErrorCode.INVALID_FILE_FORMAT, node, field + ".datatype", "a datatype is required");
            return null;
        }
        Optional<Datatype> datatype = Datatype.parse(text.get());
        if (datatype.isEmpty()) {
            document.error(ErrorCode.INVALID_VALUE, fields.get("datatype"), field + ".datatype",
                    "unknown datatype '" + text.get() + "'");
            return null;
        }
        return datatype.get();
    }

    private void checkConsistency(Schema schema) {
        duplicates(types.stream().map(type -> Map.entry(type.id(), type.position())).toList(), "type");
        duplicates(properties.stream().map(property -> Map.entry(property.id(), property.position())).toList(), "property");
        duplicates(qualifiers.stream().map(qualifier -> Map.entry(qualifier.id(), qualifier.position())).toList(), "qualifier");
        duplicates(units.stream().map(unit -> Map.entry(unit.id(), unit.position())).toList(), "unit");
        duplicates(dimensions.stream().map(dimension -> Map.entry(dimension.id(), dimension.position())).toList(), "dimension");
        for (EntityType type : types) {
            if (type.parent() != null && schema.type(type.parent()).isEmpty()) {
                problems.add(Problem.error(ErrorCode.UNKNOWN_REFERENCE, type.position().withField("parent"),
                        "type '" + type.id() + "' names unknown parent '" + type.parent() + "'"));
            }
            if (schema.lineage(type.id()).size() >= 64) {
                problems.add(Problem.error(ErrorCode.INVALID_VALUE, type.position().withField("parent"),
                        "type '" + type.id() + "' is its own ancestor"));
            }
        }
        for (PropertyDefinition property : properties) {
            checkRange(schema, property.range(), property.position());
            if (property.dimension() != null && schema.dimension(property.dimension()).isEmpty()) {
                problems.add(Problem.error(ErrorCode.UNKNOWN_REFERENCE, property.position().withField("dimension"),
                        "property '" + property.id() + "' names unknown dimension '" + property.dimension() + "'"));
            }
        }
        for (QualifierDefinition qualifier : qualifiers) {
            checkRange(schema, qualifier.range(), qualifier.position());
        }
        for (Unit unit : units) {
            if (schema.dimension(unit.dimension()).isEmpty()) {
                problems.add(Problem.error(ErrorCode.UNKNOWN_REFERENCE, unit.position().withField("dimension"),
                        "unit '" + unit.id() + "' names unknown dimension '" + unit.dimension() + "'"));
            }
        }
    }

    private void checkRange(Schema schema, List<String> range, SourcePosition position) {
        for (String typeId : range) {
            if (schema.type(typeId).isEmpty()) {
                problems.add(Problem.error(ErrorCode.UNKNOWN_REFERENCE, position.withField("range"),
                        "unknown type '" + typeId + "' in range"));
            }
        }
    }

    private void duplicates(List<Map.Entry<String, SourcePosition>> ids, String what) {
        Set<String> seen = new HashSet<>();
        Map<String, SourcePosition> first = new HashMap<>();
        for (Map.Entry<String, SourcePosition> entry : ids) {
            if (!seen.add(entry.getKey())) {
                problems.add(Problem.error(ErrorCode.DUPLICATE_ID, entry.getValue().withField("id"),
                        what + " '" + entry.getKey() + "' is already defined at " + first.get(entry.getKey())));
            } else {
                first.put(entry.getKey(), entry.getValue());
            }
        }
    }
}
