package org.orewatch.names;

import java.util.function.LongConsumer;

/**
 * The keys under which {@link NameIndex} files a name and the keys a query looks up. Each kind
 * of key mirrors one relation of {@link TokenSimilarity}, so any pair of tokens with a non-zero
 * similarity shares at least one key:
 * <ul>
 *   <li>{@code d}: a word's text; {@code D}: a generic word's or legal form's text (they pair only
 *       with each other, so they live apart from words);</li>
 *   <li>{@code e}: for words of four to eight letters each one-letter deletion, and the word itself
 *       as the deletion of a longer word (two strings within one edit share a deletion neighbour);</li>
 *   <li>{@code p}, {@code s}: first or last four letters with the word length (two edits between
 *       longer words that share an end);</li>
 *   <li>{@code k}: phonetic skeleton; {@code o}: Korean coarse key;</li>
 *   <li>{@code i}, {@code f}: initial letters; {@code g}: generic concept; {@code n}: number;</li>
 *   <li>{@code m}: IMO number; {@code w}, {@code j}, {@code J}: the whole name's Korean key, joined text
 *       and joined skeleton (the last only for names not read as Korean); {@code h}, {@code t}: the joined
 *       text's first and last halves with its length, under which the {@link Vocabulary} finds the
 *       joined texts one typo away (the whole-name typo rule, {@link #joinedTypoKeys}); {@code A},
 *       {@code a}: first two initials of a name, letter pairs of an acronym ({@link #acronymKeys}).</li>
 * </ul>
 * Spelling-edit keys ({@code e}, {@code p}, {@code s}) carry an {@link #editTag}: the word's number
 * of Korean syllables and whether its name is read as Korean. Between two words with the same
 * number of syllables, one of them in a Korean name, a syllable that differs is a different name
 * and no spelling edit counts ({@link TokenSimilarity#compare}); a query leaves out those tags, so
 * that the thousands of Korean given names one letter apart are not read at all.
 */
final class RetrievalKeys {

    static final int AFFIX_MIN_LENGTH = 6;
    static final int AFFIX_LONG = TokenSimilarity.SHORT_TOKEN + 1;

    /** Edit tags: 0 no syllables; 1-3 that many syllables, name not Korean; 4-6 the same, Korean; 7 more syllables. */
    static final int EDIT_TAGS = 8;
    private static final int MANY_SYLLABLES = 7;

    /**
     * Receives keys with a number: for a query, the group they belong to (a query token's relation or
     * a name-level relation); for a name, the token that carries them ({@link PostingTable#NAME_TOKEN}
     * for name-level keys).
     */
    interface Sink {
        void key(int group, long hash);

        /** A key of a word a spelling edit away, and the similarity that edit gives. */
        default void edit(int group, long hash, double similarity) {
            key(group, hash);
        }
    }

    private RetrievalKeys() {
    }

    /** The edit tag of a word with this many Korean syllables (0: none) in a name read as Korean or not. */
    static int editTag(int syllables, boolean korean) {
        if (syllables == 0) {
            return 0;
        }
        if (syllables > 3) {
            return MANY_SYLLABLES;
        }
        return korean ? 3 + syllables : syllables;
    }

    /**
     * The edit tags a query word must look up: all of them, except the words that cannot relate
     * to it by spelling (same number of syllables, one of the two names Korean), as a bit set.
     */
    static int editTagsFor(int syllables, boolean korean) {
        int all = (1 << EDIT_TAGS) - 1;
        if (syllables == 0 || syllables > 3) {
            return all;
        }
        int tags = all & ~(1 << (3 + syllables));
        return korean ? tags & ~(1 << syllables) : tags;
    }

