package org.orewatch.names;

/**
 * Similarity of one token of a name to one token of another, with the rule that related them.
 * Every non-zero similarity comes from a relation the {@link NameIndex} can retrieve by key
 * (same text, Korean coarse key, deletion neighbour, prefix or suffix, skeleton, initial, concept,
 * number), which is what lets the index promise the same top-k as a scan.
 */
final class TokenSimilarity {

    /** Below this a token pair is not aligned at all. */
    static final double FLOOR = 0.5;
    static final double TRANSLITERATED = 0.99;
    static final double PHONETIC = 0.9;
    /** A shared skeleton with spellings only fairly close (Jaro-Winkler 0.8 to 0.85: Yusuf / Youssef). */
    static final double PHONETIC_LOOSE = 0.8;
    /** A shared skeleton with spellings far apart (Amir / Omar, Hosseini / Hassan): hardly evidence. */
    static final double PHONETIC_FAR = 0.55;
    /** Longest word whose beginning must sound alike for a shared skeleton to count ({@link #phoneticSimilarity}). */
    static final int SHORT_PHONETIC = 5;
    static final double INITIAL = 0.7;
    static final double GENERIC_EQUIVALENT = 0.9;
    /**
     * One edit costs 1.5 / length: alone, a word of eight letters or more with one typo still
     * matches (0.81), a shorter one does not (Parshad / Parshan, Sinchon / Sonchon are two names).
     */
    static final double EDIT_SCALE = 1.5;
    /**
     * A single slip of the keyboard ({@link KeyboardTypo}: a letter dropped or doubled, two swapped,
     * a key next to the right one) costs 1 / length: Jasmine / Jaamine (0.86), Sarvin / Sarbin
     * (0.83) match alone; a change no typist makes keeps the full cost (Maria / Mario, 0.7). Not
     * in words of four letters, where a slip is as often another name (Dina / Dona, Sina / Sima).
     */
    static final double SLIP_SCALE = 1.0;
    static final int SHORTEST_SLIP = 5;
    /**
     * Words up to this long may differ by one edit anywhere (their one-letter deletions are retrieval
     * keys); longer ones by up to two if they share their first or last four letters (HOUHSANG /
     * HOUSHANG, eight letters, share neither).
     */
    static final int SHORT_TOKEN = 8;
    /** Words of three letters or fewer must be spelt alike: one edit makes another word (Kim, Kam). */
    static final int SHORTEST_EDITABLE = 3;
    static final int AFFIX = 4;

    private TokenSimilarity() {
    }

    /** Packs a similarity and its rule: rule ordinal in the low byte, similarity in millionths above. */
    static long encode(double similarity, AlignmentRule rule) {
        return ((long) Math.round(similarity * 1_000_000) << 8) | rule.ordinal();
    }

    static double similarityOf(long encoded) {
        return (encoded >>> 8) / 1_000_000.0;
    }

    static AlignmentRule ruleOf(long encoded) {
        return AlignmentRule.values()[(int) (encoded & 0xFF)];
    }

