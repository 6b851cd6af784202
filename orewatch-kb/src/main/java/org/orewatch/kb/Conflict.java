package org.orewatch.kb;

import java.util.List;

/**
 * Statements that disagree, kept side by side. A declared conflict is a {@code conflict} entity
 * that statements point to; a detected one is found by the loader among statements of a
 * functional property that give different values for the same subject, time and qualifiers.
 *
 * @param id the conflict entity's id, or a generated {@code detected/...} id
 * @param description what disagrees
 */
public record Conflict(String id, boolean declared, String description, List<Statement> statements) {

    public Conflict {
        statements = List.copyOf(statements);
    }

    /** The entities whose statements take part. */
    public List<String> subjects() {
        return statements.stream().map(Statement::subject).distinct().toList();
    }
}
