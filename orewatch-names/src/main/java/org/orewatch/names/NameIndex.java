package org.orewatch.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

/**
 * An in-memory index of names for top-k search, built incrementally.
 *
 * <p>Each name is filed under the keys of {@link RetrievalKeys}: one per relation the matcher can
 * score, so a name that could score above zero against a query always shares a key with it. A
 * posting records the name and which of its tokens carries the key. A search groups the query's
 * keys by token and relation and avoids reading the lists of frequent keys (Kim, mining) with a
 * MaxScore bound: the longest groups are set aside as long as a name matching only them could not
 * reach {@link #minScore()} ({@link ScoreBound}). Candidates from the remaining lists are bounded
 * by the groups they hit, how many of their tokens hit them and their shape (type and weights);
 * set-aside groups are then checked, by one pass over their lists when that is cheaper than a
 * search per candidate; the survivors are scored in decreasing order of bound until the bound falls
 * below the k-th best score. The result equals a scan of every name (see NameIndexTest): the top k
 * distinct ids by score, ties by id, among names scoring at least {@link #minScore()}; an id added
 * under several names is reported once, by its best.
 *
 * <p>Thread-safe: any number of searches run concurrently; an add waits for running searches.
 * {@link #addAll} adds many names at once on every core (the keys live in {@link PostingTable}
 * shards that threads fill side by side).
 */
public final class NameIndex {

    /** Lowest score a search reports by default: below the match threshold, for near misses. */
    public static final double DEFAULT_MIN_SCORE = 0.75;

    /**
     * Name-level groups after the tokens': identifier, whole Korean key, joined text, joined skeleton,
     * joined text one typo away, acronym.
     */
    private static final int NAME_GROUPS = 6;
    /**
     * Bounds add float weights summed per name, scores add them one by one in double: they can
     * differ in the seventh digit, so never prune on less than this.
     */
    private static final double ROUNDING = 1e-6;
    private static final int CANDIDATE_BITS = 24;
    private static final long CANDIDATE_MASK = (1L << CANDIDATE_BITS) - 1;
    /** Bits of a name's own tokens in a candidate's token set (not its partition, not the name-level bit). */
    private static final int TOKEN_MASK = (1 << 24) - 1;
    /**
     * Tokens of a name from this one on share its bit; a name that hits it may have hit any number
     * of distinct tokens (a bound must not count them as one).
     */
    private static final int MANY_TOKENS = 23;
    /** Most query tokens the key groups (three a token, and the name's, in a long) can tell apart. */
    /** Names a bulk add files per round (bounds the keys held at once) and chunks it computes their keys in. */
    private static final int BULK_BLOCK = 1 << 16;
    private static final int BULK_CHUNKS = 16;
    private static final int MAX_QUERY_TOKENS = (Scratch.MAX_GROUPS - NAME_GROUPS) / RetrievalKeys.GROUPS_PER_TOKEN;

    private final NameMatcher matcher;
    private final double minScore;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final PostingTable postings = new PostingTable(1 << 16);
    private final NameShapes shapes = new NameShapes();
    private final Vocabulary vocabulary = new Vocabulary();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    private final HashMap<String, String> strings = new HashMap<>();
    /** Per type, the first document of each distinct name text. */
    private final Map<NameType, Map<String, Integer>> firstDoc = new EnumMap<>(NameType.class);
    private int[] ids = new int[1024];
    private PreparedName[] names = new PreparedName[1024];
    private int[] shapeOf = new int[1024];
    private int size;

    public NameIndex(NameMatcher matcher) {
        this(matcher, DEFAULT_MIN_SCORE);
    }