    /** Keys of a name as stored, each with the number of the token it belongs to. */
    static void indexKeys(PreparedName name, Sink sink) {
        for (int i = 0; i < name.text.length; i++) {
            String text = name.text[i];
            switch (name.kind[i]) {
                case PreparedName.CONTENT -> {
                    sink.key(i, termKey(text, editTag(name.syllableCount[i], name.korean)));
                    if (name.skeleton[i] != null) {
                        sink.key(i, hash('k', name.skeleton[i], -1, 0));
                    }
                    if (name.coarseKey[i] != null) {
                        sink.key(i, hash('o', name.coarseKey[i], -1, 0));
                    }
                    sink.key(i, firstLetter('f', text));
                }
                case PreparedName.INITIAL -> {
                    sink.key(i, hash('d', text, -1, 0));
                    sink.key(i, firstLetter('i', text));
                }
                case PreparedName.GENERIC, PreparedName.LEGAL -> {
                    sink.key(i, hash('D', text, -1, 0));
                    sink.key(i, hash('g', name.concept[i], -1, 0));
                }
                case PreparedName.DIGITS -> sink.key(i, hash('n', text, -1, 0));
                default -> throw new IllegalStateException("unknown token kind " + name.kind[i]);
            }
        }
        nameKeys(name, sink, PostingTable.NAME_TOKEN, PostingTable.NAME_TOKEN, PostingTable.NAME_TOKEN,
                PostingTable.NAME_TOKEN, PostingTable.NAME_TOKEN, false);
    }

    /** Groups a query token's keys fall in: full-strength relations, spelling edits, weak relations. */
    static final int GROUPS_PER_TOKEN = 3;

    /**
     * Keys a query looks up. Token i's keys fall in group 3i (same word, Korean key, skeleton:
     * similarity up to 1), 3i+1 (the terms of the vocabulary one or two edits away, each with its
     * similarity, through {@link Sink#edit}) or 3i+2 (initial to word, generic concept: up to
     * {@link #weakGroupCeiling}); name-level keys use the groups given. {@code seen} and
     * {@code nextStamp} are the caller's scratch for {@link Vocabulary#neighbours}.
     */
    static void queryKeys(PreparedName query, Vocabulary vocabulary, int[] seen, int[] seenJoined, int[] nextStamp,
            Sink sink, int identifierGroup, int wholeGroup, int joinedGroup, int joinedSkeletonGroup, int typoGroup,
            int acronymGroup) {
        for (int i = 0; i < query.text.length; i++) {
            String text = query.text[i];
            int strong = GROUPS_PER_TOKEN * i;
            int edit = strong + 1;
            int weak = strong + 2;
            switch (query.kind[i]) {
                case PreparedName.CONTENT -> {
                    // The same word with any tag; a one-letter word may also be an initial.
                    terms(vocabulary.tagsOf(text), text, strong, sink);
                    if (text.length() == 1) {
                        sink.key(strong, hash('d', text, -1, 0));
                    }
                    int stamp = nextStamp[0]++;
                    vocabulary.neighbours(text, editTagsFor(query.syllableCount[i], query.korean), seen, stamp,
                            (word, tag, similarity) -> sink.edit(edit, termKey(word, tag), similarity));
                    if (query.skeleton[i] != null) {
                        sink.key(strong, hash('k', query.skeleton[i], -1, 0));
                    }
                    if (query.coarseKey[i] != null) {
                        sink.key(strong, hash('o', query.coarseKey[i], -1, 0));
                    }
                    sink.key(weak, firstLetter('i', text));
                }
                case PreparedName.INITIAL -> {
                    // Another initial, or a one-letter word (a family name such as O).
                    sink.key(strong, hash('d', text, -1, 0));
                    terms(vocabulary.tagsOf(text), text, strong, sink);
                    sink.key(weak, firstLetter('f', text));
                }
                case PreparedName.GENERIC, PreparedName.LEGAL -> {
                    sink.key(strong, hash('D', text, -1, 0));
                    sink.key(weak, hash('g', query.concept[i], -1, 0));
                }
                case PreparedName.DIGITS -> sink.key(strong, hash('n', text, -1, 0));
                default -> throw new IllegalStateException("unknown token kind " + query.kind[i]);
            }
        }
        nameKeys(query, sink, identifierGroup, wholeGroup, joinedGroup, joinedSkeletonGroup, acronymGroup, true);
        // One typo in the whole name: the joined texts of the index that really are one edit away, each
        // read through its joined-text key with the similarity the rule gives it.
        if (query.joinedTypo) {
            int stamp = nextStamp[0]++;
            vocabulary.joinedNeighbours(query.joined, seenJoined, stamp, (joined, similarity) ->
                    sink.edit(typoGroup, hash('j', joined, -1, 0), similarity));
        }
    }

