package org.orewatch.screening.evaluation;

import java.util.SplittableRandom;

/**
 * Puts the slips of a hurried typist into a name: a letter dropped, doubled, replaced by a
 * neighbour on the keyboard, or two letters swapped. Edits fall in words of three letters or
 * more when there are any (a typo in "Al" is another name, not a misspelling).
 */
public final class TypoInjector {

    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private TypoInjector() {
    }

    /** {@code typos} edits, each at a random letter; the same random state gives the same typos. */
    public static String inject(String name, int typos, SplittableRandom random) {
        String result = name;
        for (int i = 0; i < typos; i++) {
            result = once(result, random);
        }
        return result;
    }

    static String once(String name, SplittableRandom random) {
        int[] positions = letterPositions(name, true);
        if (positions.length == 0) {
            positions = letterPositions(name, false);
        }
        if (positions.length == 0) {
            return name;
        }
        int at = positions[random.nextInt(positions.length)];
        char letter = name.charAt(at);
        StringBuilder edited = new StringBuilder(name);
        switch (random.nextInt(4)) {
            case 0 -> edited.deleteCharAt(at);
            case 1 -> edited.insert(at, letter);
            case 2 -> edited.setCharAt(at, neighbour(letter, random));
            default -> {
                if (at + 1 < name.length() && Character.isLetter(name.charAt(at + 1))) {
                    edited.setCharAt(at, name.charAt(at + 1));
                    edited.setCharAt(at + 1, letter);
                } else {
                    edited.setCharAt(at, neighbour(letter, random));
                }
            }
        }
        return edited.toString();
    }

    /** A key next to this one on a QWERTY keyboard, in the same case; other letters get a random Latin letter. */
    static char neighbour(char letter, SplittableRandom random) {
        char lower = Character.toLowerCase(letter);
        for (int row = 0; row < KEYBOARD.length; row++) {
            int column = KEYBOARD[row].indexOf(lower);
            if (column >= 0) {
                StringBuilder near = new StringBuilder();
                if (column > 0) {
                    near.append(KEYBOARD[row].charAt(column - 1));
                }
                if (column + 1 < KEYBOARD[row].length()) {
                    near.append(KEYBOARD[row].charAt(column + 1));
                }
                char chosen = near.charAt(random.nextInt(near.length()));
                return Character.isUpperCase(letter) ? Character.toUpperCase(chosen) : chosen;
            }
        }
        char chosen = (char) ('a' + random.nextInt(26));
        return Character.isUpperCase(letter) ? Character.toUpperCase(chosen) : chosen;
    }

    /** Indices of letters, only in words of three letters or more when {@code longWordsOnly}. */
    private static int[] letterPositions(String name, boolean longWordsOnly) {
        int[] positions = new int[name.length()];
        int count = 0;
        int i = 0;
        while (i < name.length()) {
            if (!Character.isLetter(name.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < name.length() && Character.isLetter(name.charAt(i))) {
                i++;
            }
            if (!longWordsOnly || i - start >= 3) {
                for (int p = start; p < i; p++) {
                    positions[count++] = p;
                }
            }
        }
        return java.util.Arrays.copyOf(positions, count);
    }
}
