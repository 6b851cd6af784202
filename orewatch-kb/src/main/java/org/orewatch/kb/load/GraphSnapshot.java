package org.orewatch.kb.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.orewatch.core.SourcePosition;
import org.orewatch.kb.Citation;
import org.orewatch.kb.Datatype;
import org.orewatch.kb.Dimension;
import org.orewatch.kb.Entity;
import org.orewatch.kb.EntityType;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.Name;
import org.orewatch.kb.PartialDate;
import org.orewatch.kb.PropertyDefinition;
import org.orewatch.kb.QualifierDefinition;
import org.orewatch.kb.Schema;
import org.orewatch.kb.Statement;
import org.orewatch.kb.TimeQualifiers;
import org.orewatch.kb.Unit;
import org.orewatch.kb.Value;

/**
 * A compact binary copy of a validated knowledge graph, so that commands other than
 * {@code kb validate} start without parsing YAML. Parsing the YAML files cold costs most of a
 * second; reading this costs a small fraction of that.
 *
 * <p>A snapshot is tied to a fingerprint of the files it came from (every YAML file's path, size
 * and modification time). A snapshot whose fingerprint does not match is ignored and rewritten
 * after the next full load, so an edit to any file is always seen. Only valid graphs are written.
 * Strings are written once in a table and referred to by index.
 */
public final class GraphSnapshot {

    private static final int MAGIC = 0x4f574b42; // "OWKB"
    private static final int VERSION = 2;

    private GraphSnapshot() {
    }