    public NameIndex(NameMatcher matcher, double minScore) {
        if (!(minScore > 0 && minScore <= 1)) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "minimum score must be in (0, 1], not " + minScore);
        }
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.minScore = minScore;
    }

    public double minScore() {
        return minScore;
    }

    public NameMatcher matcher() {
        return matcher;
    }

    /** Adds a name under an id (an id may be added with several names: its aliases). */
    public void add(int id, String name, NameType type) {
        NameType t = type == null ? NameType.OTHER : type;
        PreparedName known;
        lock.readLock().lock();
        try {
            known = preparedBefore(name, t);
        } finally {
            lock.readLock().unlock();
        }
        add(id, known != null ? known : matcher.prepare(name, t));
    }

    /** Adds a name prepared by this index's matcher (lets callers prepare names in parallel). */
    public void add(int id, PreparedName name) {
        lock.writeLock().lock();
        try {
            checkRoom(1);
            int doc = size;
            int first = document(id, name);
            PreparedName filed = names[first];
            if (first == doc) {
                shareWords(filed);
                addToVocabulary(filed);
            }
            RetrievalKeys.indexKeys(filed, (token, hash) -> postings.add(hash, posting(doc, token)));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Adds names under ids, {@code ids[i]} with {@code names[i]} of type {@code types[i]} (null: OTHER),
     * preparing them and filing their keys on every core: the index answers as if they had been added
     * one by one in this order.
     */
    public void addAll(int[] ids, String[] names, NameType[] types) {
        if (ids.length != names.length || ids.length != types.length) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "ids, names and types differ in length: "
                    + ids.length + ", " + names.length + ", " + types.length);
        }
        // Lists repeat names: prepare each distinct text and type once, and none the index holds.
        PreparedName[] prepared = new PreparedName[names.length];
        int[] sameAs = new int[names.length];
        Map<NameType, Map<String, Integer>> firstInBatch = new EnumMap<>(NameType.class);
        lock.readLock().lock();
        try {
            for (int i = 0; i < names.length; i++) {
                NameType type = types[i] == null ? NameType.OTHER : types[i];
                Integer first = firstInBatch.computeIfAbsent(type, t -> new HashMap<>()).putIfAbsent(names[i], i);
                sameAs[i] = first == null ? i : first;
                if (first == null) {
                    prepared[i] = preparedBefore(names[i], type);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        IntStream.range(0, names.length).parallel().forEach(i -> {
            if (sameAs[i] == i && prepared[i] == null) {
                prepared[i] = matcher.prepare(names[i], types[i] == null ? NameType.OTHER : types[i]);
            }
        });
        for (int i = 0; i < names.length; i++) {
            prepared[i] = prepared[sameAs[i]];
        }
        addAll(ids, prepared);
    }

    /**
     * Adds names prepared by this index's matcher under ids, {@code ids[i]} with {@code names[i]}: the
     * keys of each block of names are computed in parallel, then filed shard by shard in parallel
     * (each shard in document order, so that its lists stay sorted) while the words of new names are
     * shared and added to the vocabulary. The index answers as if the names had been added one by one in this order.
     */
    public void addAll(int[] ids, PreparedName[] names) {
        if (ids.length != names.length) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT,
                    "ids and names differ in length: " + ids.length + " and " + names.length);
        }
        lock.writeLock().lock();
        try {
            checkRoom(names.length);
            for (int from = 0; from < names.length; from += BULK_BLOCK) {
                int to = Math.min(names.length, from + BULK_BLOCK);
                int firstDoc = size;
                PreparedName[] filed = new PreparedName[to - from];
                boolean[] fresh = new boolean[to - from];
                for (int i = from; i < to; i++) {
                    int first = document(ids[i], names[i]);
                    filed[i - from] = this.names[first];
                    fresh[i - from] = first == size - 1;
                }
                int chunks = Math.min(BULK_CHUNKS, filed.length);
                BulkKeys[] keys = new BulkKeys[chunks];
                IntStream.range(0, chunks).parallel().forEach(c -> {
                    BulkKeys chunk = new BulkKeys();
                    for (int i = c * filed.length / chunks; i < (c + 1) * filed.length / chunks; i++) {
                        int doc = firstDoc + i;
                        RetrievalKeys.indexKeys(filed[i], (token, hash) -> chunk.add(hash, posting(doc, token)));
                    }
                    keys[c] = chunk;
                });
                // The new names' words are one thread's work from the start; the shards share the others.
                ForkJoinTask<?> words = ForkJoinPool.commonPool().submit(() -> {
                    for (int i = 0; i < filed.length; i++) {
                        if (fresh[i]) {
                            shareWords(filed[i]);
                            addToVocabulary(filed[i]);
                        }
                    }
                });
                IntStream.range(0, PostingTable.SHARDS).parallel().forEach(shard -> {
                    for (BulkKeys chunk : keys) {
                        for (int i = 0; i < chunk.count; i++) {
                            if (chunk.shard[i] == shard) {
                                postings.add(shard, chunk.hash[i], chunk.posting[i]);
                            }
                        }
                    }
                });
                words.join();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A name's posting for a token: names of many tokens share the last bits. */
    private static int posting(int doc, int token) {
        return PostingTable.posting(doc, token == PostingTable.NAME_TOKEN ? token : Math.min(token, MANY_TOKENS));
    }

    private void checkRoom(int count) {
        if (count > PostingTable.MAX_DOCUMENTS - size) {
            throw new OrewatchException(ErrorCode.RESOURCE_EXHAUSTED,
                    "a name index holds at most " + PostingTable.MAX_DOCUMENTS + " names");
        }
    }

    /**
     * Files a name as the next document, with its shape and partition; returns the first document
     * with the same text and type, whose prepared name it shares (this one if new: its words are still
     * to be {@link #shareWords shared} and {@link #addToVocabulary added}). Caller holds the write lock.
     */
    private int document(int id, PreparedName name) {
        if (size == ids.length) {
            int capacity = (int) Math.min((long) size * 2, PostingTable.MAX_DOCUMENTS);
            ids = Arrays.copyOf(ids, capacity);
            names = Arrays.copyOf(names, capacity);
            shapeOf = Arrays.copyOf(shapeOf, capacity);
        }
        int doc = size;
        // Lists repeat names (many entities share one): prepare each distinct name and type once.
        Map<String, Integer> firstDocs = firstDoc.computeIfAbsent(name.type, t -> new HashMap<>());
        Integer first = firstDocs.putIfAbsent(name.original, doc);
        int shape;
        if (first != null) {
            name = names[first];
            shape = shapeOf[first];
        } else {
            shape = shapes.of(name);
        }
        ids[doc] = id;
        names[doc] = name;
        shapeOf[doc] = shape;
        postings.document(doc, shapes.partitionOf(shape));
        size++;
        return first != null ? first : doc;
    }

    /**
     * Names repeat their words: a name filed for the first time keeps the copy of each token string
     * seen before. Caller holds the write lock.
     */
    private void shareWords(PreparedName name) {
        name.canonicalize(text -> strings.computeIfAbsent(text, t -> t));
    }

    /** Adds the words of a name filed for the first time to the vocabulary. Caller holds the write lock. */
    private void addToVocabulary(PreparedName name) {
        for (int i = 0; i < name.text.length; i++) {
            if (name.kind[i] == PreparedName.CONTENT) {
                vocabulary.add(name.text[i], RetrievalKeys.editTag(name.syllableCount[i], name.korean));
            }
        }
        if (name.joinedTypo) {
            vocabulary.addJoined(name.joined);
        }
    }

    /** Keys of a run of documents in document order, each with its shard and posting. */
    private static final class BulkKeys {
        long[] hash = new long[1024];
        int[] posting = new int[1024];
        byte[] shard = new byte[1024];
        int count;

        void add(long key, int value) {
            if (count == hash.length) {
                hash = Arrays.copyOf(hash, count * 2);
                posting = Arrays.copyOf(posting, count * 2);
                shard = Arrays.copyOf(shard, count * 2);
            }
            hash[count] = key;
            posting[count] = value;
            shard[count] = (byte) PostingTable.shardOf(key);
            count++;
        }
    }

    /** The name prepared before for this text and type, or null. Caller holds a lock. */
    private PreparedName preparedBefore(String name, NameType type) {
        Map<String, Integer> firstDocs = firstDoc.get(type);
        Integer first = firstDocs == null ? null : firstDocs.get(name);
        return first == null ? null : names[first];
    }

    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Number of distinct keys (for sizing reports). */
    int keyCount() {
        lock.readLock().lock();
        try {
            return postings.keyCount();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best {@code k} names for a query, best first, each scoring at least {@link #minScore()}.
     * A null type searches names of every type; otherwise only names of that type.
     */
    public List<NameHit> search(String query, NameType type, int k) {
        if (k <= 0) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "k must be positive, not " + k);
        }
        PreparedName prepared = matcher.prepare(query, type == null ? NameType.OTHER : type);
        lock.readLock().lock();
        try {
            int[] docs = topDocs(prepared, type, k);
            List<NameHit> hits = new ArrayList<>(docs.length);
            for (int doc : docs) {
                MatchResult result = matcher.compare(prepared, names[doc]);
                hits.add(new NameHit(ids[doc], names[doc].original, names[doc].type, result));
            }
            return hits;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Top-k document numbers by score then id, one per id. Caller holds the read lock. */
    private int[] topDocs(PreparedName query, NameType type, int k) {
        return topDocs(query, type, k, scratch.get());
    }

    /** How many distinct tokens of a name a set of token bits stands for (at least). */
    private static int distinctTokens(int tokensHit) {
        return (tokensHit & (1 << MANY_TOKENS)) != 0 ? Scratch.MAX_GROUPS : Integer.bitCount(tokensHit & TOKEN_MASK);
    }

    private int[] topDocs(PreparedName query, NameType type, int k, Scratch s) {
        int tokens = query.text.length;
        if (tokens > MAX_QUERY_TOKENS) {
            return scoreEveryCandidate(query, type, k, s);
        }
        int perToken = RetrievalKeys.GROUPS_PER_TOKEN;
        int groupCount = perToken * tokens + NAME_GROUPS;
        int identifierGroup = perToken * tokens;
        s.startGroups(groupCount);
        double[] groupCeiling = s.groupCeiling;
        double[] groupCap = s.groupCap;
        int[] groupToken = s.groupToken;
        for (int i = 0; i < tokens; i++) {
            groupCeiling[perToken * i] = 1;
            // The spelling-edit group reaches at most the best similarity of the terms it reads.
            groupCeiling[perToken * i + 1] = 0;
            groupCeiling[perToken * i + 2] = RetrievalKeys.weakGroupCeiling(query.kind[i]);
            for (int r = 0; r < perToken; r++) {
                groupToken[perToken * i + r] = i;
                groupCap[perToken * i + r] = RetrievalKeys.groupCap(query.kind[i], r);
            }
        }
        for (int g = identifierGroup; g < groupCount; g++) {
            groupCap[g] = 1;
            groupToken[g] = -1;
        }
        // An identifier that agrees lifts a score to 0.9 or more: no bound below 1. The whole name's
        // Korean key, joined text and joined skeleton give at most these similarities to the whole name.
        groupCeiling[identifierGroup] = 1;
        groupCeiling[identifierGroup + 1] = TokenSimilarity.TRANSLITERATED;
        groupCeiling[identifierGroup + 2] = 1;
        groupCeiling[identifierGroup + 3] = TokenSimilarity.PHONETIC;
        // The typo group reaches at most the best similarity of the joined texts it reads.
        groupCeiling[identifierGroup + 4] = 0;
        // An acronym scores a flat ACRONYM_SIMILARITY (ScoreBound bounds it so, not as a whole name).
        groupCeiling[identifierGroup + 5] = NameMatcher.ACRONYM_SIMILARITY;
        RetrievalKeys.queryKeys(query, vocabulary, s.seen(vocabulary.termCount()), s.seenJoined(vocabulary.joinedCount()),
                s.stamp, new RetrievalKeys.Sink() {
            @Override
            public void key(int group, long hash) {
                s.addKey(group, hash, postings);
            }

            @Override
            public void edit(int group, long hash, double similarity) {
                if (s.addKey(group, hash, postings)) {
                    groupCeiling[group] = Math.max(groupCeiling[group], similarity);
                }
            }
        }, identifierGroup, identifierGroup + 1, identifierGroup + 2, identifierGroup + 3, identifierGroup + 4,
                identifierGroup + 5);
        s.indexGroups(groupCount);
        // Without a type, a name may be a person, whose missing words are discounted most.
        double anyMissing = type == null
                ? Math.min(NameMatcher.PERSON_MISSING_DISCOUNT, NameMatcher.OTHER_MISSING_DISCOUNT)
                : NameMatcher.effectiveType(query.type, type) == NameType.PERSON
                        ? NameMatcher.PERSON_MISSING_DISCOUNT : NameMatcher.OTHER_MISSING_DISCOUNT;
        ScoreBound bounds = s.bounds;
        bounds.start(query, groupCeiling, groupCap, groupCount, identifierGroup + 5, anyMissing);
        // MaxScore, in each partition: set aside the longest lists while no name of the partition
        // hitting only them could reach minScore. Any subset whose bound stays below minScore will
        // do, so a group that does not fit is skipped and shorter ones are still tried. A partition
        // none of whose names can reach minScore at all is skipped whole.
        long all = groupCount == 64 ? -1L : (1L << groupCount) - 1;
        long[] nonEssential = s.nonEssential;
        long[] groupOrder = s.groupOrder;
        for (int p = 0; p < PostingTable.PARTITIONS; p++) {
            nonEssential[p] = all;
            if (shapes.shapeCount(p) == 0 || !s.partitionHasPostings(p, groupCount)
                    || bounds.partition(bounds.entry(all, tokens), p, shapes, query.type) + ROUNDING < minScore) {
                continue;
            }
            long aside = 0;
            for (int g = 0; g < groupCount; g++) {
                groupOrder[g] = -(s.groupLength[p * Scratch.MAX_GROUPS + g] << 8 | g);
            }
            Arrays.sort(groupOrder, 0, groupCount);
            for (int o = 0; o < groupCount; o++) {
                int g = (int) (-groupOrder[o] & 0xFF);
                if (groupToken[g] < 0 || s.groupLength[p * Scratch.MAX_GROUPS + g] == 0) {
                    continue;
                }
                long tentative = aside | (1L << g);
                if (bounds.partition(bounds.entry(tentative, tokens), p, shapes, query.type) + ROUNDING < minScore) {
                    aside = tentative;
                }
            }
            nonEssential[p] = aside;
        }
        // A set-aside group is checked either per candidate (a binary search in each of its lists) or,
        // when its lists are shorter than the candidates' searches would cost, by one pass over them
        // along with the essential lists. Candidates are at most the essential postings.
        long essentialPostings = 0;
        for (int p = 0; p < PostingTable.PARTITIONS; p++) {
            for (int g = 0; g < groupCount; g++) {
                if ((nonEssential[p] & (1L << g)) == 0) {
                    essentialPostings += s.groupLength[p * Scratch.MAX_GROUPS + g];
                }
            }
        }
        long[] unresolved = s.unresolved;
        long[] marked = s.marked;
        for (int p = 0; p < PostingTable.PARTITIONS; p++) {
            unresolved[p] = 0;
            marked[p] = 0;
            for (long aside = nonEssential[p]; aside != 0; aside &= aside - 1) {
                int g = Long.numberOfTrailingZeros(aside);
                long length = s.groupLength[p * Scratch.MAX_GROUPS + g];
                if (length == 0) {
                    continue;
                }
                if (length < essentialPostings * (64 - Long.numberOfLeadingZeros(length))) {
                    marked[p] |= 1L << g;
                } else {
                    unresolved[p] |= 1L << g;
                }
            }
        }
        // Gather candidates block by block of documents (the block's bookkeeping stays in cache): the
        // groups each hits and its tokens that hit them; then bound each, first for its partition
        // (cached per set of groups), then for its shape, and keep those that may reach minScore.
        int kept = 0;
        for (int base = 0; base < size; base += Scratch.BLOCK) {
            int end = Math.min(size, base + Scratch.BLOCK);
            int reached = s.gatherBlock(base, end);
            int[] blockDocs = s.blockDocs;
            long[] blockGroups = s.blockGroups;
            int[] blockTokens = s.blockTokens;
            for (int c = 0; c < reached; c++) {
                int at = blockDocs[c];
                long groups = blockGroups[at];
                int tokensHit = blockTokens[at];
                blockGroups[at] = 0;
                blockTokens[at] = 0;
                int doc = base + at;
                int p = Scratch.partitionOf(tokensHit);
                long assumed = unresolved[p] & ~groups;
                int entry = bounds.entry(groups | assumed,
                        distinctTokens(tokensHit) + s.tokensIn(assumed));
                if (bounds.partition(entry, p, shapes, query.type) + ROUNDING < minScore) {
                    continue;
                }
                int shape = shapeOf[doc];
                if (type != null && shapes.type(shape) != type) {
                    continue;
                }
                double bound = bounds.of(entry, shape, shapes, query.type);
                if (bound + ROUNDING >= minScore) {
                    s.keep(kept++, doc, bound, groups, tokensHit);
                }
            }
        }
        int[] keptDocs = s.keptDocs;
        double[] keptBounds = s.keptBounds;
        long[] keptGroups = s.keptGroups;
        int[] keptTokens = s.keptTokens;
        // Sort by bound, best first, ties by id: pack (bound, rank by id) into longs and sort those.
        // Candidate numbers take the low 24 bits; past that many candidates the order is by bound alone
        // in blocks, which only costs time: every candidate whose bound reaches the k-th score is scored.
        long[] order = s.order(kept);
        for (int c = 0; c < kept; c++) {
            long boundBits = Double.doubleToLongBits(keptBounds[c]) >>> CANDIDATE_BITS;
            order[c] = (~boundBits << CANDIDATE_BITS & ~CANDIDATE_MASK) | (c & CANDIDATE_MASK);
        }
        boolean packed = kept <= CANDIDATE_MASK;
        if (packed) {
            Arrays.sort(order, 0, kept);
        }
        TopK top = new TopK(k);
        for (int r = 0; r < kept; r++) {
            int c = packed ? (int) (order[r] & CANDIDATE_MASK) : r;
            int doc = keptDocs[c];
            double threshold = top.threshold(minScore);
            if (keptBounds[c] + ROUNDING < threshold) {
                if (packed) {
                    break;
                }
                continue;
            }
            // Which set-aside groups does it really hit? Each answer tightens the bound, which often falls
            // below the k-th score before all are checked, and then the scoring is spared.
            long groups = keptGroups[c];
            int tokensHit = keptTokens[c];
            int p = Scratch.partitionOf(tokensHit);
            long unchecked = unresolved[p] & ~groups;
            boolean pruned = false;
            while (unchecked != 0 && !pruned) {
                int g = Long.numberOfTrailingZeros(unchecked);
                unchecked &= unchecked - 1;
                int found = s.tokensOf(g, p, doc);
                if (found != 0) {
                    groups |= 1L << g;
                    tokensHit |= found;
                }
                int entry = bounds.entry(groups | unchecked,
                        distinctTokens(tokensHit) + s.tokensIn(unchecked));
                pruned = bounds.of(entry, shapeOf[doc], shapes, query.type) + ROUNDING < threshold;
            }
            if (pruned) {
                continue;
            }
            double score = matcher.score(query, names[doc]);
            if (score >= minScore) {
                top.offer(ids[doc], doc, score);
            }
        }
        return top.docs();
    }

    /**
     * For a query of more tokens than the key groups tell apart (pathological input): every name
     * sharing a key with it, scored without bounds. Exact, and at worst a scan of the index.
     */
    private int[] scoreEveryCandidate(PreparedName query, NameType type, int k, Scratch s) {
        int[] stamp = new int[size];
        int mark = 1;
        int[] count = {0};
        PostingTable.Postings view = new PostingTable.Postings();
        RetrievalKeys.Sink collect = (group, hash) -> {
            int found = postings.get(hash, view);
            if (found == 0) {
                return;
            }
            if (view.single >= 0) {
                s.candidate(PostingTable.doc(view.single), stamp, mark, count);
                return;
            }
            for (int p = 0; p < PostingTable.PARTITIONS; p++) {
                int[] list = view.lists[p];
                for (int i = PostingTable.FIRST; i < view.sizes[p] + PostingTable.FIRST; i++) {
                    s.candidate(PostingTable.doc(list[i]), stamp, mark, count);
                }
            }
        };
        int groups = Scratch.MAX_GROUPS;
        RetrievalKeys.queryKeys(query, vocabulary, s.seen(vocabulary.termCount()), s.seenJoined(vocabulary.joinedCount()),
                s.stamp, collect, groups, groups, groups, groups, groups, groups);
        TopK top = new TopK(k);
        for (int c = 0; c < count[0]; c++) {
            int doc = s.keptDocs[c];
            if (type != null && names[doc].type != type) {
                continue;
            }
            double score = matcher.score(query, names[doc]);
            if (score >= minScore) {
                top.offer(ids[doc], doc, score);
            }
        }
        return top.docs();
    }

    /** Best k distinct ids; lower id wins a tie. */
    private static final class TopK {
        private final int k;
        private final java.util.HashMap<Integer, double[]> bestById = new java.util.HashMap<>();
        private final PriorityQueue<double[]> heap = new PriorityQueue<>((x, y) -> {
            int cmp = Double.compare(x[0], y[0]);
            return cmp != 0 ? cmp : Double.compare(y[1], x[1]);
        });

        TopK(int k) {
            this.k = k;
        }

        double threshold(double floor) {
            return heap.size() < k ? floor : Math.max(floor, heap.peek()[0]);
        }

        void offer(int id, int doc, double score) {
            double[] existing = bestById.get(id);
            if (existing != null) {
                if (score > existing[0]) {
                    heap.remove(existing);
                    double[] entry = {score, id, doc};
                    bestById.put(id, entry);
                    heap.add(entry);
                }
                return;
            }
            double[] entry = {score, id, doc};
            if (heap.size() < k) {
                heap.add(entry);
                bestById.put(id, entry);
                return;
            }
            double[] worst = heap.peek();
            if (score > worst[0] || (score == worst[0] && id < worst[1])) {
                heap.poll();
                bestById.remove((int) worst[1]);
                heap.add(entry);
                bestById.put(id, entry);
            }
        }

        int[] docs() {
            List<double[]> entries = new ArrayList<>(heap);
            entries.sort((x, y) -> {
                int cmp = Double.compare(y[0], x[0]);
                return cmp != 0 ? cmp : Double.compare(x[1], y[1]);
            });
            int[] docs = new int[entries.size()];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = (int) entries.get(i)[2];
            }
            return docs;
        }
    }

    /** Per-thread candidate and key bookkeeping, reused across searches. */
    private static final class Scratch {
        static final int MAX_GROUPS = 64;
        private static final int PARTITIONS = PostingTable.PARTITIONS;
        /** Where a candidate's partition (plus one) sits in its token bits. */
        private static final int PARTITION_SHIFT = 24;
        final ScoreBound bounds = new ScoreBound();
        private int[] seen = new int[0];
        private int[] seenJoined = new int[0];
        /** The next stamp for {@link #seen}. */
        final int[] stamp = {1};
        private final PostingTable.Postings view = new PostingTable.Postings();
        final double[] groupCeiling = new double[MAX_GROUPS];
        final double[] groupCap = new double[MAX_GROUPS];
        final int[] groupToken = new int[MAX_GROUPS];
        /** Postings per partition and group: [partition * MAX_GROUPS + group]. */
        final long[] groupLength = new long[PARTITIONS * MAX_GROUPS];
        final long[] groupOrder = new long[MAX_GROUPS];
        final long[] nonEssential = new long[PARTITIONS];
        final long[] unresolved = new long[PARTITIONS];
        private final int[] groupStart = new int[MAX_GROUPS + 1];
        private final int[] groupNext = new int[MAX_GROUPS];
        private int[] byGroup = new int[64];
        /** Keys looked up and found: group, the posting if only one (else -1) and its partition, lists. */
        private int keyCount;
        private int[] keyGroup = new int[64];
        private int[] keySingle = new int[64];
        private int[] keySinglePartition = new int[64];
        /** Lists of key i in partition p at [i * PARTITIONS + p]. */
        private int[][] keyList = new int[64 * PARTITIONS][];
        private int[] keySize = new int[64 * PARTITIONS];
        /**
         * Documents of the block being gathered (offsets from its first) and, per offset, groups hit and
         * tokens that hit them with the partition (both 0 for a document not reached).
         */
        static final int BLOCK = 1 << 15;
        final long[] blockGroups = new long[BLOCK];
        final int[] blockTokens = new int[BLOCK];
        int[] blockDocs = new int[256];
        private int blockCount;
        /** Where each list (key * PARTITIONS + partition) has been read up to. */
        private int[] keyAt = new int[64 * PARTITIONS];
        final long[] marked = new long[PARTITIONS];
        /** Candidates kept: document, bound, groups hit and tokens. */
        int[] keptDocs = new int[256];
        double[] keptBounds = new double[256];
        long[] keptGroups = new long[256];
        int[] keptTokens = new int[256];
        private long[] order = new long[256];

        static int partitionOf(int tokenBits) {
            return ((tokenBits >>> PARTITION_SHIFT) & 0xF) - 1;
        }

        void startGroups(int groupCount) {
            for (int p = 0; p < PARTITIONS; p++) {
                Arrays.fill(groupLength, p * MAX_GROUPS, p * MAX_GROUPS + groupCount, 0);
            }
            keyCount = 0;
        }

        /** Looks a key up and files its postings under the group; false when it has none. */
        boolean addKey(int group, long hash, PostingTable postings) {
            int length = postings.get(hash, view);
            if (length == 0) {
                return false;
            }
            if (keyCount == keyGroup.length) {
                int capacity = keyCount * 2;
                keyGroup = Arrays.copyOf(keyGroup, capacity);
                keySingle = Arrays.copyOf(keySingle, capacity);
                keySinglePartition = Arrays.copyOf(keySinglePartition, capacity);
                keyList = Arrays.copyOf(keyList, capacity * PARTITIONS);
                keySize = Arrays.copyOf(keySize, capacity * PARTITIONS);
                keyAt = Arrays.copyOf(keyAt, capacity * PARTITIONS);
            }
            int key = keyCount++;
            keyGroup[key] = group;
            keySingle[key] = view.single;
            if (view.single >= 0) {
                keySinglePartition[key] = view.singlePartition;
                groupLength[view.singlePartition * MAX_GROUPS + group]++;
                return true;
            }
            for (int p = 0; p < PARTITIONS; p++) {
                keyList[key * PARTITIONS + p] = view.lists[p];
                keySize[key * PARTITIONS + p] = view.sizes[p];
                keyAt[key * PARTITIONS + p] = PostingTable.FIRST;
                groupLength[p * MAX_GROUPS + group] += view.sizes[p];
            }
            return true;
        }

        /** Stamps per joined text for {@link Vocabulary#joinedNeighbours}, at least {@code count} of them. */
        int[] seenJoined(int count) {
            if (seenJoined.length < count) {
                seenJoined = new int[Math.max(count, seenJoined.length * 2)];
            }
            return seenJoined;
        }

        /**
         * Stamps per vocabulary term for {@link Vocabulary#neighbours}, at least {@code terms} of them;
         * call before {@link #seenJoined}, which shares the stamps.
         */
        int[] seen(int terms) {
            if (seen.length < terms) {
                seen = new int[Math.max(terms, seen.length * 2)];
            }
            if (stamp[0] > Integer.MAX_VALUE - 64) {
                Arrays.fill(seen, 0);
                Arrays.fill(seenJoined, 0);
                stamp[0] = 1;
            }
            return seen;
        }

        boolean partitionHasPostings(int p, int groupCount) {
            for (int g = 0; g < groupCount; g++) {
                if (groupLength[p * MAX_GROUPS + g] > 0) {
                    return true;
                }
            }
            return false;
        }

        /** Sorts the keys by group (counting sort) so that a group's lists can be found at once. */
        void indexGroups(int groupCount) {
            Arrays.fill(groupStart, 0, groupCount + 1, 0);
            for (int key = 0; key < keyCount; key++) {
                groupStart[keyGroup[key] + 1]++;
            }
            for (int g = 0; g < groupCount; g++) {
                groupStart[g + 1] += groupStart[g];
            }
            if (byGroup.length < keyCount) {
                byGroup = new int[keyGroup.length];
            }
            System.arraycopy(groupStart, 0, groupNext, 0, groupCount);
            for (int key = 0; key < keyCount; key++) {
                byGroup[groupNext[keyGroup[key]]++] = key;
            }
        }

        /**
         * Reads the postings of documents in [base, end) from each partition's essential groups, then
         * from its groups to mark; returns how many documents were reached (in {@link #blockDocs}).
         */
        int gatherBlock(int base, int end) {
            blockCount = 0;
            for (int pass = 0; pass < 2; pass++) {
                boolean essential = pass == 0;
                long[] wanted = essential ? nonEssential : marked;
                for (int key = 0; key < keyCount; key++) {
                    long bit = 1L << keyGroup[key];
                    int single = keySingle[key];
                    if (single >= 0) {
                        int p = keySinglePartition[key];
                        int doc = PostingTable.doc(single);
                        if (doc >= base && doc < end && ((wanted[p] & bit) == 0) == essential) {
                            reach(single, base, bit, p, essential);
                        }
                        continue;
                    }
                    int limit = end << PostingTable.TOKEN_BITS;
                    for (int p = 0; p < PARTITIONS; p++) {
                        int slot = key * PARTITIONS + p;
                        int[] list = keyList[slot];
                        if (list == null || ((wanted[p] & bit) == 0) != essential) {
                            continue;
                        }
                        int i = keyAt[slot];
                        int n = keySize[slot] + PostingTable.FIRST;
                        while (i < n && list[i] < limit) {
                            reach(list[i], base, bit, p, essential);
                            i++;
                        }
                        keyAt[slot] = i;
                    }
                }
            }
            return blockCount;
        }

        /** Records a posting of the block: on any document for an essential group, else only on those reached. */
        private void reach(int posting, int base, long bit, int partition, boolean essential) {
            int at = PostingTable.doc(posting) - base;
            if (blockGroups[at] == 0) {
                if (!essential) {
                    return;
                }
                if (blockCount == blockDocs.length) {
                    blockDocs = Arrays.copyOf(blockDocs, blockCount * 2);
                }
                blockDocs[blockCount++] = at;
                blockTokens[at] = (partition + 1) << PARTITION_SHIFT;
            }
            blockGroups[at] |= bit;
            blockTokens[at] |= 1 << PostingTable.token(posting);
        }

        /** Adds a document to the kept documents once per stamp (bounds, groups and tokens left unset). */
        void candidate(int doc, int[] stamps, int mark, int[] count) {
            if (stamps[doc] == mark) {
                return;
            }
            stamps[doc] = mark;
            keep(count[0]++, doc, 0, 0, 0);
        }

        void keep(int index, int doc, double bound, long groups, int tokensHit) {
            if (index == keptDocs.length) {
                int capacity = index * 2;
                keptDocs = Arrays.copyOf(keptDocs, capacity);
                keptBounds = Arrays.copyOf(keptBounds, capacity);
                keptGroups = Arrays.copyOf(keptGroups, capacity);
                keptTokens = Arrays.copyOf(keptTokens, capacity);
            }
            keptDocs[index] = doc;
            keptBounds[index] = bound;
            keptGroups[index] = groups;
            keptTokens[index] = tokensHit;
        }

        /** The tokens of a document of a partition that carry a key of the group (binary searches); 0 if none. */
        int tokensOf(int group, int partition, int doc) {
            int found = 0;
            for (int at = groupStart[group]; at < groupStart[group + 1]; at++) {
                int key = byGroup[at];
                int single = keySingle[key];
                if (single >= 0) {
                    if (PostingTable.doc(single) == doc) {
                        found |= 1 << PostingTable.token(single);
                    }
                    continue;
                }
                int[] list = keyList[key * PARTITIONS + partition];
                if (list != null) {
                    found |= PostingTable.tokensOf(list, keySize[key * PARTITIONS + partition], doc);
                }
            }
            return found;
        }

        /** How many query tokens the groups belong to (each may reach another token of a name). */
        int tokensIn(long groupSet) {
            int queryTokens = 0;
            for (long rest = groupSet; rest != 0; rest &= rest - 1) {
                int g = Long.numberOfTrailingZeros(rest);
                if (groupToken[g] >= 0) {
                    queryTokens |= 1 << groupToken[g];
                }
            }
            return Integer.bitCount(queryTokens);
        }

        long[] order(int n) {
            if (order.length < n) {
                order = new long[Math.max(n, order.length * 2)];
            }
            return order;
        }
    }
}