    private static void terms(int tags, String text, int group, Sink sink) {
        for (int rest = tags; rest != 0; rest &= rest - 1) {
            sink.key(group, termKey(text, Integer.numberOfTrailingZeros(rest)));
        }
    }

    /** The key of a word with an edit tag: its postings are the names holding that word. */
    static long termKey(String text, int tag) {
        return hash('T', text, -1, tag);
    }

    /**
     * The keys of the {@link Vocabulary} under which a word is found by a query word one or two edits
     * away: its one-letter deletions (four to eight letters), itself (three to seven letters, for a
     * word one letter longer), its first and last four letters with its length (six letters or more).
     */
    static void termEditKeys(String text, LongConsumer keys) {
        int length = text.length();
        deletionKeys(text, keys);
        if (length >= AFFIX_MIN_LENGTH) {
            keys.accept(affix('p', text, 0, length));
            keys.accept(affix('s', text, length - TokenSimilarity.AFFIX, length));
        }
    }

    /**
     * One-letter deletions of a word of four to eight letters, and the word itself (three to seven
     * letters) as the deletion of a word one letter longer: the same for a term and a query word.
     */
    private static void deletionKeys(String text, LongConsumer keys) {
        int length = text.length();
        if (length >= TokenSimilarity.SHORTEST_EDITABLE && length < TokenSimilarity.SHORT_TOKEN) {
            keys.accept(hash('e', text, -1, 0));
        }
        if (length > TokenSimilarity.SHORTEST_EDITABLE && length <= TokenSimilarity.SHORT_TOKEN) {
            for (int p = 0; p < length; p++) {
                keys.accept(hash('e', text, p, 0));
            }
        }
    }

    /**
     * The keys a query word looks up in the {@link Vocabulary}: words within one edit (four to eight
     * letters: a shared deletion, or one is a deletion of the other), or within two sharing an end
     * (longer words, lengths two apart at most).
     */
    static void queryEditKeys(String text, LongConsumer keys) {
        int length = text.length();
        deletionKeys(text, keys);
        if (length >= TokenSimilarity.AFFIX) {
            for (int target = length - 2; target <= length + 2; target++) {
                if (target >= AFFIX_MIN_LENGTH && Math.max(length, target) >= AFFIX_LONG) {
                    keys.accept(affix('p', text, 0, target));
                    keys.accept(affix('s', text, length - TokenSimilarity.AFFIX, target));
                }
            }
        }
    }

    private static void nameKeys(PreparedName name, Sink sink, int identifierGroup, int wholeGroup, int joinedGroup,
            int joinedSkeletonGroup, int acronymGroup, boolean query) {
        if (name.identifier != null) {
            sink.key(identifierGroup, hash('m', name.identifier, -1, 0));
        }
        if (name.wholeCoarseKey != null) {
            sink.key(wholeGroup, hash('w', name.wholeCoarseKey, -1, 0));
        }
        if (name.joined != null) {
            sink.key(joinedGroup, hash('j', name.joined, -1, 0));
        }
        // Spellings of the whole name count between names not read as Korean only (NameMatcher.wholeSimilarity).
        if (name.joinedSkeleton != null && !name.korean) {
            sink.key(joinedSkeletonGroup, hash('J', name.joinedSkeleton, -1, 0));
        }
        acronymKeys(name, sink, acronymGroup, query);
    }

