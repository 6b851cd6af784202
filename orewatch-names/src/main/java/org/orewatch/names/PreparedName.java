package org.orewatch.names;

import java.util.Arrays;

/**
 * A name normalised once and ready to be compared many times: tokens with their kinds and
 * weights, Korean syllable keys, phonetic skeletons and identifiers. Immutable and safe to share
 * between threads. Made by {@link NameMatcher#prepare}.
 */
public final class PreparedName {

    static final byte CONTENT = 0;
    static final byte GENERIC = 1;
    static final byte LEGAL = 2;
    static final byte INITIAL = 3;
    static final byte DIGITS = 4;

    /** Shortest joined text the whole-name typo rule applies to (one letter in six is too much). */
    static final int TYPO_MIN_LENGTH = 7;

    static final byte LATIN = 0;
    static final byte HANGUL = 1;
    static final byte TRANSLITERATED = 2;
    /**
     * Latin, but rewritten by a rule from another spelling (Abdul: abd al); equal only to the same
     * rewriting of the same spelling, and 0.99 to the plain word, so that Abdul Rahman / Abd al-Rahman
     * rank below the same name written alike.
     */
    static final byte RESPELT = 3;

    final String original;
    final NameType type;
    /** Folded token text: lowercase a-z (Hangul tokens: their Revised Romanization), digits for numbers. */
    final String[] text;
    /** The token as written after case folding (Hangul, Cyrillic, with diacritics), for explanations. */
    final String[] source;
    final byte[] kind;
    final byte[] origin;
    final String[] concept;
    final float[] weight;
    final String[] skeleton;
    /** Korean syllables of all tokens laid end to end; token i owns [syllableFrom[i], +syllableCount[i]). */
    final long[] literal;
    final long[] tolerant;
    final int[] syllableFrom;
    final int[] syllableCount;
    final String[] coarseKey;
    final boolean korean;
    final RomanizationSystem consonantSystem;
    final RomanizationSystem vowelSystem;
    final String identifier;
    /** Content tokens joined without spaces, and the Korean syllables of the whole name (or null). */
    final String joined;
    final String joinedSkeleton;
    /**
     * Whether the whole-name typo rule applies: the joined text has {@link #TYPO_MIN_LENGTH} letters
     * or more and the name is read as Korean (or would be but for one word, which a typo may have
     * made no syllable: Choe Chub Yong) or has a word of three letters or fewer, the names whose
     * words a typo can regroup or turn into another syllable (Kim Yong Cho, Jng Bom Su, Ai Musa).
     * Longer words of other names are compared word by word, typos included.
     */
    final boolean joinedTypo;
    /** Number of content words (neither generic, legal, initial nor number). */
    final int contentWords;
    /** Whether any token was transliterated from another script than Latin and Hangul. */
    final boolean transliterated;
    final long[] wholeLiteral;
    final long[] wholeTolerant;
    final String wholeCoarseKey;
    /**
     * The letters of a name written as an acronym (one word of {@link #ACRONYM_MIN} to
     * {@link #ACRONYM_MAX} capitals, dots allowed: KOMID, T.D.G.), lowercase, or null.
     */
    final String acronym;
    /**
     * The words an acronym of this name abbreviates, lowercase: every word but articles and
     * numbers, generic words and legal forms included (Korea Mining Development Trading Corporation).
     */
    final String[] acronymWords;
    /**
     * Whether the name may be the long form of an acronym: an organisation or vessel by the type its
     * caller gave, or a name with generic words or legal forms (Korea Mining Development Trading
     * Corporation; not a word only a typo made one). A person's name never is (Ana Almeida is not
     * the ANA), nor is a name of no such words whose type was only assumed from the name it is
     * compared with.
     */
    final boolean organisationLike;
    static final int ACRONYM_MIN = 3;
    static final int ACRONYM_MAX = 8;
    /** Which tokens are the family name the list wrote before a comma (FAMILY, Given), or null. */
    final boolean[] family;
    final float totalWeight;
    /** Weight of every token but legal forms (which never count as a difference). */
    final float nonLegalWeight;
    /** Weight of words, initials and numbers (neither generic words nor legal forms). */
    final float contentWeight;
    /** Heaviest generic word or legal form (0 when there is none). */
    final float maxGenericWeight;

