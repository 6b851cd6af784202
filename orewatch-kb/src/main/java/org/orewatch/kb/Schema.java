package org.orewatch.kb;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabulary a knowledge base is written in: entity types, properties, qualifiers, units and
 * dimensions, all read from {@code kb/schema/}. Immutable.
 */
public final class Schema {

    private final Map<String, EntityType> types;
    private final Map<String, PropertyDefinition> properties;
    private final Map<String, QualifierDefinition> qualifiers;
    private final Map<String, Unit> units;
    private final Map<String, Dimension> dimensions;

    public Schema(Collection<EntityType> types, Collection<PropertyDefinition> properties,
            Collection<QualifierDefinition> qualifiers, Collection<Unit> units, Collection<Dimension> dimensions) {
        this.types = index(types, EntityType::id);
        this.properties = index(properties, PropertyDefinition::id);
        this.qualifiers = index(qualifiers, QualifierDefinition::id);
        this.units = index(units, Unit::id);
        this.dimensions = index(dimensions, Dimension::id);
    }

    private static <T> Map<String, T> index(Collection<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(key.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    public Optional<EntityType> type(String id) {
        return Optional.ofNullable(types.get(id));
    }

    public Optional<PropertyDefinition> property(String id) {
        return Optional.ofNullable(properties.get(id));
    }

    public Optional<QualifierDefinition> qualifier(String id) {
        return Optional.ofNullable(qualifiers.get(id));
    }

    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(units.get(id));
    }

    public Optional<Dimension> dimension(String id) {
        return Optional.ofNullable(dimensions.get(id));
    }

    public Collection<EntityType> types() {
        return types.values();
    }

    public Collection<PropertyDefinition> properties() {
        return properties.values();
    }

    public Collection<QualifierDefinition> qualifiers() {
        return qualifiers.values();
    }

    public Collection<Unit> units() {
        return units.values();
    }

    public Collection<Dimension> dimensions() {
        return dimensions.values();
    }

    /** Whether {@code typeId} is {@code ancestorId} or descends from it. Unknown types are no kind of anything. */
    public boolean isA(String typeId, String ancestorId) {
        String current = typeId;
        for (int depth = 0; current != null && depth < 64; depth++) {
            if (current.equals(ancestorId)) {
                return true;
            }
            EntityType type = types.get(current);
            current = type == null ? null : type.parent();
        }
        return false;
    }

    /** Whether {@code typeId} is any of {@code ancestors} (an empty list allows everything). */
    public boolean isAnyOf(String typeId, List<String> ancestors) {
        if (ancestors.isEmpty()) {
            return true;
        }
        for (String ancestor : ancestors) {
            if (isA(typeId, ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** The type itself and its ancestors, nearest first. */
    public List<EntityType> lineage(String typeId) {
        List<EntityType> lineage = new java.util.ArrayList<>();
        EntityType type = types.get(typeId);
        for (int depth = 0; type != null && depth < 64; depth++) {
            lineage.add(type);
            type = type.parent() == null ? null : types.get(type.parent());
        }
        return lineage;
    }

    /** The FollowTheMoney schema of a type: its own or the nearest ancestor's; empty when none maps. */
    public Optional<String> ftmSchema(String typeId) {
        for (EntityType type : lineage(typeId)) {
            if (type.ftmSchema() != null) {
                return Optional.of(type.ftmSchema());
            }
        }
        return Optional.empty();
    }
}
