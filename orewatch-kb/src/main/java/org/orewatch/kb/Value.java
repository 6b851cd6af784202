package org.orewatch.kb;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of a statement or qualifier. Which kind a statement holds follows from its property's
 * {@link Datatype}; {@link Missing} stands where a source has a figure that cannot be read.
 */
public sealed interface Value {

    /** The value as a person reads it, without unit conversion. */
    String display();

    /** A relation's target. */
    record EntityRef(String id) implements Value {
        public EntityRef {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String display() {
            return id;
        }
    }

    /**
     * A number with its unit, or a range ({@code min} and/or {@code max}, {@code amount} null).
     * Amounts keep the scale they were written with.
     */
    record Quantity(BigDecimal amount, BigDecimal min, BigDecimal max, String unit, boolean approximate)
            implements Value {

        public static Quantity of(BigDecimal amount, String unit) {
            return new Quantity(amount, null, null, unit, false);
        }

        public boolean isRange() {
            return amount == null;
        }

        /** The amount with its unit id, the same whatever the schema ("18,600 kt", "about 50%"). */
        @Override
        public String display() {
            return display(null);
        }

        /**
         * The amount written with {@code unitOfMeasure}'s display pattern: "USD 1.68 billion",
         * "80,000 to 120,000 persons", "1 to 12 months"; with null, the number and the unit id.
         */
        public String display(Unit unitOfMeasure) {
            StringBuilder text = new StringBuilder();
            if (approximate) {
                text.append("about ");
            }
            String prefix = "";
            String number;
            if (amount != null) {
                number = format(amount);
            } else if (min != null && max != null) {
                number = format(min) + " to " + format(max);
            } else if (min != null) {
                prefix = "at least ";
                number = format(min);
            } else {
                prefix = "up to ";
                number = format(max);
            }
            text.append(prefix);
            if (unitOfMeasure != null) {
                text.append(unitOfMeasure.format(number));
            } else if (unit != null) {
                text.append(number).append(unit.equals("%") ? "%" : " " + unit);
            } else {
                text.append(number);
            }
            return text.toString();
        }

        private static String format(BigDecimal number) {
            BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.scale() <= 0) {
                return String.format("%,d", stripped.toBigIntegerExact());
            }
            String plain = stripped.toPlainString();
            int dot = plain.indexOf('.');
            String whole = String.format("%,d", new java.math.BigInteger(plain.substring(0, dot).replace("-", "")));
            return (plain.startsWith("-") ? "-" : "") + whole + plain.substring(dot);
        }
    }

    /** Free text, a URL or an enumerated value. */
    record Text(String text) implements Value {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String display() {
            return text;
        }
    }

    record DateValue(PartialDate date) implements Value {
        @Override
        public String display() {
            return date.toString();
        }
    }

    record IntegerValue(long number) implements Value {
        @Override
        public String display() {
            return Long.toString(number);
        }
    }

    record BooleanValue(boolean truth) implements Value {
        @Override
        public String display() {
            return truth ? "yes" : "no";
        }
    }

    /** A point in decimal degrees (WGS 84). */
    record GeoPoint(double latitude, double longitude) implements Value {
        @Override
        public String display() {
            return latitude + ", " + longitude;
        }
    }

    /** A figure the source has but that cannot be read, with why. */
    record Missing(String note) implements Value {
        @Override
        public String display() {
            return "(missing: " + note + ")";
        }
    }
}
