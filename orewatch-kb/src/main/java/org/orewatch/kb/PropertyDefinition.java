package org.orewatch.kb;

import java.util.List;
import org.orewatch.core.SourcePosition;

/**
 * A property from {@code kb/schema/properties/}. A property whose datatype is {@link Datatype#REF}
 * is a relation; {@code inverseLabel} is how it reads from the other end.
 *
 * @param functional one true value per subject, time and qualifiers: disagreeing statements are
 *     flagged as conflicts
 * @param walkable whether {@code kb path} may follow this relation
 */
public record PropertyDefinition(String id, String label, String inverseLabel, Datatype datatype,
        List<String> range, String dimension, List<String> values, boolean functional,
        String ftmProperty, String ftmLink, boolean walkable, SourcePosition position) {

    public PropertyDefinition {
        range = List.copyOf(range);
        values = List.copyOf(values);
    }

    public boolean isRelation() {
        return datatype == Datatype.REF;
    }

    /** How the relation reads from its object's side, falling back to "(label of)". */
    public String inverseOrDefault() {
        return inverseLabel == null ? label + " (of)" : inverseLabel;
    }
}
