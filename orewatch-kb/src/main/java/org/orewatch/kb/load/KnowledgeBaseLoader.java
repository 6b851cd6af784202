package org.orewatch.kb.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;
import org.orewatch.kb.Citation;
import org.orewatch.kb.Conflict;
import org.orewatch.kb.Datatype;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.Name;
import org.orewatch.kb.PropertyDefinition;
import org.orewatch.kb.QualifierDefinition;
import org.orewatch.kb.Schema;
import org.orewatch.kb.Statement;
import org.orewatch.kb.Value;

/**
 * Loads and validates a knowledge-base folder (see docs/kb-format.md): the schema first, then
 * every entity file, then the checks that need all files at once (duplicate ids, references,
 * citations, conflicts). Every problem is collected with its file, line and field; nothing stops
 * at the first one.
 */
public final class KnowledgeBaseLoader {

    private KnowledgeBaseLoader() {
    }

    public static LoadResult load(Path root) {
        long start = System.nanoTime();
        if (!Files.isDirectory(root)) {
            throw new OrewatchException(ErrorCode.FILE_NOT_FOUND, SourcePosition.file(root.toString()),
                    "knowledge-base folder not found");
        }
        List<Problem> problems = new ArrayList<>();
        KbFiles files = KbFiles.of(root);
        try {
            Schema schema = new SchemaReader(files, problems).read();
            EntityReader reader = new EntityReader(schema, problems);
            List<Path> entityFiles = files.entityFiles();
            for (Path file : entityFiles) {
                reader.read(file, files.display(file));
            }
            List<Entity> entities = new Assembler(schema, problems).assemble(reader.definitions, reader.extensions);
            KnowledgeGraph graph = new KnowledgeGraph(schema, entities);
            reportDetectedConflicts(graph, problems);
            return new LoadResult(graph, problems, entityFiles.size(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException unreadable) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(files.display(root)),
                    "cannot read the knowledge base: " + unreadable.getMessage(), unreadable);
        }
    }

    private static void reportDetectedConflicts(KnowledgeGraph graph, List<Problem> problems) {
        for (Conflict conflict : graph.conflicts()) {
            if (!conflict.declared()) {
                Statement first = conflict.statements().get(0);
                problems.add(Problem.warning(ErrorCode.CONFLICTING_STATE, first.position(), conflict.description()
                        + "; kept side by side (declare a conflict entity to describe it)"));
            }
        }
    }

    /** Merges extensions into their entities and checks everything that spans files. */
    private static final class Assembler {
        private final Schema schema;
        private final List<Problem> problems;
        private final Map<String, EntityReader.Definition> byId = new LinkedHashMap<>();

        Assembler(Schema schema, List<Problem> problems) {
            this.schema = schema;
            this.problems = problems;
        }

        List<Entity> assemble(List<EntityReader.Definition> definitions, List<EntityReader.Extension> extensions) {
            for (EntityReader.Definition definition : definitions) {
                EntityReader.Definition earlier = byId.putIfAbsent(definition.id(), definition);
                if (earlier != null) {
                    problems.add(Problem.error(ErrorCode.DUPLICATE_ID, definition.position().withField(definition.id() + ".id"),
                            "id '" + definition.id() + "' is already defined at " + earlier.position()));
                }
            }
            Map<String, List<Name>> names = new HashMap<>();
            Map<String, List<Citation>> citations = new HashMap<>();
            Map<String, List<Statement>> statements = new HashMap<>();
            for (EntityReader.Definition definition : byId.values()) {
                names.put(definition.id(), new ArrayList<>(definition.names()));
                citations.put(definition.id(), new ArrayList<>(definition.citations()));
                statements.put(definition.id(), new ArrayList<>(definition.statements()));
            }
            for (EntityReader.Extension extension : extensions) {
                if (!byId.containsKey(extension.target())) {
                    problems.add(Problem.error(ErrorCode.UNKNOWN_REFERENCE, extension.position().withField("extend"),
                            "extends unknown entity '" + extension.target() + "'"));
                    continue;
                }
                names.get(extension.target()).addAll(extension.names());
                citations.get(extension.target()).addAll(extension.citations());
                statements.get(extension.target()).addAll(extension.statements());
            }
            List<Entity> entities = new ArrayList<>();
            for (EntityReader.Definition definition : byId.values()) {
                String type = definition.type() == null ? "thing" : definition.type();
                entities.add(new Entity(definition.id(), type, definition.name(), names.get(definition.id()),
                        definition.description(), citations.get(definition.id()), statements.get(definition.id()),
                        definition.position()));
            }
            Map<String, Entity> entityById = new HashMap<>();
            entities.forEach(entity -> entityById.put(entity.id(), entity));
            checkReferences(entities, entityById);
            return entities;
        }

