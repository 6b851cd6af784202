package org.orewatch.names;

/**
 * The keys under which {@link NameIndex} files a name and the keys a query looks up. Each kind
 * of key mirrors one relation of {@link TokenSimilarity}, so any pair of tokens with a non-zero
 * similarity shares at least one key:
 * <ul>
 *   <li>{@code d}: the token, and for tokens of four to eight letters each one-letter deletion
 *       (two strings within one edit share a deletion neighbour);</li>
 *   <li>{@code p}, {@code s}: first or last four letters with the token length (two edits
 *       between longer tokens that share an end);</li>
 *   <li>{@code k}: phonetic skeleton; {@code o}: Korean coarse key;</li>
 *   <li>{@code i}, {@code f}: initial letters; {@code g}: generic concept; {@code n}: number;</li>
 *   <li>{@code m}: IMO number; {@code w}, {@code j}, {@code J}: the whole name's Korean key, joined text
 *       and joined skeleton; {@code h}, {@code t}: the joined text's first and last halves with its
 *       length (one typo in the whole name, {@link #joinedTypoKeys}).</li>
 * </ul>
 */
final class RetrievalKeys {

    static final int AFFIX_MIN_LENGTH = 6;
    static final int AFFIX_LONG = TokenSimilarity.SHORT_TOKEN + 1;

    /** Receives keys: the group they belong to (a query token or a name-level relation) and the hash. */
    interface Sink {
        void key(int group, long hash);
    }

    private RetrievalKeys() {
    }

    /** Keys of a name as stored; the group argument is unused (0). */
    static void indexKeys(PreparedName name, Sink sink) {
        for (int i = 0; i < name.text.length; i++) {
            String text = name.text[i];
            switch (name.kind[i]) {
                case PreparedName.CONTENT -> {
                    sink.key(0, hash('d', text, -1));
                    if (text.length() <= TokenSimilarity.SHORT_TOKEN && text.length() > TokenSimilarity.SHORTEST_EDITABLE) {
                        for (int p = 0; p < text.length(); p++) {
                            sink.key(0, hash('d', text, p));
                        }
                    }
                    if (text.length() >= AFFIX_MIN_LENGTH) {
                        sink.key(0, affix('p', text, 0, text.length()));
                        sink.key(0, affix('s', text, text.length() - TokenSimilarity.AFFIX, text.length()));
                    }
                    if (name.skeleton[i] != null) {
                        sink.key(0, hash('k', name.skeleton[i], -1));
                    }
                    if (name.coarseKey[i] != null) {
                        sink.key(0, hash('o', name.coarseKey[i], -1));
                    }
                    sink.key(0, hash('f', text.substring(0, 1), -1));
                }
                case PreparedName.INITIAL -> {
                    sink.key(0, hash('d', text, -1));
                    sink.key(0, hash('i', text, -1));
                }
                case PreparedName.GENERIC, PreparedName.LEGAL -> {
                    sink.key(0, hash('d', text, -1));
                    sink.key(0, hash('g', name.concept[i], -1));
                }
                case PreparedName.DIGITS -> sink.key(0, hash('n', text, -1));
                default -> throw new IllegalStateException("unknown token kind " + name.kind[i]);
            }
        }
        nameKeys(name, sink, 0, 0, 0, false);
    }

    /** Groups a query token's keys fall in: full-strength relations, spelling edits, weak relations. */
    static final int GROUPS_PER_TOKEN = 3;

