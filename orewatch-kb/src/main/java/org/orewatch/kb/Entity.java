package org.orewatch.kb;

import java.util.List;
import java.util.stream.Stream;
import org.orewatch.core.SourcePosition;

/**
 * A thing the knowledge base knows about: its id, type, display name, every other written form of
 * its name, a short description, the citations that name it, and its statements (including those
 * added by {@code extend} entries in other files).
 */
public record Entity(String id, String type, String name, List<Name> names, String description,
        List<Citation> citations, List<Statement> statements, SourcePosition position) {

    public Entity {
        names = List.copyOf(names);
        citations = List.copyOf(citations);
        statements = List.copyOf(statements);
    }

    /** The display name followed by every variant, without duplicates. */
    public List<String> allNames() {
        return Stream.concat(Stream.of(name), names.stream().map(Name::text)).distinct().toList();
    }

    /** Whether this entity or any of its statements carries a citation. */
    public boolean isCited() {
        return !citations.isEmpty() || statements.stream().anyMatch(statement -> !statement.citations().isEmpty());
    }
}
