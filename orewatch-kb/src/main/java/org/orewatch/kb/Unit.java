package org.orewatch.kb;

import java.math.BigDecimal;
import org.orewatch.core.SourcePosition;

/**
 * A unit of measure: {@code factor} converts an amount in this unit to its dimension's base unit;
 * {@code display} is how an amount is written for people, {@code {n}} standing for the number
 * ("USD {n} billion"), or null for "the number, a space and the unit id".
 */
public record Unit(String id, String dimension, BigDecimal factor, String label, String display, SourcePosition position) {

    /** The amount (already formatted) written in this unit. */
    public String format(String amount) {
        return display == null ? amount + " " + id : display.replace("{n}", amount);
    }
}