    /**
     * Keys a query looks up. Token i's keys fall in group 3i (same word, Korean key, skeleton:
     * similarity up to 1), 3i+1 (one or two edits: up to {@link #editCeiling}) or 3i+2 (initial
     * to word, generic concept: up to {@link #weakGroupCeiling}); name-level keys use the groups given.
     */
    static void queryKeys(PreparedName query, Sink sink, int identifierGroup, int wholeGroup, int joinedGroup) {
        for (int i = 0; i < query.text.length; i++) {
            String text = query.text[i];
            int strong = GROUPS_PER_TOKEN * i;
            int edit = strong + 1;
            int weak = strong + 2;
            switch (query.kind[i]) {
                case PreparedName.CONTENT -> {
                    sink.key(strong, hash('d', text, -1));
                    int length = text.length();
                    if (length <= TokenSimilarity.SHORT_TOKEN && length > TokenSimilarity.SHORTEST_EDITABLE) {
                        for (int p = 0; p < length; p++) {
                            sink.key(edit, hash('d', text, p));
                        }
                    }
                    if (length >= TokenSimilarity.AFFIX) {
                        for (int target = length - 2; target <= length + 2; target++) {
                            if (target >= AFFIX_MIN_LENGTH && Math.max(length, target) >= AFFIX_LONG) {
                                sink.key(edit, affix('p', text, 0, target));
                                sink.key(edit, affix('s', text, length - TokenSimilarity.AFFIX, target));
                            }
                        }
                    }
                    if (query.skeleton[i] != null) {
                        sink.key(strong, hash('k', query.skeleton[i], -1));
                    }
                    if (query.coarseKey[i] != null) {
                        sink.key(strong, hash('o', query.coarseKey[i], -1));
                    }
                    sink.key(weak, hash('i', text.substring(0, 1), -1));
                }
                case PreparedName.INITIAL -> {
                    sink.key(strong, hash('d', text, -1));
                    sink.key(strong, hash('i', text, -1));
                    sink.key(weak, hash('f', text, -1));
                }
                case PreparedName.GENERIC, PreparedName.LEGAL -> {
                    sink.key(strong, hash('d', text, -1));
                    sink.key(weak, hash('g', query.concept[i], -1));
                }
                case PreparedName.DIGITS -> sink.key(strong, hash('n', text, -1));
                default -> throw new IllegalStateException("unknown token kind " + query.kind[i]);
            }
        }
        nameKeys(query, sink, identifierGroup, wholeGroup, joinedGroup, true);
    }

    /**
     * The highest similarity a token of this length reaches with another by spelling edits alone
     * (at least one edit; the longer token at most two letters longer).
     */
    static double editCeiling(int length) {
        return 1 - TokenSimilarity.EDIT_SCALE / (length + 2);
    }

    private static void nameKeys(PreparedName name, Sink sink, int identifierGroup, int wholeGroup, int joinedGroup,
            boolean query) {
        if (name.identifier != null) {
            sink.key(identifierGroup, hash('m', name.identifier, -1));
        }
        if (name.wholeCoarseKey != null) {
            sink.key(wholeGroup, hash('w', name.wholeCoarseKey, -1));
        }
        if (name.joined != null) {
            sink.key(joinedGroup, hash('j', name.joined, -1));
        }
        if (name.joinedSkeleton != null) {
            sink.key(joinedGroup, hash('J', name.joinedSkeleton, -1));
        }
        if (name.joinedTypo) {
            joinedTypoKeys(name.joined, sink, joinedGroup, query);
        }
    }

    /**
     * Keys for the whole-name typo rule: the first and the last {@code (n - 1) / 2} letters of the
     * joined text with its length n. One edit touches at most two neighbouring letters, and these
     * two halves leave at least one letter between them, so two texts one edit apart share one
     * half: a name files its own, a query looks up its halves for the lengths n - 1, n and n + 1.
     */
    private static void joinedTypoKeys(String joined, Sink sink, int group, boolean query) {
        int length = joined.length();
        for (int target = query ? length - 1 : length; target <= (query ? length + 1 : length); target++) {
            if (target < PreparedName.TYPO_MIN_LENGTH) {
                continue;
            }
            int half = (target - 1) / 2;
            sink.key(group, span('h', joined, 0, half, target));
            sink.key(group, span('t', joined, length - half, half, target));
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

    private static long affix(char kind, String text, int from, int length) {
        return span(kind, text, from, TokenSimilarity.AFFIX, length);
    }

    /** FNV-1a over the kind and the text, skipping the character at {@code skip} (-1: none). */
    static long hash(char kind, String text, int skip) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ kind) * 0x100000001b3L;
        for (int k = 0; k < text.length(); k++) {
            if (k != skip) {
                h = (h ^ text.charAt(k)) * 0x100000001b3L;
            }
        }
        return PostingTable.mix(h);
    }
}
