package org.orewatch.names;

/**
 * Whether two spellings differ by one slip of a typist: a letter more or less, two neighbouring
 * letters swapped, or a letter replaced by a key next to it on a QWERTY keyboard.
 *
 * <p>Romanised Korean is dense: one letter changed is often another syllable and another name
 * (Pukchang / Pukchong, 북창 / 북청; Jong / Jang, 정 / 장). A slip rarely makes those changes,
 * since a and o are far apart on the keyboard; it does make Chol / Chil, Song / Somg, Kim / Kom,
 * Kim / Ikm. A letter more or less counts whichever spelling is longer: the longer one may be
 * the name and the other the slip (Chol / Cho), so Kaechon / Kaechong is one too.
 */
final class KeyboardTypo {

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    /** Keys next to each letter a-z on a QWERTY keyboard, as a bit set over a-z (the letter itself included). */
    private static final int[] NEAR = new int[26];

    static {
        for (int row = 0; row < ROWS.length; row++) {
            for (int column = 0; column < ROWS[row].length(); column++) {
                int letter = ROWS[row].charAt(column) - 'a';
                for (int r = Math.max(0, row - 1); r <= Math.min(ROWS.length - 1, row + 1); r++) {
                    // Rows are staggered: a key touches the keys at its own and the next column in the row
                    // below, and at its own and the previous column in the row above.
                    int from = r == row ? column - 1 : r < row ? column : column - 1;
                    int to = r == row ? column + 1 : r < row ? column + 1 : column;
                    for (int c = Math.max(0, from); c <= Math.min(ROWS[r].length() - 1, to); c++) {
                        NEAR[letter] |= 1 << (ROWS[r].charAt(c) - 'a');
                    }
                }
            }
        }
    }

    private KeyboardTypo() {
    }

    /** Whether two lowercase letters are the same key or neighbouring keys (anything else: false). */
    static boolean near(char a, char b) {
        if (a < 'a' || a > 'z' || b < 'a' || b > 'z') {
            return a == b;
        }
        return (NEAR[a - 'a'] & (1 << (b - 'a'))) != 0;
    }

    /**
     * Whether {@code a} and {@code b} are one edit apart (optimal string alignment) by a slip of
     * the keyboard: a letter more or less (either spelling may be the one a letter was dropped
     * from), two neighbouring letters swapped, or one letter replaced by a key next to it.
     * Identical strings are not.
     */
    static boolean isSlip(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            int first = firstDifference(a, b);
            if (first == la) {
                return false;
            }
            if (first + 1 < la && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                    && a.regionMatches(first + 2, b, first + 2, la - first - 2)) {
                return true;
            }
            return near(a.charAt(first), b.charAt(first)) && a.regionMatches(first + 1, b, first + 1, la - first - 1);
        }
        if (Math.abs(la - lb) != 1) {
            return false;
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        int at = firstDifference(shorter, longer);
        return longer.regionMatches(at + 1, shorter, at, shorter.length() - at);
    }

    /** Whether {@code a} and {@code b} are exactly one edit apart (optimal string alignment). */
    static boolean isOneEdit(String a, String b) {
        return !a.equals(b) && Math.abs(a.length() - b.length()) <= 1 && EditDistance.optimalStringAlignment(a, b, 1) == 1;
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