    PreparedName(String original, NameType type, String[] text, String[] source, byte[] kind, byte[] origin,
            String[] concept, float[] weight, String[] skeleton, long[] literal, long[] tolerant, int[] syllableFrom,
            int[] syllableCount, String[] coarseKey, boolean korean, RomanizationSystem consonantSystem,
            RomanizationSystem vowelSystem, String identifier, String joined, long[] wholeLiteral,
            long[] wholeTolerant, String wholeCoarseKey, boolean[] family, boolean nearlyKorean, boolean organisationLike) {
        this.original = original;
        this.type = type;
        this.text = text;
        this.source = source;
        this.kind = kind;
        this.origin = origin;
        this.concept = concept;
        this.weight = weight;
        this.skeleton = skeleton;
        this.literal = literal;
        this.tolerant = tolerant;
        this.syllableFrom = syllableFrom;
        this.syllableCount = syllableCount;
        this.coarseKey = coarseKey;
        this.korean = korean;
        this.consonantSystem = consonantSystem;
        this.vowelSystem = vowelSystem;
        this.identifier = identifier;
        this.joined = joined != null && text.length == 1 && joined.equals(text[0]) ? text[0] : joined;
        this.joinedSkeleton = joined == null || joined.length() < 6 ? null
                : text.length == 1 && skeleton[0] != null ? skeleton[0] : PhoneticSkeleton.of(joined, NameLexicon.get());
        boolean shortWord = false;
        int words = 0;
        boolean otherScript = false;
        for (int i = 0; i < text.length; i++) {
            shortWord |= kind[i] == CONTENT && text[i].length() <= TokenSimilarity.SHORTEST_EDITABLE;
            words += kind[i] == CONTENT ? 1 : 0;
            otherScript |= origin[i] == TRANSLITERATED;
        }
        this.contentWords = words;
        this.transliterated = otherScript;
        this.joinedTypo = this.joined != null && this.joined.length() >= TYPO_MIN_LENGTH
                && (korean || nearlyKorean || shortWord);
        this.wholeLiteral = wholeLiteral;
        this.wholeTolerant = wholeTolerant;
        this.wholeCoarseKey = wholeCoarseKey;
        this.family = family;
        this.acronym = acronymLetters(original, text, kind);
        this.acronymWords = acronymWords(source, kind, concept);
        this.organisationLike = organisationLike;
        float total = 0;
        float nonLegal = 0;
        float maxGeneric = 0;
        float content = 0;
        for (int i = 0; i < weight.length; i++) {
            content += kind[i] == LEGAL || kind[i] == GENERIC ? 0 : weight[i];
            total += weight[i];
            nonLegal += kind[i] == LEGAL ? 0 : weight[i];
            if (kind[i] == LEGAL || kind[i] == GENERIC) {
                maxGeneric = Math.max(maxGeneric, weight[i]);
            }
        }
        this.maxGenericWeight = maxGeneric;
        this.contentWeight = content;
        this.totalWeight = total;
        this.nonLegalWeight = nonLegal;
    }

    private static String acronymLetters(String original, String[] text, byte[] kind) {
        if (original == null || text.length == 0 || text.length > ACRONYM_MAX) {
            return null;
        }
        // One word (KOMID), or one letter a word as the dots split them (T.D.G.).
        boolean initials = true;
        for (byte k : kind) {
            initials &= k == INITIAL;
        }
        if (text.length != 1 && !initials) {
            return null;
        }
        String letters = original.strip().replace(".", "").replace(" ", "");
        if (letters.length() < ACRONYM_MIN || letters.length() > ACRONYM_MAX) {
            return null;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (letters.charAt(i) < 'A' || letters.charAt(i) > 'Z') {
                return null;
            }
        }
        return letters.toLowerCase(java.util.Locale.ROOT);
    }

    private static String[] acronymWords(String[] source, byte[] kind, String[] concept) {
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < source.length; i++) {
            boolean article = concept[i] != null && (concept[i].equals("article") || concept[i].equals("particle"));
            if (kind[i] == DIGITS || article) {
                continue;
            }
            // The token's words as written, lowercase ASCII letters only (a legal form's "Co., Ltd.": co, ltd).
            String text = source[i];
            for (int k = 0; k <= text.length(); k++) {
                char c = k < text.length() ? Character.toLowerCase(text.charAt(k)) : ' ';
                if (c >= 'a' && c <= 'z') {
                    word.append(c);
                } else if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
        }
        return words.size() >= 2 ? words.toArray(new String[0]) : null;
    }

    /** The name as given. */
    public String original() {
        return original;
    }

    public NameType type() {
        return type;
    }

    /** The normalised tokens joined by spaces (the form two names must share to score 1.0). */
    public String normalized() {
        return String.join(" ", text) + (identifier == null ? "" : " imo" + identifier);
    }

    public int tokenCount() {
        return text.length;
    }

    /** Replaces strings by equal canonical instances, so that an index holds each distinct one once. */
    void canonicalize(java.util.function.UnaryOperator<String> canonical) {
        for (int i = 0; i < text.length; i++) {
            boolean shared = source[i] == text[i];
            text[i] = canonical.apply(text[i]);
            source[i] = shared ? text[i] : canonical.apply(source[i]);
            if (skeleton[i] != null) {
                skeleton[i] = canonical.apply(skeleton[i]);
            }
            if (coarseKey[i] != null) {
                coarseKey[i] = canonical.apply(coarseKey[i]);
            }
            if (concept[i] != null) {
                concept[i] = canonical.apply(concept[i]);
            }
        }
    }

    boolean hasSyllables(int token) {
        return syllableCount[token] > 0;
    }

    static boolean isContentLike(byte kind) {
        return kind == CONTENT || kind == INITIAL;
    }

    @Override
    public String toString() {
        return original + " -> " + Arrays.toString(text);
    }
}
