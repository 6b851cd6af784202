package org.orewatch.kb;

import java.util.List;
import org.orewatch.core.SourcePosition;

/** A statement qualifier from {@code kb/schema/qualifiers/}. */
public record QualifierDefinition(String id, String label, Datatype datatype, List<String> range,
        List<String> values, SourcePosition position) {

    public QualifierDefinition {
        range = List.copyOf(range);
        values = List.copyOf(values);
    }
}
