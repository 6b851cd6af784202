package org.orewatch.kb;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The loaded knowledge base: entities, their statements, and indexes for the ways users ask
 * (what points at this entity, what cites this source or table, what disagrees). Immutable and
 * safe to share between threads. Built by {@link org.orewatch.kb.load.KnowledgeBaseLoader}.
 */
public final class KnowledgeGraph {

    private final Schema schema;
    private final Map<String, Entity> entities;
    private final Map<String, List<Statement>> incoming = new HashMap<>();
    private final Map<String, List<Statement>> qualifiedBy = new HashMap<>();
    private final Map<String, List<Statement>> citing = new HashMap<>();
    private final Map<String, List<Statement>> fromSourcePart = new HashMap<>();
    private final List<Conflict> conflicts;
    private final Map<String, List<Conflict>> conflictsBySubject = new HashMap<>();
    private final int statementCount;
    private final int citationCount;

    public KnowledgeGraph(Schema schema, Collection<Entity> entities) {
        this.schema = Objects.requireNonNull(schema, "schema");
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity entity : entities) {
            byId.put(entity.id(), entity);
        }
        this.entities = Collections.unmodifiableMap(byId);
        Map<String, String> sourceParts = sourcePartsByLocator();
        int statements = 0;
        int citations = 0;
        for (Entity entity : byId.values()) {
            citations += entity.citations().size();
            for (Citation citation : entity.citations()) {
                indexCitation(citation, null, sourceParts);
            }
            for (Name name : entity.names()) {
                citations += name.citations().size();
            }
            for (Statement statement : entity.statements()) {
                statements++;
                citations += statement.citations().size();
                statement.object().ifPresent(object -> add(incoming, object, statement));
                for (Value qualifier : statement.qualifiers().values()) {
                    if (qualifier instanceof Value.EntityRef ref) {
                        add(qualifiedBy, ref.id(), statement);
                    }
                }
                for (Citation citation : statement.citations()) {
                    indexCitation(citation, statement, sourceParts);
                }
            }
        }
        this.statementCount = statements;
        this.citationCount = citations;
        this.conflicts = List.copyOf(findConflicts());
        for (Conflict conflict : conflicts) {
            for (String subject : conflict.subjects()) {
                add(conflictsBySubject, subject, conflict);
            }
        }
    }

    private void indexCitation(Citation citation, Statement statement, Map<String, String> sourceParts) {
        if (statement == null) {
            return;
        }
        add(citing, citation.source(), statement);
        citation.viaSource().ifPresent(via -> add(citing, via, statement));
        for (String kind : List.of("table", "chart", "graph", "image")) {
            citation.locate(kind).ifPresent(number -> {
                String part = sourceParts.get(citation.source() + "|" + kind + "|" + number);
                if (part != null) {
                    add(fromSourcePart, part, statement);
                }
            });
        }
    }

    /**
     * Maps "source|kind|number" to the source-part entity describing that table, chart, graph or
     * image. A source part states {@code part_of} its source, its {@code number}, and its
     * {@code kind} (else the kind of locator it cites itself with, else table).
     */
    private Map<String, String> sourcePartsByLocator() {
        Map<String, String> parts = new HashMap<>();
        for (Entity entity : entities.values()) {
            if (!schema.isA(entity.type(), "source-part")) {
                continue;
            }
            String source = first(entity, "part_of").orElse(null);
            String number = first(entity, "number").orElse(null);
            String kind = first(entity, "kind").orElseGet(() -> kindFromOwnCitations(entity));
            if (source != null && number != null) {
                parts.putIfAbsent(source + "|" + kind + "|" + number, entity.id());
            }
        }
        return parts;
    }

    /** A source part cites itself by its kind of locator: {@code graph: "1"} makes it a graph. */
    private static String kindFromOwnCitations(Entity entity) {
        java.util.stream.Stream<Citation> own = java.util.stream.Stream.concat(entity.citations().stream(),
                entity.statements().stream().flatMap(statement -> statement.citations().stream()));
        return own.flatMap(citation -> citation.locator().keySet().stream())
                .filter(key -> List.of("table", "chart", "graph", "image").contains(key))
                .findFirst().orElse("table");
    }

    private static Optional<String> first(Entity entity, String property) {
        return entity.statements().stream().filter(statement -> statement.property().equals(property))
                .map(statement -> statement.value().display()).findFirst();
    }

    private static <T> void add(Map<String, List<T>> index, String key, T item) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }

    private List<Conflict> findConflicts() {
        List<Conflict> found = new ArrayList<>();
        Map<String, List<Statement>> declared = new LinkedHashMap<>();
        for (Entity entity : entities.values()) {
            for (Statement statement : entity.statements()) {
                statement.conflictId().ifPresent(id -> add(declared, id, statement));
            }
        }
        declared.forEach((id, statements) -> {
            Entity conflict = entities.get(id);
            String description = conflict == null ? id
                    : conflict.description() == null ? conflict.name() : conflict.name() + ": " + conflict.description();
            found.add(new Conflict(id, true, description, statements));
        });
        for (Entity entity : entities.values()) {
            Map<String, List<Statement>> groups = new LinkedHashMap<>();
            for (Statement statement : entity.statements()) {
                boolean functional = schema.property(statement.property()).map(PropertyDefinition::functional).orElse(false);
                if (functional && !statement.isMissing()) {
                    String key = statement.property() + "|" + statement.time().withoutVintage() + "|" + statement.qualifiers();
                    add(groups, key, statement);
                }
            }
            for (List<Statement> group : groups.values()) {
                if (group.size() < 2 || sameValue(group) || editionsOfOneFigure(group) || alreadyDeclared(group)) {
                    continue;
                }
                Statement first = group.get(0);
                String label = schema.property(first.property()).map(PropertyDefinition::label).orElse(first.property());
                String when = first.time().withoutVintage().display();
                found.add(new Conflict("detected/" + entity.id() + "/" + first.property() + (when.isEmpty() ? "" : "/" + when),
                        false, "sources give different values for " + label + (when.isEmpty() ? "" : " (" + when + ")")
                        + " of " + entity.name(), group));
            }
        }
        return found;
    }

    private boolean sameValue(List<Statement> group) {
        Object first = comparable(group.get(0).value());
        return group.stream().allMatch(statement -> comparable(statement.value()).equals(first));
    }

    /** A quantity converted to its dimension's base unit, so 18.6 Mt equals 18600 kt. */
    private Object comparable(Value value) {
        if (value instanceof Value.Quantity quantity && quantity.amount() != null && quantity.unit() != null) {
            BigDecimal factor = schema.unit(quantity.unit()).map(Unit::factor).orElse(BigDecimal.ONE);
            return quantity.amount().multiply(factor).round(MathContext.DECIMAL64).stripTrailingZeros();
        }
        return value;
    }

    private static boolean editionsOfOneFigure(List<Statement> group) {
        return group.stream().allMatch(statement -> statement.time().vintage() != null);
    }

    private static boolean alreadyDeclared(List<Statement> group) {
        String conflict = group.get(0).conflict();
        return conflict != null && group.stream().allMatch(statement -> conflict.equals(statement.conflict()));
    }

    public Schema schema() {
        return schema;
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    public int size() {
        return entities.size();
    }

    public int statementCount() {
        return statementCount;
    }

    /** Citations on entities, names and statements. */
    public int citationCount() {
        return citationCount;
    }

    /** The statements whose subject is {@code id}. */
    public List<Statement> statementsAbout(String id) {
        Entity entity = entities.get(id);
        return entity == null ? List.of() : entity.statements();
    }

    /** The statements about {@code id} with the given property. */
    public List<Statement> statementsAbout(String id, String property) {
        return statementsAbout(id).stream().filter(statement -> statement.property().equals(property)).toList();
    }

    /** Relations that point at {@code id} (the relations "in"). */
    public List<Statement> statementsReferring(String id) {
        return incoming.getOrDefault(id, List.of());
    }

    /** Statements that name {@code id} in a qualifier (production figures of a commodity ...). */
    public List<Statement> statementsQualifiedBy(String id) {
        return qualifiedBy.getOrDefault(id, List.of());
    }

    /** Statements citing {@code sourceId} directly or as {@code via}. */
    public List<Statement> statementsCiting(String sourceId) {
        return citing.getOrDefault(sourceId, List.of());
    }

    /** Statements citing the table, chart, graph or image that {@code sourcePartId} describes. */
    public List<Statement> statementsFromSourcePart(String sourcePartId) {
        return fromSourcePart.getOrDefault(sourcePartId, List.of());
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** Conflicts in which a statement about {@code id} takes part. */
    public List<Conflict> conflictsAbout(String id) {
        return conflictsBySubject.getOrDefault(id, List.of());
    }

    /** The display name of an entity, or the id itself when unknown. */
    public String nameOf(String id) {
        Entity entity = entities.get(id);
        return entity == null ? id : entity.name();
    }
}