    /** The fingerprint of a knowledge-base folder: a hash over each YAML file's path, size and time. */
    public static String fingerprint(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(root.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            for (Path file : files) {
                digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.UTF_8));
                digest.update(Long.toString(Files.getLastModifiedTime(file).toMillis()).getBytes(StandardCharsets.UTF_8));
            }
            return String.format("%064x", new BigInteger(1, digest.digest()));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    /** Writes the graph to {@code file} atomically. */
    public static void write(KnowledgeGraph graph, String fingerprint, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                new Writer(new DataOutputStream(new BufferedOutputStream(out, 1 << 16))).write(graph, fingerprint);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The graph in {@code file} when it exists, is readable and carries {@code fingerprint}; else empty. */
    public static Optional<KnowledgeGraph> read(Path file, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new Reader(new DataInputStream(new BufferedInputStream(in, 1 << 16))).read(fingerprint);
        } catch (IOException | RuntimeException unusable) {
            // A damaged or foreign file is only a cache miss: the YAML is loaded instead.
            return Optional.empty();
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new LinkedHashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(KnowledgeGraph graph, String fingerprint) throws IOException {
            // Collect strings first so the table can be written ahead of the data.
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(1 << 20);
            DataOutputStream data = new DataOutputStream(body);
            Schema schema = graph.schema();
            data.writeInt(schema.types().size());
            for (EntityType type : schema.types()) {
                str(data, type.id());
                str(data, type.label());
                str(data, type.parent());
                str(data, type.prefix());
                str(data, type.ftmSchema());
                data.writeBoolean(type.isAbstract());
                position(data, type.position());
            }
            data.writeInt(schema.properties().size());
            for (PropertyDefinition property : schema.properties()) {
                str(data, property.id());
                str(data, property.label());
                str(data, property.inverseLabel());
                data.writeByte(property.datatype().ordinal());
                strings(data, property.range());
                str(data, property.dimension());
                strings(data, property.values());
                data.writeBoolean(property.functional());
                str(data, property.ftmProperty());
                str(data, property.ftmLink());
                data.writeBoolean(property.walkable());
                position(data, property.position());
            }
            data.writeInt(schema.qualifiers().size());
            for (QualifierDefinition qualifier : schema.qualifiers()) {
                str(data, qualifier.id());
                str(data, qualifier.label());
                data.writeByte(qualifier.datatype().ordinal());
                strings(data, qualifier.range());
                strings(data, qualifier.values());
                position(data, qualifier.position());
            }
            data.writeInt(schema.dimensions().size());
            for (Dimension dimension : schema.dimensions()) {
                str(data, dimension.id());
                str(data, dimension.baseUnit());
                str(data, dimension.label());
                position(data, dimension.position());
            }
            data.writeInt(schema.units().size());
            for (Unit unit : schema.units()) {
                str(data, unit.id());
                str(data, unit.dimension());
                str(data, unit.factor().toString());
                str(data, unit.label());
                str(data, unit.display());
                position(data, unit.position());
            }
            data.writeInt(graph.size());
            for (Entity entity : graph.entities()) {
                str(data, entity.id());
                str(data, entity.type());
                str(data, entity.name());
                data.writeInt(entity.names().size());
                for (Name name : entity.names()) {
                    str(data, name.text());
                    str(data, name.kind());
                    str(data, name.lang());
                    citations(data, name.citations());
                    position(data, name.position());
                }
                str(data, entity.description());
                citations(data, entity.citations());
                data.writeInt(entity.statements().size());
                for (Statement statement : entity.statements()) {
                    str(data, statement.property());
                    value(data, statement.value());
                    TimeQualifiers time = statement.time();
                    for (PartialDate date : new PartialDate[] {time.at(), time.from(), time.to(), time.asOf(), time.vintage()}) {
                        date(data, date);
                    }
                    data.writeInt(statement.qualifiers().size());
                    for (Map.Entry<String, Value> qualifier : statement.qualifiers().entrySet()) {
                        str(data, qualifier.getKey());
                        value(data, qualifier.getValue());
                    }
                    citations(data, statement.citations());
                    str(data, statement.conflict());
                    str(data, statement.note());
                    str(data, statement.id());
                    position(data, statement.position());
                }
                position(data, entity.position());
            }
            data.flush();
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(fingerprint);
            out.writeInt(strings.size());
            for (String string : strings.keySet()) {
                byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            body.writeTo(out);
            out.flush();
        }

        private void str(DataOutputStream data, String value) throws IOException {
            data.writeInt(value == null ? -1 : strings.computeIfAbsent(value, v -> strings.size()));
        }

        private void strings(DataOutputStream data, List<String> values) throws IOException {
            data.writeInt(values.size());
            for (String value : values) {
                str(data, value);
            }
        }

        private void position(DataOutputStream data, SourcePosition position) throws IOException {
            str(data, position.file());
            data.writeInt(position.line());
            data.writeInt(position.column());
            str(data, position.field());
        }

        private void date(DataOutputStream data, PartialDate date) throws IOException {
            data.writeShort(date == null ? -1 : date.year());
            if (date != null) {
                data.writeByte(date.month());
                data.writeByte(date.day());
            }
        }

        private void citations(DataOutputStream data, List<Citation> citations) throws IOException {
            data.writeInt(citations.size());
            for (Citation citation : citations) {
                str(data, citation.source());
                str(data, citation.via());
                data.writeInt(citation.locator().size());
                for (Map.Entry<String, String> entry : citation.locator().entrySet()) {
                    str(data, entry.getKey());
                    str(data, entry.getValue());
                }
                position(data, citation.position());
            }
        }

        private void value(DataOutputStream data, Value value) throws IOException {
            if (value instanceof Value.EntityRef ref) {
                data.writeByte(0);
                str(data, ref.id());
            } else if (value instanceof Value.Quantity quantity) {
                data.writeByte(1);
                str(data, quantity.amount() == null ? null : quantity.amount().toString());
                str(data, quantity.min() == null ? null : quantity.min().toString());
                str(data, quantity.max() == null ? null : quantity.max().toString());
                str(data, quantity.unit());
                data.writeBoolean(quantity.approximate());
            } else if (value instanceof Value.Text text) {
                data.writeByte(2);
                str(data, text.text());
            } else if (value instanceof Value.DateValue date) {
                data.writeByte(3);
                date(data, date.date());
            } else if (value instanceof Value.IntegerValue integer) {
                data.writeByte(4);
                data.writeLong(integer.number());
            } else if (value instanceof Value.BooleanValue truth) {
                data.writeByte(5);
                data.writeBoolean(truth.truth());
            } else if (value instanceof Value.GeoPoint point) {
                data.writeByte(6);
                data.writeDouble(point.latitude());
                data.writeDouble(point.longitude());
            } else if (value instanceof Value.Missing missing) {
                data.writeByte(7);
                str(data, missing.note());
            }
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private String[] strings;
        private final Map<String, BigDecimal> numbers = new HashMap<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Optional<KnowledgeGraph> read(String fingerprint) throws IOException {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !in.readUTF().equals(fingerprint)) {
                return Optional.empty();
            }
            strings = new String[in.readInt()];
            for (int i = 0; i < strings.length; i++) {
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                strings[i] = new String(bytes, StandardCharsets.UTF_8);
            }
            List<EntityType> types = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                types.add(new EntityType(str(), str(), str(), str(), str(), in.readBoolean(), position()));
            }
            List<PropertyDefinition> properties = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                properties.add(new PropertyDefinition(str(), str(), str(), Datatype.values()[in.readByte()], strings(), str(),
                        strings(), in.readBoolean(), str(), str(), in.readBoolean(), position()));
            }
            List<QualifierDefinition> qualifiers = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                qualifiers.add(new QualifierDefinition(str(), str(), Datatype.values()[in.readByte()], strings(), strings(),
                        position()));
            }
            List<Dimension> dimensions = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                dimensions.add(new Dimension(str(), str(), str(), position()));
            }
            List<Unit> units = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                units.add(new Unit(str(), str(), new BigDecimal(str()), str(), str(), position()));
            }
            Schema schema = new Schema(types, properties, qualifiers, units, dimensions);
            int entityCount = in.readInt();
            List<Entity> entities = new ArrayList<>(entityCount);
            for (int e = 0; e < entityCount; e++) {
                String id = str();
                String type = str();
                String name = str();
                List<Name> names = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    names.add(new Name(str(), str(), str(), citations(), position()));
                }
                String description = str();
                List<Citation> citations = citations();
                int statementCount = in.readInt();
                List<Statement> statements = new ArrayList<>(statementCount);
                for (int s = 0; s < statementCount; s++) {
                    String property = str();
                    Value value = value();
                    TimeQualifiers time = new TimeQualifiers(date(), date(), date(), date(), date());
                    Map<String, Value> qualifierValues = new LinkedHashMap<>();
                    for (int i = in.readInt(); i > 0; i--) {
                        qualifierValues.put(str(), value());
                    }
                    statements.add(new Statement(id, property, value, time, qualifierValues, citations(), str(), str(), str(),
                            position()));
                }
                entities.add(new Entity(id, type, name, names, description, citations, statements, position()));
            }
            return Optional.of(new KnowledgeGraph(schema, entities));
        }

        private String str() throws IOException {
            int index = in.readInt();
            return index < 0 ? null : strings[index];
        }

        private List<String> strings() throws IOException {
            int count = in.readInt();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(str());
            }
            return values;
        }

        private SourcePosition position() throws IOException {
            return new SourcePosition(str(), in.readInt(), in.readInt(), str());
        }

        private PartialDate date() throws IOException {
            short year = in.readShort();
            if (year < 0) {
                return null;
            }
            return new PartialDate(year, in.readByte(), in.readByte());
        }

        private List<Citation> citations() throws IOException {
            int count = in.readInt();
            List<Citation> citations = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String source = str();
                String via = str();
                Map<String, String> locator = new LinkedHashMap<>();
                for (int k = in.readInt(); k > 0; k--) {
                    locator.put(str(), str());
                }
                citations.add(new Citation(source, via, locator, position()));
            }
            return citations;
        }

        private BigDecimal number(String text) {
            return text == null ? null : numbers.computeIfAbsent(text, BigDecimal::new);
        }

        private Value value() throws IOException {
            byte tag = in.readByte();
            return switch (tag) {
                case 0 -> new Value.EntityRef(str());
                case 1 -> new Value.Quantity(number(str()), number(str()), number(str()), str(), in.readBoolean());
                case 2 -> new Value.Text(str());
                case 3 -> new Value.DateValue(date());
                case 4 -> new Value.IntegerValue(in.readLong());
                case 5 -> new Value.BooleanValue(in.readBoolean());
                case 6 -> new Value.GeoPoint(in.readDouble(), in.readDouble());
                case 7 -> new Value.Missing(str());
                default -> throw new IOException("unknown value tag " + tag);
            };
        }
    }
}