        private void checkReferences(List<Entity> entities, Map<String, Entity> entityById) {
            Map<String, Integer> conflictUses = new HashMap<>();
            Map<String, SourcePosition> statementIds = new HashMap<>();
            for (Entity entity : entities) {
                if (!entity.isCited()) {
                    problems.add(Problem.error(ErrorCode.MISSING_CITATION, entity.position().withField(entity.id() + ".cite"),
                            "entity '" + entity.id() + "' has no citation, on itself or on any statement"));
                }
                entity.citations().forEach(citation -> checkCitation(citation, entityById));
                entity.names().forEach(name -> name.citations().forEach(citation -> checkCitation(citation, entityById)));
                for (Statement statement : entity.statements()) {
                    checkStatement(statement, entityById);
                    statement.citations().forEach(citation -> checkCitation(citation, entityById));
                    statement.conflictId().ifPresent(id -> {
                        conflictUses.merge(id, 1, Integer::sum);
                        Entity conflict = entityById.get(id);
                        if (conflict == null) {
                            problems.add(Problem.error(ErrorCode.UNKNOWN_REFERENCE, statement.position().withField("conflict"),
                                    "unknown conflict '" + id + "'"));
                        } else if (!schema.isA(conflict.type(), "conflict")) {
                            problems.add(Problem.error(ErrorCode.INVALID_VALUE, statement.position().withField("conflict"),
                                    "'" + id + "' is a " + conflict.type() + ", not a conflict"));
                        }
                    });
                    if (statement.id() != null) {
                        SourcePosition earlier = statementIds.putIfAbsent(statement.id(), statement.position());
                        if (earlier != null) {
                            problems.add(Problem.error(ErrorCode.DUPLICATE_ID, statement.position().withField("id"),
                                    "statement id '" + statement.id() + "' is already used at " + earlier));
                        }
                    }
                }
            }
            for (Entity entity : entities) {
                if (schema.isA(entity.type(), "conflict") && conflictUses.getOrDefault(entity.id(), 0) < 2) {
                    problems.add(Problem.error(ErrorCode.INVALID_VALUE, entity.position().withField(entity.id()),
                            "conflict '" + entity.id() + "' is used by " + conflictUses.getOrDefault(entity.id(), 0)
                            + " statement(s); a conflict needs at least two sides"));
                }
            }
        }

        private void checkStatement(Statement statement, Map<String, Entity> entityById) {
            Optional<PropertyDefinition> property = schema.property(statement.property());
            if (property.isEmpty()) {
                return;
            }
            if (property.get().datatype() == Datatype.REF && statement.value() instanceof Value.EntityRef ref) {
                checkRef(ref.id(), property.get().range(), statement.position().withField(statement.position().field() + ".value"),
                        "property '" + property.get().id() + "'", entityById);
            }
            statement.qualifiers().forEach((key, value) -> {
                if (value instanceof Value.EntityRef ref) {
                    List<String> range = schema.qualifier(key).map(QualifierDefinition::range).orElse(List.of());
                    checkRef(ref.id(), range, statement.position().withField(statement.position().field() + ".qualifiers." + key),
                            "qualifier '" + key + "'", entityById);
                }
            });
        }

        private void checkRef(String id, List<String> range, SourcePosition position, String what, Map<String, Entity> entityById) {
            Entity target = entityById.get(id);
            if (target == null) {
                problems.add(Problem.error(ErrorCode.UNKNOWN_REFERENCE, position, "unknown entity '" + id + "'"));
            } else if (!schema.isAnyOf(target.type(), range)) {
                problems.add(Problem.error(ErrorCode.INVALID_VALUE, position, what + " takes " + String.join(" or ", range)
                        + ", but '" + id + "' is a " + target.type()));
            }
        }

        private void checkCitation(Citation citation, Map<String, Entity> entityById) {
            checkSource(citation.source(), citation.position().withField(citation.position().field() + ".source"), entityById);
            citation.viaSource().ifPresent(via ->
                    checkSource(via, citation.position().withField(citation.position().field() + ".via"), entityById));
        }

        private void checkSource(String id, SourcePosition position, Map<String, Entity> entityById) {
            Entity source = entityById.get(id);
            if (source == null) {
                problems.add(Problem.error(ErrorCode.UNKNOWN_REFERENCE, position, "unknown source '" + id + "'"));
            } else if (!schema.isA(source.type(), "source")) {
                problems.add(Problem.error(ErrorCode.INVALID_VALUE, position, "'" + id + "' is a " + source.type()
                        + ", not a source"));
            }
        }
    }
}
