package org.orewatch.kb;

import java.math.BigDecimal;
import org.orewatch.core.SourcePosition;

/** A unit of measure: {@code factor} converts an amount in this unit to its dimension's base unit. */
public record Unit(String id, String dimension, BigDecimal factor, String label, SourcePosition position) {
}
