package org.orewatch.kb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orewatch.core.SourcePosition;

/**
 * One cited fact about an entity: {@code subject property value}, when it holds, further
 * qualifiers, and the citations that support it. A relation is a statement whose value is an
 * {@link Value.EntityRef}.
 *
 * @param conflict the id of a declared conflict this statement is one side of, or null
 * @param id an optional stable id for referring to this statement, or null
 */
public record Statement(String subject, String property, Value value, TimeQualifiers time,
        Map<String, Value> qualifiers, List<Citation> citations, String conflict, String note, String id,
        SourcePosition position) {

    public Statement {
        qualifiers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(qualifiers));
        citations = List.copyOf(citations);
        time = time == null ? TimeQualifiers.NONE : time;
    }

    /** The target when this statement is a relation. */
    public Optional<String> object() {
        return value instanceof Value.EntityRef ref ? Optional.of(ref.id()) : Optional.empty();
    }

    public boolean isMissing() {
        return value instanceof Value.Missing;
    }

    public Optional<String> conflictId() {
        return Optional.ofNullable(conflict);
    }
}
