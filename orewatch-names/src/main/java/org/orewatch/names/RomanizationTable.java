package org.orewatch.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The spellings of Korean onsets, vowels and codas in each romanisation system, loaded from
 * {@code korean-romanization.tsv} and checked at start-up: every jamo cell must name jamo of the
 * right slot, and every spelling must be readable in at least one system.
 */
final class RomanizationTable {

    enum Slot { ONSET, VOWEL, CODA }

    /** One spelling and the sound bits it stands for in each system (index = system ordinal). */
    static final class Spelling {
        final String text;
        final Slot slot;
        final long[] strong = new long[RomanizationSystem.values().length];
        final long weak;
        final int line;

        Spelling(String text, Slot slot, long[] columns, long weak, int line) {
            this.text = text;
            this.slot = slot;
            this.weak = weak;
            this.line = line;
            long all = 0;
            for (int i = 0; i < RomanizationSystem.COLUMNS; i++) {
                strong[i] = columns[i];
                all |= columns[i];
            }
            strong[RomanizationSystem.MIXED.ordinal()] = all;
        }

        /** The bits read in a system: its own column, or the weak readings when it has none. */
        long reading(RomanizationSystem system) {
            long bits = strong[system.ordinal()];
            return bits != 0 ? bits : weak;
        }

        boolean weakOnly(RomanizationSystem system) {
            return strong[system.ordinal()] == 0;
        }

        boolean usable(RomanizationSystem system) {
            return strong[system.ordinal()] != 0 || weak != 0;
        }

        boolean startsWithPureVowel() {
            char first = text.charAt(0);
            return first != 'y' && first != 'w';
        }
    }

    static final String RESOURCE = "korean-romanization.tsv";

    private final List<Spelling> onsets;
    private final List<Spelling> vowels;
    private final List<Spelling> codas;
    private final List<Spelling> all;
    private final Spelling[][][][] firstCharIndex =
            new Spelling[Slot.values().length][RomanizationSystem.values().length][][];

    private RomanizationTable(List<Spelling> onsets, List<Spelling> vowels, List<Spelling> codas) {
        this.onsets = onsets;
        this.vowels = vowels;
        this.codas = codas;
        List<Spelling> everything = new ArrayList<>(onsets);
        everything.addAll(vowels);
        everything.addAll(codas);
        this.all = Collections.unmodifiableList(everything);
        for (Slot slot : Slot.values()) {
            for (RomanizationSystem system : RomanizationSystem.values()) {
                byFirstChar(slot, system);
            }
        }
    }

    static RomanizationTable load() {
        List<Spelling> onsets = new ArrayList<>();
        List<Spelling> vowels = new ArrayList<>();
        List<Spelling> codas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read(RESOURCE, 8)) {
            String text = row.cell(0);
            Slot slot;
            try {
                slot = Slot.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error(2, "slot", "slot must be onset, vowel or coda, not '" + row.cell(1) + "'");
            }
            if (!seen.add(slot + ":" + text)) {
                throw row.error(1, "spelling", "duplicate spelling '" + text + "' for " + row.cell(1));
            }
            for (char c : text.toCharArray()) {
                if (!(c >= 'a' && c <= 'z') && c != 'ŏ' && c != 'ŭ' && c != '\'') {
                    throw row.error(1, "spelling", "spelling may use a-z, ŏ, ŭ and an apostrophe only");
                }
            }
            long[] columns = new long[RomanizationSystem.COLUMNS];
            for (int i = 0; i < RomanizationSystem.COLUMNS; i++) {
                columns[i] = bits(row, 2 + i, slot);
            }
            long weak = bits(row, 6, slot);
            Spelling spelling = new Spelling(text, slot, columns, weak, row.line());
            if (spelling.strong[RomanizationSystem.MIXED.ordinal()] == 0 && weak == 0) {
                throw row.error(1, "spelling", "spelling '" + text + "' has no reading in any system");
            }
            switch (slot) {
                case ONSET -> onsets.add(spelling);
                case VOWEL -> vowels.add(spelling);
                case CODA -> codas.add(spelling);
                default -> throw new IllegalStateException();
            }
        }
        // Longer spellings first, so that equal-cost parses prefer the longer reading.
        java.util.Comparator<Spelling> longestFirst = (a, b) -> b.text.length() - a.text.length();
        onsets.sort(longestFirst);
        vowels.sort(longestFirst);
        codas.sort(longestFirst);
        return new RomanizationTable(List.copyOf(onsets), List.copyOf(vowels), List.copyOf(codas));
    }

    private static long bits(LexiconFile.Row row, int column, Slot slot) {
        String cell = row.cell(column);
        if (cell.equals("-")) {
            return 0;
        }
        long bits = 0;
        for (char jamo : cell.toCharArray()) {
            switch (slot) {
                case ONSET -> {
                    int onset = KoreanSound.onsetJamoOf(jamo);
                    if (onset < 0) {
                        throw row.error(column + 1, "jamo", "'" + jamo + "' is not an initial consonant jamo");
                    }
                    bits |= KoreanSound.onsetBits(onset);
                }
                case VOWEL -> {
                    int vowel = KoreanSound.vowelJamoOf(jamo);
                    if (vowel < 0) {
                        throw row.error(column + 1, "jamo", "'" + jamo + "' is not a vowel jamo");
                    }
                    bits |= KoreanSound.vowelBit(vowel);
                }
                case CODA -> {
                    int coda = KoreanSound.codaSoundOf(jamo);
                    if (coda < 0) {
                        throw row.error(column + 1, "jamo", "'" + jamo + "' is not one of the seven coda sounds");
                    }
                    bits |= KoreanSound.codaBit(coda);
                }
                default -> throw new IllegalStateException();
            }
        }
        return bits;
    }

    List<Spelling> onsets() {
        return onsets;
    }

    List<Spelling> vowels() {
        return vowels;
    }

    List<Spelling> codas() {
        return codas;
    }

    List<Spelling> all() {
        return all;
    }

    /**
     * Spellings of a slot usable in a system, grouped by first character (longest first), so that
     * the parser only tries spellings that can match where it stands.
     */
    Spelling[][] byFirstChar(Slot slot, RomanizationSystem system) {
        Spelling[][] cached = firstCharIndex[slot.ordinal()][system.ordinal()];
        if (cached != null) {
            return cached;
        }
        List<Spelling> source = slot == Slot.ONSET ? onsets : slot == Slot.VOWEL ? vowels : codas;
        java.util.Map<Character, List<Spelling>> grouped = new java.util.TreeMap<>();
        for (Spelling spelling : source) {
            if (spelling.usable(system)) {
                grouped.computeIfAbsent(spelling.text.charAt(0), k -> new ArrayList<>()).add(spelling);
            }
        }
        Spelling[][] index = new Spelling[FIRST_CHARS][];
        for (java.util.Map.Entry<Character, List<Spelling>> entry : grouped.entrySet()) {
            int slotIndex = firstCharSlot(entry.getKey());
            index[slotIndex] = entry.getValue().toArray(new Spelling[0]);
        }
        firstCharIndex[slot.ordinal()][system.ordinal()] = index;
        return index;
    }

    static final int FIRST_CHARS = 29;

    /** a-z, then ŏ, ŭ and the apostrophe; -1 for anything else. */
    static int firstCharSlot(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return switch (c) {
            case 'ŏ' -> 26;
            case 'ŭ' -> 27;
            case '\'' -> 28;
            default -> -1;
        };
    }
}
