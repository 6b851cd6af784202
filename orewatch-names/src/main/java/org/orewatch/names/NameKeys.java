package org.orewatch.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the matcher sees in a name, for debugging ({@code orewatch names key}): the normalised
 * form, the dominant script, whether it was read as Korean and in which romanisation, and per
 * token its kind, weight, Korean syllables (each shown as the Hangul blocks it may stand for),
 * romanisation key and phonetic skeleton.
 */
public record NameKeys(
        String input,
        NameType type,
        String normalized,
        String script,
        boolean korean,
        String consonantSystem,
        String vowelSystem,
        String identifier,
        String wholeKey,
        List<Token> tokens) {

    /** One token of the prepared name. */
    public record Token(
            String text,
            String source,
            String kind,
            String origin,
            double weight,
            List<String> syllables,
            String romanizationKey,
            String skeleton) {
    }

    public NameKeys {
        tokens = List.copyOf(tokens);
    }

    /** Keys of a name read as {@link NameType#OTHER}. */
    public static NameKeys of(String name) {
        return of(name, NameType.OTHER);
    }

    public static NameKeys of(String name, NameType type) {
        return of(NameMatcher.defaults().prepare(name, type));
    }

    public static NameKeys of(PreparedName name) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < name.text.length; i++) {
            List<String> syllables = new ArrayList<>();
            for (int s = 0; s < name.syllableCount[i]; s++) {
                syllables.add(hangulReadings(name.literal[name.syllableFrom[i] + s]));
            }
            tokens.add(new Token(name.text[i], name.source[i], kindName(name.kind[i]), originName(name.origin[i]),
                    name.weight[i], syllables, name.coarseKey[i], name.skeleton[i]));
        }
        return new NameKeys(name.original, name.type, name.normalized(), dominantScript(name.original), name.korean,
                name.korean ? name.consonantSystem.name() : "", name.korean ? name.vowelSystem.name() : "",
                name.identifier, name.wholeCoarseKey, tokens);
    }

    private static String kindName(byte kind) {
        return switch (kind) {
            case PreparedName.CONTENT -> "word";
            case PreparedName.GENERIC -> "generic";
            case PreparedName.LEGAL -> "legal form";
            case PreparedName.INITIAL -> "initial";
            case PreparedName.DIGITS -> "number";
            default -> "unknown";
        };
    }

    private static String originName(byte origin) {
        return switch (origin) {
            case PreparedName.HANGUL -> "hangul";
            case PreparedName.TRANSLITERATED -> "transliterated";
            case PreparedName.RESPELT -> "respelt";
            default -> "latin";
        };
    }

    /** The script most letters of the text are written in (LATIN, HANGUL, HAN, CYRILLIC ...). */
    static String dominantScript(String text) {
        java.util.Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        int limit = Math.min(text.length(), NameNormalizer.MAX_INPUT_CHARS);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
            i += Character.charCount(cp);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> e.getKey().name()).orElse("NONE");
    }

    /** The Hangul blocks a syllable's sound set can stand for, e.g. 종|정|총|청 for stripped MR "chong". */
    static String hangulReadings(long sound) {
        List<Integer> onsets = new ArrayList<>();
        for (int o = 0; o < KoreanSound.ONSET_COUNT; o++) {
            long bits = KoreanSound.onsetBits(o);
            if ((sound & bits & KoreanSound.ONSET_MASK) != 0 && (sound & bits & KoreanSound.LARYNGEAL_MASK) != 0) {
                onsets.add(o);
            }
        }
        List<Integer> vowels = new ArrayList<>();
        for (int v = 0; v < KoreanSound.VOWEL_COUNT; v++) {
            if ((sound & KoreanSound.vowelBit(v)) != 0) {
                vowels.add(v);
            }
        }
        int[] finalForCoda = {0, 1, 4, 7, 8, 16, 17, 21};
        List<Integer> finals = new ArrayList<>();
        for (int c = 0; c < finalForCoda.length; c++) {
            if ((sound & KoreanSound.codaBit(c)) != 0) {
                finals.add(finalForCoda[c]);
            }
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int o : onsets) {
            for (int v : vowels) {
                for (int f : finals) {
                    if (shown == 8) {
                        return out.append("|...").toString();
                    }
                    out.append(shown++ > 0 ? "|" : "")
                            .appendCodePoint(KoreanSound.HANGUL_FIRST + (o * KoreanSound.VOWEL_COUNT + v) * 28 + f);
                }
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s%n  normalised: %s%n  script: %s%n", input, normalized, script));
        if (korean) {
            text.append(String.format(Locale.ROOT, "  korean: consonants %s, vowels %s; whole key %s%n",
                    consonantSystem, vowelSystem, wholeKey));
        }
        if (identifier != null) {
            text.append("  identifier: IMO ").append(identifier).append('\n');
        }
        for (Token token : tokens) {
            text.append(String.format(Locale.ROOT, "  %-16s %-10s %-14s weight %.2f", token.text(), token.kind(),
                    token.origin(), token.weight()));
            if (!token.syllables().isEmpty()) {
                text.append("  syllables ").append(String.join(" + ", token.syllables()))
                        .append("  key ").append(token.romanizationKey());
            }
            if (token.skeleton() != null) {
                text.append("  skeleton ").append(token.skeleton());
            }
            text.append('\n');
        }
        return text.toString();
    }
}
