package org.orewatch.names;

import java.util.Arrays;

/**
 * Posting lists of document numbers keyed by 64-bit key hashes, in open-addressing arrays. A key
 * with one posting keeps it inline in the slot; longer lists live in growable int arrays. Two keys
 * that collide only add candidates, which are then scored, so a collision can never lose a hit.
 * Not thread-safe: {@link NameIndex} guards it with a read-write lock.
 */
final class PostingTable {

    private static final int EMPTY = Integer.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int used;
    private int[][] lists = new int[1024][];
    private int[] sizes = new int[1024];
    private int listCount;

    PostingTable(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
    }

    int keyCount() {
        return used;
    }

    /** Appends a document to a key's list; documents arrive in increasing order, repeats are dropped. */
    void add(long key, int doc) {
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
            values[slot] = -(doc + 1);
            used++;
        } else if (value < 0) {
            int single = -value - 1;
            if (single == doc) {
                return;
            }
            int list = newList();
            lists[list] = new int[] {single, doc, 0, 0};
            sizes[list] = 2;
            values[slot] = list;
        } else {
            int size = sizes[value];
            int[] list = lists[value];
            if (list[size - 1] == doc) {
                return;
            }
            if (size == list.length) {
                list = Arrays.copyOf(list, size + (size >> 1) + 4);
                lists[value] = list;
            }
            list[size] = doc;
            sizes[value] = size + 1;
        }
    }

    /** The postings of a key into {@code out} (cleared first); returns their number. */
    int get(long key, Postings out) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (values[slot] != EMPTY) {
            if (keys[slot] == key) {
                int value = values[slot];
                if (value < 0) {
                    out.set(null, -value - 1, 1);
                    return 1;
                }
                out.set(lists[value], -1, sizes[value]);
                return sizes[value];
            }
            slot = (slot + 1) & mask;
        }
        out.set(null, -1, 0);
        return 0;
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

    /** Whether the postings seen through a view (sorted, as added) contain a document. */
    static boolean contains(int[] list, int single, int size, int doc) {
        if (list == null) {
            return size == 1 && single == doc;
        }
        return Arrays.binarySearch(list, 0, size, doc) >= 0;
    }

    /** A view of one posting list without copying it. */
    static final class Postings {
        private int[] list;
        private int single;
        private int size;

        void set(int[] list, int single, int size) {
            this.list = list;
            this.single = single;
            this.size = size;
        }

        int size() {
            return size;
        }

        int get(int index) {
            return list == null ? single : list[index];
        }

        int[] list() {
            return list;
        }

        int single() {
            return single;
        }
    }
}
