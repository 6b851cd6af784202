package org.orewatch.names;

/** Roman numerals as vessels use them for hull numbers: I to XXXIX. */
final class RomanNumeral {

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");

    private RomanNumeral() {
    }

    /** The value of a lowercase Roman numeral from i to xxxix, or 0 for anything else. */
    static int value(String text) {
        if (text.isEmpty() || !FORM.matcher(text).matches()) {
            return 0;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int here = digit(text.charAt(i));
            int next = i + 1 < text.length() ? digit(text.charAt(i + 1)) : 0;
            value += here < next ? -here : here;
        }
        return value;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'i' -> 1;
            case 'v' -> 5;
            default -> 10;
        };
    }
}
