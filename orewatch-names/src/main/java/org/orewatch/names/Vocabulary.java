package org.orewatch.names;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct words of an index, each with its {@link RetrievalKeys#editTag edit tag} (a term),
 * and the spelling-edit keys that find the terms one or two edits from a query word: one-letter
 * deletions for words of four to eight letters, the word itself for words of three to seven
 * letters, and first or last four letters with the length for longer words (as in SymSpell). A
 * search looks up its word's keys here, keeps the terms that really are within the edits the
 * matcher counts ({@link TokenSimilarity#editSimilarity}), and reads the postings of those terms
 * only: names are not filed under every deletion of every word, and a word that merely shares a
 * deletion or an ending with the query costs one string comparison, not a list of names.
 * Not thread-safe: {@link NameIndex} guards it.
 */
final class Vocabulary {

    /** Receives a term found near a query word: its text, tag and spelling similarity. */
    interface Neighbour {
        void term(String text, int tag, double similarity);
    }

    /** Receives a joined text one typo from a query's and the similarity the whole-name typo rule gives. */
    interface JoinedNeighbour {
        void joined(String text, double similarity);
    }

    /** Per text, the tags it has been seen with (bit set). */
    private final Map<String, Integer> tagsOfText = new HashMap<>();
    private String[] termText = new String[1024];
    private byte[] termTag = new byte[1024];
    /** Letters a to z a term holds, one bit each: edits change at most one letter of the set each. */
    private int[] termLetters = new int[1024];
    private int termCount;
    private final KeyedIds editKeys = new KeyedIds(1 << 12);
    /** Joined texts of names the whole-name typo rule applies to, by their own key and by their halves. */
    private String[] joinedText = new String[1024];
    private int joinedCount;
    private final KeyedIds joinedByKey = new KeyedIds(1 << 12);
    private final KeyedIds joinedHalves = new KeyedIds(1 << 12);

    /** Records a word seen with a tag; a new term gets its edit keys. */
    void add(String text, int tag) {
        Integer known = tagsOfText.get(text);
        int tags = known == null ? 0 : known;
        if ((tags & (1 << tag)) != 0) {
            return;
        }
        tagsOfText.put(text, tags | (1 << tag));
        if (termCount == termText.length) {
            termText = Arrays.copyOf(termText, termCount * 2);
            termTag = Arrays.copyOf(termTag, termCount * 2);
            termLetters = Arrays.copyOf(termLetters, termCount * 2);
        }
        int term = termCount++;
        termText[term] = text;
        termTag[term] = (byte) tag;
        termLetters[term] = letters(text);
        RetrievalKeys.termEditKeys(text, key -> editKeys.add(key, term));
    }

    /** Records the joined text of a name the whole-name typo rule applies to. */
    void addJoined(String joined) {
        long key = RetrievalKeys.hash('j', joined, -1, 0);
        int list = joinedByKey.find(key);
        if (list >= 0) {
            int[] ids = joinedByKey.ids(list);
            for (int i = 0, n = joinedByKey.size(list); i < n; i++) {
                if (joinedText[ids[i]].equals(joined)) {
                    return;
                }
            }
        }
        if (joinedCount == joinedText.length) {
            joinedText = Arrays.copyOf(joinedText, joinedCount * 2);
        }
        int id = joinedCount++;
        joinedText[id] = joined;
        joinedByKey.add(key, id);
        RetrievalKeys.joinedTypoKeys(joined, half -> joinedHalves.add(half, id), false);
    }

    int joinedCount() {
        return joinedCount;
    }

    /**
     * The joined texts one edit from {@code joined} (optimal string alignment, which a keyboard slip
     * also is), each once, with the similarity the whole-name typo rule gives the pair.
     */
    void joinedNeighbours(String joined, int[] seen, int stamp, JoinedNeighbour out) {
        RetrievalKeys.joinedTypoKeys(joined, half -> {
            int list = joinedHalves.find(half);
            if (list < 0) {
                return;
            }
            int[] ids = joinedHalves.ids(list);
            for (int i = 0, n = joinedHalves.size(list); i < n; i++) {
                int id = ids[i];
                if (seen[id] == stamp) {
                    continue;
                }
                seen[id] = stamp;
                String candidate = joinedText[id];
                if (KeyboardTypo.isOneEdit(joined, candidate)) {
                    out.joined(candidate, NameMatcher.joinedTypoSimilarity(joined, candidate));
                }
            }
        }, true);
    }

    /** The tags a text has been seen with, as a bit set (0: never seen). */
    int tagsOf(String text) {
        Integer tags = tagsOfText.get(text);
        return tags == null ? 0 : tags;
    }

    int termCount() {
        return termCount;
    }

    /**
     * The terms with one of {@code tags} that a spelling edit relates to {@code text} (other than
     * the text itself), each once, with the similarity of the edit. {@code seen} holds one stamp per
     * term and {@code stamp} is new for each call.
     */
    void neighbours(String text, int tags, int[] seen, int stamp, Neighbour out) {
        int letters = letters(text);
        int length = text.length();
        RetrievalKeys.queryEditKeys(text, key -> {
            int list = editKeys.find(key);
            if (list < 0) {
                return;
            }
            int[] ids = editKeys.ids(list);
            int size = editKeys.size(list);
            for (int i = 0; i < size; i++) {
                int term = ids[i];
                if (seen[term] == stamp || (tags & (1 << termTag[term])) == 0) {
                    continue;
                }
                seen[term] = stamp;
                String candidate = termText[term];
                // Each edit adds at most one letter to the set and removes at most one: two edits at most.
                int edits = Math.max(length, candidate.length()) <= TokenSimilarity.SHORT_TOKEN ? 1 : 2;
                int other = termLetters[term];
                if (Integer.bitCount(letters & ~other) > edits || Integer.bitCount(other & ~letters) > edits
                        || candidate.equals(text)) {
                    continue;
                }
                double similarity = TokenSimilarity.editSimilarity(text, candidate);
                if (similarity > 0) {
                    out.term(candidate, termTag[term], similarity);
                }
            }
        });
    }

    /** The set of letters a to z in a text (other characters are not counted). */
    private static int letters(String text) {
        int set = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i) - 'a';
            if (c >= 0 && c < 26) {
                set |= 1 << c;
            }
        }
        return set;
    }

    /** Lists of term numbers keyed by 64-bit hashes (open addressing; a collision only adds a term to verify). */
    private static final class KeyedIds {
        private static final int EMPTY = -1;
        private long[] keys;
        private int[] slots;
        private int used;
        private int[][] lists = new int[1024][];
        private int[] sizes = new int[1024];
        private int listCount;

        KeyedIds(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            keys = new long[capacity];
            slots = new int[capacity];
            Arrays.fill(slots, EMPTY);
        }

        void add(long key, int id) {
            if (used * 10 >= keys.length * 6) {
                grow();
            }
            int mask = keys.length - 1;
            int slot = (int) PostingTable.mix(key) & mask;
            while (slots[slot] != EMPTY && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            int list = slots[slot];
            if (list == EMPTY) {
                if (listCount == lists.length) {
                    lists = Arrays.copyOf(lists, listCount * 2);
                    sizes = Arrays.copyOf(sizes, listCount * 2);
                }
                list = listCount++;
                lists[list] = new int[2];
                keys[slot] = key;
                slots[slot] = list;
                used++;
            }
            int size = sizes[list];
            int[] ids = lists[list];
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                lists[list] = ids;
            }
            ids[size] = id;
            sizes[list] = size + 1;
        }

        /** The list number of a key, or -1. */
        int find(long key) {
            int mask = keys.length - 1;
            int slot = (int) PostingTable.mix(key) & mask;
            while (slots[slot] != EMPTY) {
                if (keys[slot] == key) {
                    return slots[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        int[] ids(int list) {
            return lists[list];
        }

        int size(int list) {
            return sizes[list];
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldSlots = slots;
            keys = new long[oldKeys.length * 2];
            slots = new int[oldKeys.length * 2];
            Arrays.fill(slots, EMPTY);
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldSlots[i] == EMPTY) {
                    continue;
                }
                int slot = (int) PostingTable.mix(oldKeys[i]) & mask;
                while (slots[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                slots[slot] = oldSlots[i];
            }
        }
    }
}