    static long compare(PreparedName a, int i, PreparedName b, int j, NameType type) {
        byte ka = a.kind[i];
        byte kb = b.kind[j];
        String ta = a.text[i];
        String tb = b.text[j];
        if (ka == PreparedName.DIGITS || kb == PreparedName.DIGITS) {
            return ka == kb && ta.equals(tb) ? encode(1, AlignmentRule.DIGITS) : 0;
        }
        boolean genericA = ka == PreparedName.GENERIC || ka == PreparedName.LEGAL;
        boolean genericB = kb == PreparedName.GENERIC || kb == PreparedName.LEGAL;
        if (genericA || genericB) {
            // Generic words pair only with generic words: the index bounds a name's score on that.
            if (genericA != genericB) {
                return 0;
            }
            if (ta.equals(tb)) {
                return encode(1, AlignmentRule.EXACT);
            }
            if (a.concept[i].equals(b.concept[j])) {
                return encode(GENERIC_EQUIVALENT, AlignmentRule.GENERIC_EQUIVALENT);
            }
            return 0;
        }
        if (ka == PreparedName.INITIAL || kb == PreparedName.INITIAL) {
            if (ta.equals(tb)) {
                return encode(1, AlignmentRule.EXACT);
            }
            if ((type == NameType.PERSON || type == NameType.OTHER) && ta.charAt(0) == tb.charAt(0)) {
                return encode(INITIAL, AlignmentRule.INITIAL);
            }
            return 0;
        }
        if (ta.equals(tb)) {
            byte oa = a.origin[i];
            byte ob = b.origin[j];
            if (oa == ob && (oa == PreparedName.LATIN || a.source[i].equals(b.source[j]))) {
                return encode(1, AlignmentRule.EXACT);
            }
            return encode(TRANSLITERATED, oa == PreparedName.HANGUL || ob == PreparedName.HANGUL
                    ? AlignmentRule.HANGUL_TRANSLITERATION : AlignmentRule.TRANSLITERATION);
        }
        // Two common names of their own (Zhang / Zheng, Hassan / Hussein): other names, not spellings of one.
        if (a.weight[i] == NameWeights.COMMON_NAME && b.weight[j] == NameWeights.COMMON_NAME && !a.korean && !b.korean
                && NameLexicon.get().distinctCommonNames(ta, tb)) {
            return 0;
        }
        double korean = -1;
        if (a.syllableCount[i] > 0 && b.syllableCount[j] > 0) {
            korean = KoreanKey.sequenceScore(a.literal, a.tolerant, a.syllableFrom[i], a.syllableCount[i],
                    b.literal, b.tolerant, b.syllableFrom[j], b.syllableCount[j]);
            // Korean syllables relate words of a Korean name: between persons' names neither read as
            // Korean an agreement is an accident of spelling (Aisha / Essa, Sun / Son, Ton / Don), left
            // to the spelling and skeleton rules below. Places and organisations keep it (Woonsan / Unsan),
            // and so do two spellings of one common name (Hassan / Hasan).
            if (korean >= KoreanKey.TOLERANT && (a.korean || b.korean || type != NameType.PERSON
                    || a.weight[i] == NameWeights.COMMON_NAME && NameLexicon.get().sameCommonName(ta, tb))) {
                boolean hangul = a.origin[i] == PreparedName.HANGUL || b.origin[j] == PreparedName.HANGUL;
                return encode(Math.min(korean, TRANSLITERATED),
                        hangul ? AlignmentRule.HANGUL_TRANSLITERATION : AlignmentRule.ROMANISATION_KEY);
            }
        }
        // A skeleton drops the vowels that tell two Korean syllables apart (Kowon, Kowan): two words
        // read as the same number of Korean syllables that disagree are not related by it, unless they
        // are personal names of no Korean look, where the parse is an accident (Majid / Majeed). Nor is
        // a slip of the keyboard cheaper between them: Musan / Munsan are two places.
        boolean syllablesDisagree = korean >= 0 && (a.korean || b.korean || type != NameType.PERSON);
        double edit = editSimilarity(ta, tb, !syllablesDisagree);
        double phonetic = !syllablesDisagree && a.skeleton[i] != null && a.skeleton[i].equals(b.skeleton[j])
                ? (a.origin[i] == PreparedName.TRANSLITERATED || b.origin[j] == PreparedName.TRANSLITERATED
                        ? PHONETIC : phoneticSimilarity(ta, tb)) : 0;
        double best = Math.max(edit, phonetic);
        AlignmentRule rule = phonetic >= edit ? AlignmentRule.PHONETIC_KEY : AlignmentRule.EDIT_DISTANCE;
        if (type == NameType.PERSON && best > PHONETIC_FAR && genderedForms(ta, tb)) {
            best = PHONETIC_FAR;
        }
        // Between two Korean names a different syllable is a different name (Kaechon / Kaesong),
        // however close the spelling: the syllable comparison caps the spelling one.
        if (a.syllableCount[i] > 0 && b.syllableCount[j] > 0 && (a.korean || b.korean)) {
            // Different syllable counts (Daeyudong / Daedong): no skeleton match, spelling only.
            best = korean >= 0 ? Math.min(best, korean) : edit;
            rule = AlignmentRule.EDIT_DISTANCE;
        }
        return best >= FLOOR ? encode(best, rule) : 0;
    }

