package org.orewatch.kb;

import org.orewatch.core.SourcePosition;

/** A dimension of measure (mass, area, ratio ...) and its base unit. */
public record Dimension(String id, String baseUnit, String label, SourcePosition position) {
}
