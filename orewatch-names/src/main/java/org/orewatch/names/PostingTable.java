package org.orewatch.names;

import java.util.Arrays;

/**
 * Posting lists keyed by 64-bit key hashes, in open-addressing arrays, each split by the
 * partition of the names it holds (a class of name shapes: see {@link NameIndex}), so that a search
 * can read the part of a frequent key's list where a name could still reach its minimum score and
 * skip the rest. A posting is a document number and the token of the document that carries the
 * key ({@link #posting}), so a search can tell how many distinct tokens of a name it reached.
 * A key with one posting keeps it inline in the slot; longer lists live in growable int arrays,
 * sorted as added. Two keys that collide only add candidates, which are then bounded and scored,
 * so a collision can never lose a hit. Not thread-safe: {@link NameIndex} guards it with a
 * read-write lock.
 */
final class PostingTable {

    static final int PARTITIONS = 8;
    static final int TOKEN_BITS = 5;
    /** The token number of keys that belong to the whole name (identifier, joined text). */
    static final int NAME_TOKEN = (1 << TOKEN_BITS) - 1;
    /** Documents are numbered below this, so that a posting is a non-negative int below Integer.MAX_VALUE. */
    static final int MAX_DOCUMENTS = (1 << (31 - TOKEN_BITS)) - 1;

    private static final int EMPTY = Integer.MIN_VALUE;

    private long[] keys;
    /** EMPTY, -(posting + 1) for a key with one posting, or the key's entry number. */
    private int[] values;
    private int used;
    /** Per entry, the list number of each partition (-1: none). */
    private int[][] entries = new int[1024][];
    private int entryCount;
    private int[][] lists = new int[1024][];
    private int[] sizes = new int[1024];
    private int listCount;
    /** The partition of each document, for postings kept inline. */
    private byte[] partitionOf = new byte[1024];

    PostingTable(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
    }

    int keyCount() {
        return used;
    }

    /** A posting: document {@code doc}'s token {@code token} (or {@link #NAME_TOKEN}) carries the key. */
    static int posting(int doc, int token) {
        return doc << TOKEN_BITS | token;
    }

    static int doc(int posting) {
        return posting >>> TOKEN_BITS;
    }

    static int token(int posting) {
        return posting & NAME_TOKEN;
    }

    /** Records the partition of a document before its postings are added. */
    void document(int doc, int partition) {
        if (doc >= partitionOf.length) {
            partitionOf = Arrays.copyOf(partitionOf, Math.max(doc + 1, partitionOf.length * 2));
        }
        partitionOf[doc] = (byte) partition;
    }

    /** Appends a posting to a key's list; postings arrive in increasing order, repeats are dropped. */
    void add(long key, int posting) {
        if (used * 10 >= keys.length * 6) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (values[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        int value = values[slot];
        if (value == EMPTY) {
            keys[slot] = key;
            values[slot] = -(posting + 1);
            used++;
            return;
        }
        int entry;
        if (value < 0) {
            int single = -value - 1;
            if (single == posting) {
                return;
            }
            entry = newEntry();
            values[slot] = entry;
            append(entry, single);
        } else {
            entry = value;
        }
        append(entry, posting);
    }

    private void append(int entry, int posting) {
        int partition = partitionOf[doc(posting)];
        int[] parts = entries[entry];
        int list = parts[partition];
        if (list < 0) {
            list = newList();
            lists[list] = new int[2];
            parts[partition] = list;
        }
        int size = sizes[list];
        int[] postings = lists[list];
        if (size > 0 && postings[size - 1] == posting) {
            return;
        }
        if (size == postings.length) {
            postings = Arrays.copyOf(postings, size + (size >> 1) + 2);
            lists[list] = postings;
        }
        postings[size] = posting;
        sizes[list] = size + 1;
    }

    /** The postings of a key into {@code out}; returns their number. */
    int get(long key, Postings out) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (values[slot] != EMPTY) {
            if (keys[slot] == key) {
                int value = values[slot];
                if (value < 0) {
                    int single = -value - 1;
                    out.single(single, partitionOf[doc(single)]);
                    return 1;
                }
                int[] parts = entries[value];
                int total = 0;
                for (int p = 0; p < PARTITIONS; p++) {
                    int list = parts[p];
                    if (list < 0) {
                        out.lists[p] = null;
                        out.sizes[p] = 0;
                    } else {
                        out.lists[p] = lists[list];
                        out.sizes[p] = sizes[list];
                        total += sizes[list];
                    }
                }
                out.single = -1;
                return total;
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    private int newEntry() {
        if (entryCount == entries.length) {
            entries = Arrays.copyOf(entries, entryCount * 2);
        }
        int[] parts = new int[PARTITIONS];
        Arrays.fill(parts, -1);
        entries[entryCount] = parts;
        return entryCount++;
    }

    private int newList() {
        if (listCount == lists.length) {
            lists = Arrays.copyOf(lists, listCount * 2);
            sizes = Arrays.copyOf(sizes, listCount * 2);
        }
        return listCount++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, EMPTY);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] == EMPTY) {
                continue;
            }
            int slot = (int) mix(oldKeys[i]) & mask;
            while (values[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = oldKeys[i];
            values[slot] = oldValues[i];
        }
    }

    static long mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        key ^= key >>> 33;
        return key;
    }

    /**
     * The tokens (one bit each) of a document among the first {@code size} postings of a sorted
     * list; 0 when the document is not there.
     */
    static int tokensOf(int[] list, int size, int doc) {
        int low = 0;
        int high = size;
        int first = doc << TOKEN_BITS;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (list[middle] < first) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int tokens = 0;
        for (int p = low; p < size && doc(list[p]) == doc; p++) {
            tokens |= 1 << token(list[p]);
        }
        return tokens;
    }

    /** A view of one key's postings without copying them: one posting, or a list per partition. */
    static final class Postings {
        /** The posting when the key has only one (else -1), and its partition. */
        int single = -1;
        int singlePartition;
        final int[][] lists = new int[PARTITIONS][];
        final int[] sizes = new int[PARTITIONS];

        void single(int posting, int partition) {
            single = posting;
            singlePartition = partition;
        }
    }
}
