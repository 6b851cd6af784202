package org.orewatch.kb.query;

import java.util.Comparator;
import java.util.List;
import org.orewatch.kb.Conflict;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.Statement;

/**
 * Everything the knowledge base says about one entity, ready to print or serialise: its names,
 * its statements with their citations, the relations in and out, statements elsewhere that name
 * it as a qualifier, the conflicts it takes part in, and, for a table or a source, the figures
 * taken from it.
 */
public record EntityDossier(String id, String name, String type, String typeLabel, String description,
        List<NameView> names, List<CitationView> citations, List<StatementView> statements, Relations relations,
        List<StatementView> mentionedIn, List<ConflictView> conflicts, List<StatementView> figures, int citedByCount) {

    public record NameView(String text, String kind, String lang) {
    }

    public record Relations(List<StatementView> out, List<StatementView> in) {
    }

    public record ConflictView(String id, boolean declared, String description, List<StatementView> sides) {
    }

    public static EntityDossier of(KnowledgeGraph graph, Entity entity) {
        List<NameView> names = entity.names().stream()
                .map(name -> new NameView(name.text(), name.kind(), name.lang())).toList();
        List<StatementView> statements = entity.statements().stream()
                .filter(statement -> statement.object().isEmpty())
                .map(statement -> StatementView.of(graph, statement, false)).toList();
        List<StatementView> out = entity.statements().stream()
                .filter(statement -> statement.object().isPresent())
                .map(statement -> StatementView.of(graph, statement, false)).toList();
        List<StatementView> in = graph.statementsReferring(entity.id()).stream()
                .sorted(Comparator.comparing(Statement::property).thenComparing(Statement::subject))
                .map(statement -> StatementView.of(graph, statement, true)).toList();
        List<StatementView> mentioned = graph.statementsQualifiedBy(entity.id()).stream()
                .map(statement -> StatementView.of(graph, statement, false)).toList();
        List<Conflict> conflicts = new java.util.ArrayList<>(graph.conflictsAbout(entity.id()));
        graph.conflicts().stream().filter(conflict -> conflict.id().equals(entity.id())).forEach(conflicts::add);
        List<ConflictView> conflictViews = conflicts.stream().distinct()
                .map(conflict -> new ConflictView(conflict.id(), conflict.declared(), conflict.description(),
                        conflict.statements().stream().map(statement -> StatementView.of(graph, statement, false)).toList()))
                .toList();
        // A table's own title and row count cite the table too; they are its facts, not its figures.
        List<StatementView> figures = graph.statementsFromSourcePart(entity.id()).stream()
                .filter(statement -> !statement.subject().equals(entity.id()))
                .map(statement -> StatementView.of(graph, statement, false)).toList();
        String typeLabel = graph.schema().type(entity.type()).map(type -> type.label()).orElse(entity.type());
        return new EntityDossier(entity.id(), entity.name(), entity.type(), typeLabel, entity.description(), names,
                entity.citations().stream().map(citation -> CitationView.of(graph, citation)).toList(), statements,
                new Relations(out, in), mentioned, conflictViews, figures, graph.statementsCiting(entity.id()).size());
    }

    /** All names, the display name first. */
    public List<String> allNames() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        all.add(name);
        names.forEach(name -> all.add(name.text()));
        return List.copyOf(all);
    }

}
