package org.orewatch.names;

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), cut off at a limit. */
final class EditDistance {

    private EditDistance() {
    }

    /** The distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
    static int optimalStringAlignment(CharSequence a, CharSequence b, int limit) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > limit) {
            return limit + 1;
        }
        int[] previous2 = new int[lb + 1];
        int[] previous = new int[lb + 1];
        int[] current = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            current[0] = i;
            int rowMin = current[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous2;
            previous2 = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[lb], limit + 1);
    }
}