    /**
     * How much a shared skeleton says, by how close the spellings are: the skeleton keeps only the
     * first letter and the consonants, so Mohammed / Muhammad share one, and so do Amir / Omar and
     * Hosseini / Hassan, which are other names. Jaro-Winkler 0.85 or more: {@link #PHONETIC};
     * 0.8 or more: {@link #PHONETIC_LOOSE}; less: {@link #PHONETIC_FAR}. Between Latin spellings
     * only: a word transliterated from a script written without vowels (Arabic mhmd) shares the
     * skeleton and little else. In words of {@link #SHORT_PHONETIC} letters or fewer that begin with
     * different sounds ({@link #initialSound}: Abeer / Jaber, whose skeletons meet because j folds
     * to a vowel) a shared skeleton is far too: the few letters left are the whole name.
     */
    static double phoneticSimilarity(String a, String b) {
        if (Math.min(a.length(), b.length()) <= SHORT_PHONETIC && initialSound(a) != initialSound(b)) {
            return PHONETIC_FAR;
        }
        double close = EditDistance.jaroWinkler(a, b);
        return close >= 0.85 ? PHONETIC : close >= 0.8 ? PHONETIC_LOOSE : PHONETIC_FAR;
    }

    /**
     * Whether two words of a person's name are one name in its masculine and feminine forms, the
     * feminine adding an a to a final consonant (Samir / Samira, Gabriel / Gabriela, Stepanov /
     * Stepanova): two people, often of one family, whose spellings are close but say little. A final
     * o against a (Lukashenko / Lukashenka) is a romanisation, not a gender.
     */
    static boolean genderedForms(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int n = shorter.length();
        return n >= SHORTEST_EDITABLE && longer.length() == n + 1 && longer.charAt(n) == 'a'
                && "aeiouy".indexOf(shorter.charAt(n - 1)) < 0 && longer.startsWith(shorter);
    }

    /**
     * The sound a word begins with, for {@link #phoneticSimilarity}: any vowel or y is one sound (a
     * leading vowel varies across transliterations: Usama / Osama, Yevgeniy / Evgeniy); j, zh, dj
     * one; c, k, q one; w and v one; ph and f one.
     */
    static char initialSound(String word) {
        char c = word.charAt(0);
        if ("aeiouy".indexOf(c) >= 0) {
            return 'a';
        }
        if (c == 'j' || word.startsWith("zh") || word.startsWith("dj") || word.startsWith("dzh")) {
            return 'j';
        }
        if (word.startsWith("ph")) {
            return 'f';
        }
        if (word.startsWith("ch")) {
            return 'c';
        }
        return switch (c) {
            case 'k', 'q' -> 'k';
            case 'w' -> 'v';
            default -> c;
        };
    }

    /**
     * 1 - 1.5 d / length (1 - 1 / length for one slip of the keyboard) for an optimal-string-alignment
     * distance d that is at most 1 for tokens
     * of four to eight letters, or at most 2 for longer ones that share their first or last four
     * letters; otherwise 0.
     */
    static double editSimilarity(String a, String b) {
        return editSimilarity(a, b, true);
    }

    /** {@link #editSimilarity(String, String)}, a slip costing as much as any edit unless {@code slips}. */
    static double editSimilarity(String a, String b, boolean slips) {
        int la = a.length();
        int lb = b.length();
        int max = Math.max(la, lb);
        if (Math.abs(la - lb) > 2 || max <= SHORTEST_EDITABLE) {
            return 0;
        }
        int limit;
        if (max <= SHORT_TOKEN) {
            limit = 1;
        } else if (sharesAffix(a, b)) {
            limit = 2;
        } else {
            return 0;
        }
        int d = EditDistance.optimalStringAlignment(a, b, limit);
        if (d > limit) {
            return 0;
        }
        double s = 1 - (d == 1 && slips && max >= SHORTEST_SLIP && KeyboardTypo.isSlip(a, b) ? SLIP_SCALE : EDIT_SCALE * d) / max;
        return s >= FLOOR ? s : 0;
    }

    static boolean sharesAffix(String a, String b) {
        if (a.length() < AFFIX || b.length() < AFFIX) {
            return false;
        }
        return a.regionMatches(0, b, 0, AFFIX)
                || a.regionMatches(a.length() - AFFIX, b, b.length() - AFFIX, AFFIX);
    }
}
