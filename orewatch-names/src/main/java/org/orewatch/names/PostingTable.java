package org.orewatch.names;

import java.util.Arrays;

/**
 * Posting lists keyed by 64-bit key hashes, in open-addressing arrays, each split by the
 * partition of the names it holds (a class of name shapes: see {@link NameIndex}), so that a search
 * can read the part of a frequent key's list where a name could still reach its minimum score and
 * skip the rest. A posting is a document number and the token of the document that carries the
 * key ({@link #posting}), so a search can tell how many distinct tokens of a name it reached.
 * A key with one posting keeps it inline in the slot; longer lists live in growable int arrays,
 * sorted as added, that hold their length in element 0 (an add touches the slot and the list only). Two keys that collide only add candidates, which are then bounded and scored,
 * so a collision can never lose a hit. Not thread-safe, except that distinct shards may be added to
 * at once: {@link NameIndex} guards it with a read-write lock.
 */
final class PostingTable {

    static final int PARTITIONS = 8;
    static final int TOKEN_BITS = 5;
    /** The token number of keys that belong to the whole name (identifier, joined text). */
    static final int NAME_TOKEN = (1 << TOKEN_BITS) - 1;
    /** Documents are numbered below this, so that a posting is a non-negative int below Integer.MAX_VALUE. */
    static final int MAX_DOCUMENTS = (1 << (31 - TOKEN_BITS)) - 1;

    /** Index of a list's first posting: element 0 holds the number of postings. */
    static final int FIRST = 1;

    private static final long EMPTY = Long.MIN_VALUE;

    /**
     * Keys are split between shards by a bit of their hash, so that a bulk build can file the
     * postings of each shard on its own thread ({@link #add(int, long, int)}).
     */
    static final int SHARDS = 2;

    private final Shard[] shards = new Shard[SHARDS];
    /** The partition of each document, for postings kept inline. */
    private byte[] partitionOf = new byte[1024];

    PostingTable(int expectedKeys) {
        for (int i = 0; i < SHARDS; i++) {
            shards[i] = new Shard(expectedKeys / SHARDS);
        }
    }

    /** The shard that holds a key. */
    static int shardOf(long key) {
        return (int) (mix(key) >>> 63);
    }

    private static long[] emptySlots(int capacity) {
        long[] table = new long[2 * capacity];
        for (int i = 1; i < table.length; i += 2) {
            table[i] = EMPTY;
        }
        return table;
    }

    int keyCount() {
        int keys = 0;
        for (Shard shard : shards) {
            keys += shard.used;
        }
        return keys;
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
        shards[shardOf(key)].add(key, posting);
    }

    /**
     * {@link #add(long, int)} for a key of shard {@code shard} ({@link #shardOf}): threads may add
     * to distinct shards at the same time, once the documents' partitions are recorded.
     */
    void add(int shard, long key, int posting) {
        shards[shard].add(key, posting);
    }

    /** The postings of a key into {@code out}; returns their number. */
    int get(long key, Postings out) {
        return shards[shardOf(key)].get(key, out);
    }

    static long mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        key ^= key >>> 33;
        return key;
    }

    /**
     * The tokens (one bit each) of a document among the {@code size} postings of a sorted list
     * (from {@link #FIRST}); 0 when the document is not there.
     */
    static int tokensOf(int[] list, int size, int doc) {
        int end = size + FIRST;
        int low = FIRST;
        int high = end;
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
        for (int p = low; p < end && doc(list[p]) == doc; p++) {
            tokens |= 1 << token(list[p]);
        }
        return tokens;
    }

    /** One shard's keys: open addressing over key hashes, and the lists of keys with more than one posting. */
    private final class Shard {
        /**
         * Open addressing, key and value side by side (one cache line for both): at 2 slot the key, at
         * 2 slot + 1 EMPTY, -(posting + 1) for a key with one posting, or the key's entry number.
         */
        private long[] slots;
        private int used;
        /** Per entry, the list of each partition at [entry * PARTITIONS + partition] (null: none). */
        private int[][] lists = new int[1024 * PARTITIONS][];
        private int entryCount;

        Shard(int expectedKeys) {
            int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2) - 1) << 1;
            slots = emptySlots(capacity);
        }

        void add(long key, int posting) {
            if (used * 10 >= (slots.length >> 1) * 6) {
                grow();
            }
            int mask = (slots.length >> 1) - 1;
            int slot = (int) mix(key) & mask;
            while (slots[2 * slot + 1] != EMPTY && slots[2 * slot] != key) {
                slot = (slot + 1) & mask;
            }
            long value = slots[2 * slot + 1];
            if (value == EMPTY) {
                slots[2 * slot] = key;
                slots[2 * slot + 1] = -(posting + 1L);
                used++;
                return;
            }
            int entry;
            if (value < 0) {
                int single = (int) (-value - 1);
                if (single == posting) {
                    return;
                }
                entry = newEntry();
                slots[2 * slot + 1] = entry;
                append(entry, single);
            } else {
                entry = (int) value;
            }
            append(entry, posting);
        }

        private void append(int entry, int posting) {
            int at = entry * PARTITIONS + partitionOf[doc(posting)];
            int[] postings = lists[at];
            if (postings == null) {
                postings = new int[4];
                lists[at] = postings;
            }
            int size = postings[0];
            if (size > 0 && postings[size] == posting) {
                return;
            }
            if (size + FIRST == postings.length) {
                postings = Arrays.copyOf(postings, postings.length + (postings.length >> 1) + 2);
                lists[at] = postings;
            }
            postings[size + FIRST] = posting;
            postings[0] = size + 1;
        }

        int get(long key, Postings out) {
            int mask = (slots.length >> 1) - 1;
            int slot = (int) mix(key) & mask;
            long value;
            while ((value = slots[2 * slot + 1]) != EMPTY) {
                if (slots[2 * slot] == key) {
                    if (value < 0) {
                        int single = (int) (-value - 1);
                        out.single(single, partitionOf[doc(single)]);
                        return 1;
                    }
                    int total = 0;
                    int from = (int) value * PARTITIONS;
                    for (int p = 0; p < PARTITIONS; p++) {
                        int[] list = lists[from + p];
                        out.lists[p] = list;
                        int size = list == null ? 0 : list[0];
                        out.sizes[p] = size;
                        total += size;
                    }
                    out.single = -1;
                    return total;
                }
                slot = (slot + 1) & mask;
            }
            return 0;
        }

        private int newEntry() {
            if ((entryCount + 1) * PARTITIONS > lists.length) {
                lists = Arrays.copyOf(lists, lists.length * 2);
            }
            return entryCount++;
        }

        private void grow() {
            long[] old = slots;
            slots = emptySlots(old.length);
            int mask = (slots.length >> 1) - 1;
            for (int i = 0; i < old.length; i += 2) {
                if (old[i + 1] == EMPTY) {
                    continue;
                }
                int slot = (int) mix(old[i]) & mask;
                while (slots[2 * slot + 1] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = old[i];
                slots[2 * slot + 1] = old[i + 1];
            }
        }
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
