package org.orewatch.kb;

import java.util.Optional;
import org.orewatch.core.SourcePosition;

/**
 * A type from {@code kb/schema/types.yaml}. Types form a tree; {@code prefix} is the first
 * segment of the ids of its entities and {@code ftmSchema} the FollowTheMoney schema it exports
 * as ({@code null} when FtM has none).
 */
public record EntityType(String id, String label, String parent, String prefix, String ftmSchema,
        boolean isAbstract, SourcePosition position) {

    public Optional<String> parentId() {
        return Optional.ofNullable(parent);
    }

    public Optional<String> ftm() {
        return Optional.ofNullable(ftmSchema);
    }
}