    /**
     * Keys for the acronym rule ({@link NameMatcher#abbreviates}): a name of two words or more under
     * the initials of its first two ({@code A}), an acronym under its first letter with each letter
     * that may begin the second word ({@code a}: the first word gives it one to
     * {@link NameMatcher#ACRONYM_PREFIX} letters, KOMID under ko, km, ki). A query looks up the other
     * kind: its initials among the acronyms, its letter pairs among the names of two words or more,
     * so that a name of two words does not read every name with the same initials.
     */
    private static void acronymKeys(PreparedName name, Sink sink, int group, boolean query) {
        if (name.acronymWords != null) {
            sink.key(group, hash(query ? 'a' : 'A', "" + name.acronymWords[0].charAt(0) + name.acronymWords[1].charAt(0),
                    -1, 0));
        }
        String letters = name.acronym;
        if (letters != null) {
            for (int k = 1; k <= Math.min(NameMatcher.ACRONYM_PREFIX, letters.length() - 1); k++) {
                sink.key(group, hash(query ? 'A' : 'a', "" + letters.charAt(0) + letters.charAt(k), -1, 0));
            }
        }
    }

    /**
     * Keys under which the {@link Vocabulary} files a joined text for the whole-name typo rule: the
     * first and the last {@code (n - 1) / 2} letters of the joined text with its length n. One edit
     * touches at most two neighbouring letters, and these two halves leave at least one letter
     * between them, so two texts one edit apart share one half: an indexed text files its own, a
     * query looks up its halves for the lengths n - 1, n and n + 1.
     */
    static void joinedTypoKeys(String joined, LongConsumer keys, boolean query) {
        int length = joined.length();
        for (int target = query ? length - 1 : length; target <= (query ? length + 1 : length); target++) {
            if (target < PreparedName.TYPO_MIN_LENGTH) {
                continue;
            }
            int half = (target - 1) / 2;
            keys.accept(span('h', joined, 0, half, target));
            keys.accept(span('t', joined, length - half, half, target));
        }
    }

    /** FNV-1a over the kind, {@code count} letters from {@code from}, and a length. */
    private static long span(char kind, String text, int from, int count, int length) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ kind) * 0x100000001b3L;
        for (int k = from; k < from + count; k++) {
            h = (h ^ text.charAt(k)) * 0x100000001b3L;
        }
        h = (h ^ (0x10000 + length)) * 0x100000001b3L;
        return PostingTable.mix(h);
    }

    /** The upper similarity a query token's weak group can reach (initial or generic concept). */
    static double weakGroupCeiling(byte kind) {
        return switch (kind) {
            case PreparedName.INITIAL, PreparedName.CONTENT -> TokenSimilarity.INITIAL;
            case PreparedName.GENERIC, PreparedName.LEGAL -> TokenSimilarity.GENERIC_EQUIVALENT;
            default -> 0;
        };
    }

    /**
     * The heaviest name token a query token can pair with through one of its groups (0 strong, 1 edit,
     * 2 weak), or -1 for the name's heaviest generic word: the initial group of a word reaches
     * only initials, a number only numbers, a generic word only generic words.
     */
    static double groupCap(byte kind, int relation) {
        return switch (kind) {
            case PreparedName.GENERIC, PreparedName.LEGAL -> -1;
            case PreparedName.DIGITS -> NameWeights.DIGITS;
            case PreparedName.CONTENT -> relation == 2 ? NameWeights.INITIAL : NameWeights.CONTENT;
            default -> NameWeights.CONTENT;
        };
    }

    private static long firstLetter(char kind, String text) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ kind) * 0x100000001b3L;
        h = (h ^ text.charAt(0)) * 0x100000001b3L;
        return PostingTable.mix(h);
    }

    private static long affix(char kind, String text, int from, int length) {
        return span(kind, text, from, TokenSimilarity.AFFIX, length);
    }

    /** FNV-1a over the kind, the text without the character at {@code skip} (-1: none) and a tag. */
    static long hash(char kind, String text, int skip, int tag) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ kind) * 0x100000001b3L;
        for (int k = 0; k < text.length(); k++) {
            if (k != skip) {
                h = (h ^ text.charAt(k)) * 0x100000001b3L;
            }
        }
        h = (h ^ (0x20000 + tag)) * 0x100000001b3L;
        return PostingTable.mix(h);
    }
}
