package org.orewatch.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

/**
 * An in-memory index of names for top-k search, built incrementally.
 *
 * <p>Each name is filed under the keys of {@link RetrievalKeys}: one per relation the matcher can
 * score, so a name that could score above zero against a query always shares a key with it. A
 * search then avoids scanning the lists of frequent keys (Kim, mining) with a MaxScore bound: the
 * query's key groups are sorted by list length, and the longest are set aside as long as a name
 * matching only them could not reach {@link #minScore()}. Candidates from the remaining lists
 * get an upper bound from the groups they hit and their total token weight, and are scored in
 * order of that bound until it falls below the k-th best score. The result equals a scan of
 * every name (see NameIndexTest): the top k distinct ids by score, ties by id, among names scoring
 * at least {@link #minScore()}; an id added under several names is reported once, by its best.
 *
 * <p>Thread-safe: any number of searches run concurrently; an add waits for running searches.
 */
public final class NameIndex {

    /** Lowest score a search reports by default: below the match threshold, for near misses. */
    public static final double DEFAULT_MIN_SCORE = 0.75;

    private static final int NAME_GROUPS = 3;
    /**
     * Bounds add float weights summed per name, scores add them one by one in double: they can
     * differ in the seventh digit, so never prune on less than this.
     */
    private static final double ROUNDING = 1e-6;
    private static final int CANDIDATE_BITS = 24;
    private static final long CANDIDATE_MASK = (1L << CANDIDATE_BITS) - 1;

    private final NameMatcher matcher;
    private final double minScore;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final PostingTable postings = new PostingTable(1 << 16);
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    private final java.util.HashMap<String, String> strings = new java.util.HashMap<>();
    private int[] ids = new int[1024];
    private PreparedName[] names = new PreparedName[1024];
    private float[] totalWeights = new float[1024];
    private float[] nonLegalWeights = new float[1024];
    private float[] maxGenericWeights = new float[1024];
    private float[] contentWeights = new float[1024];
    private int size;

    public NameIndex(NameMatcher matcher) {
        this(matcher, DEFAULT_MIN_SCORE);
    }

    public NameIndex(NameMatcher matcher, double minScore) {
        if (!(minScore > 0 && minScore <= 1)) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "minimum score must be in (0, 1], not " + minScore);
        }
        this.matcher = java.util.Objects.requireNonNull(matcher, "matcher");
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
        add(id, matcher.prepare(name, type == null ? NameType.OTHER : type));
    }

    /** Adds a name prepared by this index's matcher (lets callers prepare names in parallel). */
    public void add(int id, PreparedName name) {
        lock.writeLock().lock();
        try {
            if (size == ids.length) {
                int capacity = size * 2;
                ids = Arrays.copyOf(ids, capacity);
                names = Arrays.copyOf(names, capacity);
                totalWeights = Arrays.copyOf(totalWeights, capacity);
                nonLegalWeights = Arrays.copyOf(nonLegalWeights, capacity);
                maxGenericWeights = Arrays.copyOf(maxGenericWeights, capacity);
                contentWeights = Arrays.copyOf(contentWeights, capacity);
            }
            int doc = size;
            // Names repeat their words: keep one copy of each distinct token string.
            name.canonicalize(text -> strings.computeIfAbsent(text, t -> t));
            ids[doc] = id;
            names[doc] = name;
            totalWeights[doc] = name.totalWeight;
            nonLegalWeights[doc] = name.nonLegalWeight;
            maxGenericWeights[doc] = name.maxGenericWeight;
            contentWeights[doc] = name.contentWeight;
            RetrievalKeys.indexKeys(name, (group, hash) -> postings.add(hash, doc));
            size++;
        } finally {
            lock.writeLock().unlock();
        }
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
        Scratch s = scratch.get();
        s.reset(size);
        int tokens = query.text.length;
        int perToken = RetrievalKeys.GROUPS_PER_TOKEN;
        int groupCount = perToken * tokens + NAME_GROUPS;
        int identifierGroup = perToken * tokens;
        int wholeGroup = identifierGroup + 1;
        int joinedGroup = identifierGroup + 2;
        // Collect each group's key hashes and the total length of their lists.
        long[] groupLength = new long[groupCount];
        List<long[]> groupKeys = new ArrayList<>(groupCount);
        int[] keyCounts = new int[groupCount];
        for (int g = 0; g < groupCount; g++) {
            groupKeys.add(new long[8]);
        }
        PostingTable.Postings view = s.view;
        RetrievalKeys.queryKeys(query, (group, hash) -> {
            long[] keys = groupKeys.get(group);
            if (keyCounts[group] == keys.length) {
                keys = Arrays.copyOf(keys, keys.length * 2);
                groupKeys.set(group, keys);
            }
            keys[keyCounts[group]++] = hash;
            groupLength[group] += postings.get(hash, view);
        }, identifierGroup, wholeGroup, joinedGroup);
        double[] groupCeiling = new double[groupCount];
        int[] groupToken = new int[groupCount];
        for (int i = 0; i < tokens; i++) {
            groupCeiling[perToken * i] = 1;
            groupCeiling[perToken * i + 1] = RetrievalKeys.editCeiling(query.text[i].length());
            groupCeiling[perToken * i + 2] = RetrievalKeys.weakGroupCeiling(query.kind[i]);
            for (int g = 0; g < perToken; g++) {
                groupToken[perToken * i + g] = i;
            }
        }
        for (int g = identifierGroup; g < groupCount; g++) {
            groupCeiling[g] = 1;
            groupToken[g] = -1;
        }
        // MaxScore: set aside the longest lists while names hitting only them stay below minScore.
        Integer[] groupOrder = new Integer[groupCount];
        for (int g = 0; g < groupCount; g++) {
            groupOrder[g] = g;
        }
        Arrays.sort(groupOrder, Comparator.comparingLong((Integer g) -> -groupLength[g]));
        long nonEssential = 0;
        for (Integer g : groupOrder) {
            if (groupToken[g] < 0 || keyCounts[g] == 0) {
                continue;
            }
            long tentative = nonEssential | (1L << g);
            if (bound(new BoundSums(query, groupCeiling).of(tentative), Float.NaN, Float.NaN, Float.NaN, Float.NaN)
                    + ROUNDING < minScore) {
                nonEssential = tentative;
            } else {
                break;
            }
        }
        // The set-aside lists by group, longest first, to check a promising candidate against.
        List<Integer> asideGroups = new ArrayList<>();
        List<List<int[]>> asideLists = new ArrayList<>();
        List<List<int[]>> asideViews = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            if ((nonEssential & (1L << g)) == 0) {
                continue;
            }
            List<int[]> lists = new ArrayList<>();
            List<int[]> views = new ArrayList<>();
            long[] keys = groupKeys.get(g);
            for (int key = 0; key < keyCounts[g]; key++) {
                int length = postings.get(keys[key], view);
                if (length > 0) {
                    lists.add(view.list());
                    views.add(new int[] {view.single(), length});
                }
            }
            asideGroups.add(g);
            asideLists.add(lists);
            asideViews.add(views);
        }
        BoundSums sums = new BoundSums(query, groupCeiling);
        // Gather candidates from the essential lists, recording which groups each one hits.
        for (int g = 0; g < groupCount; g++) {
            if ((nonEssential & (1L << g)) != 0) {
                continue;
            }
            long[] keys = groupKeys.get(g);
            for (int key = 0; key < keyCounts[g]; key++) {
                postings.get(keys[key], view);
                for (int p = 0; p < view.size(); p++) {
                    int doc = view.get(p);
                    if (type != null && names[doc].type != type) {
                        continue;
                    }
                    s.hit(doc, g);
                }
            }
        }
        // Bound each candidate and score them in decreasing order of bound.
        int candidates = s.count;
        double[] bounds = s.bounds(candidates);
        int kept = 0;
        for (int c = 0; c < candidates; c++) {
            int doc = s.docs[c];
            long groups = s.groups[doc] | nonEssential;
            double bound = bound(sums.of(groups), totalWeights[doc], nonLegalWeights[doc], maxGenericWeights[doc],
                    contentWeights[doc]);
            if (bound + ROUNDING >= minScore) {
                s.docs[kept] = doc;
                bounds[kept] = bound;
                kept++;
            }
        }
        // Sort by bound, best first, ties by id: pack (bound, rank by id) into longs and sort those.
        // Candidate numbers take the low 24 bits; past that many candidates the order is by bound alone
        // in blocks, which only costs time: every candidate whose bound reaches the k-th score is scored.
        long[] order = s.order(kept);
        for (int c = 0; c < kept; c++) {
            long boundBits = Double.doubleToLongBits(bounds[c]) >>> CANDIDATE_BITS;
            order[c] = (~boundBits << CANDIDATE_BITS & ~CANDIDATE_MASK) | (c & CANDIDATE_MASK);
        }
        boolean packed = kept <= CANDIDATE_MASK;
        if (packed) {
            Arrays.sort(order, 0, kept);
        }
        TopK top = new TopK(k);
        for (int r = 0; r < kept; r++) {
            int c = packed ? (int) (order[r] & CANDIDATE_MASK) : r;
            int doc = s.docs[c];
            double bound = bounds[c];
            if (bound + ROUNDING < top.threshold(minScore)) {
                if (packed) {
                    break;
                }
                continue;
            }
            // Which set-aside groups does it really hit? Each miss lowers the bound, which often falls below
            // the k-th score before all are checked, and then the scoring is spared.
            double threshold = top.threshold(minScore);
            long groups = s.groups[doc] | nonEssential;
            boolean pruned = false;
            for (int a = 0; a < asideGroups.size() && !pruned; a++) {
                int g = asideGroups.get(a);
                if ((s.groups[doc] & (1L << g)) != 0) {
                    continue;
                }
                List<int[]> lists = asideLists.get(a);
                List<int[]> views = asideViews.get(a);
                boolean hit = false;
                for (int l = 0; l < lists.size() && !hit; l++) {
                    hit = PostingTable.contains(lists.get(l), views.get(l)[0], views.get(l)[1], doc);
                }
                if (!hit) {
                    groups &= ~(1L << g);
                    pruned = bound(sums.of(groups), totalWeights[doc], nonLegalWeights[doc], maxGenericWeights[doc],
                            contentWeights[doc]) + ROUNDING < threshold;
                }
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
     * What the bound needs from the groups a name hits, computed once per distinct set of groups
     * (names share few): touched tokens, their weights and ceilings, and the weights left over.
     */
    private static final class BoundSums {
        private final PreparedName query;
        private final double[] ceiling;
        private final java.util.HashMap<Long, double[]> cache = new java.util.HashMap<>();

        BoundSums(PreparedName query, double[] ceiling) {
            this.query = query;
            this.ceiling = ceiling;
        }

        /** {touched, touchedGeneric, touchedWeight, weightedSimilarity, bestSimilarity, contentRest,
         *  genericRest, legalRest, nameLevel} */
        double[] of(long groups) {
            double[] known = cache.get(groups);
            if (known != null) {
                return known;
            }
            int tokens = query.text.length;
            int perToken = RetrievalKeys.GROUPS_PER_TOKEN;
            double[] sums = new double[9];
            for (int g = perToken * tokens; g < ceiling.length; g++) {
                if ((groups & (1L << g)) != 0) {
                    sums[8] = 1;
                }
            }
            for (int i = 0; i < tokens; i++) {
                double s = 0;
                for (int g = perToken * i; g < perToken * i + perToken; g++) {
                    if ((groups & (1L << g)) != 0) {
                        s = Math.max(s, ceiling[g]);
                    }
                }
                if (s > 0) {
                    sums[0]++;
                    if (query.kind[i] == PreparedName.GENERIC || query.kind[i] == PreparedName.LEGAL) {
                        sums[1]++;
                    }
                    sums[2] += query.weight[i];
                    sums[3] += query.weight[i] * s;
                    sums[4] = Math.max(sums[4], s);
                } else if (query.kind[i] == PreparedName.LEGAL) {
                    sums[7] += query.weight[i];
                } else if (query.kind[i] == PreparedName.GENERIC) {
                    sums[6] += query.weight[i];
                } else {
                    sums[5] += query.weight[i];
                }
            }
            cache.put(groups, sums);
            return sums;
        }
    }

    /**
     * The highest score a name can reach if it relates to the query only through the groups
     * summed up, given its total token weight W, its weight without legal forms, its heaviest
     * generic word and its content weight: each query token touched pairs with one of its tokens
     * (weight at most 1, or at most the heaviest generic word for a generic query word) at the
     * group's ceiling similarity. The rest of the query is unpaired; it is discounted as missing
     * only when the name has nothing left over (else both sides differ and count in full). The
     * score is a ratio of linear functions of the paired name weight x in each of those two
     * regimes, so its maximum is at an end of a regime: x = 0, x = the name's non-legal weight, or
     * x = its most. NaN weights stand for any name (used to decide which lists can be skipped).
     */
    private static double bound(double[] sums, float candidateWeight, float candidateNonLegal,
            float candidateMaxGeneric, float candidateContent) {
        if (sums[8] > 0) {
            return 1;
        }
        int touched = (int) sums[0];
        if (touched == 0) {
            return 0;
        }
        int touchedGeneric = (int) sums[1];
        double touchedWeight = sums[2];
        double weightedSimilarity = sums[3];
        double bestSimilarity = sums[4];
        double contentRest = sums[5];
        double genericRest = sums[6];
        double legalRest = sums[7];
        if (Float.isNaN(candidateWeight)) {
            // Any name: the best is one made only of tokens that pair with the query's.
            candidateWeight = touched;
            candidateNonLegal = 0;
            candidateMaxGeneric = 1;
            candidateContent = 0;
        }
        double least = NameMatcher.GENERIC_MISSING_DISCOUNT;
        double discount = touched >= 2 ? Math.min(NameMatcher.PERSON_MISSING_DISCOUNT, NameMatcher.OTHER_MISSING_DISCOUNT) : 1;
        double queryRest = contentRest + genericRest;
        // A generic query word pairs only with a generic word of the name, which weighs at most its heaviest.
        double maxPaired = Math.min(candidateWeight, touched - touchedGeneric + touchedGeneric * candidateMaxGeneric);
        double best = 0;
        double[] xs = {0, Math.min(candidateNonLegal, maxPaired), maxPaired};
        for (double x : xs) {
            double numerator = weightedSimilarity + x * bestSimilarity;
            double candidateLeft = Math.max(0, candidateNonLegal - x);
            double denominator;
            if (queryRest > 0 && candidateLeft > 0) {
                denominator = touchedWeight + queryRest + least * legalRest + x + candidateLeft;
            } else {
                // The name's words left over: its content words count in full when at most one pair forms.
                double left = Math.max(0, candidateWeight - x);
                double contentLeft = Math.min(left, Math.max(0, candidateContent - x));
                denominator = touchedWeight + discount * contentRest + least * (genericRest + legalRest) + x
                        + (touched >= 2 ? least : 1) * contentLeft + least * (left - contentLeft);
            }
            if (denominator > 0) {
                best = Math.max(best, numerator / denominator);
            }
        }
        return Math.min(1, best);
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

    /** Per-thread candidate bookkeeping, reused across searches. */
    private static final class Scratch {
        final PostingTable.Postings view = new PostingTable.Postings();
        int[] stamp = new int[0];
        long[] groups = new long[0];
        int[] docs = new int[256];
        double[] bounds = new double[256];
        long[] order = new long[256];
        int generation;
        int count;

        void reset(int size) {
            if (stamp.length < size) {
                stamp = new int[Math.max(size, stamp.length * 2)];
                groups = new long[stamp.length];
                generation = 0;
            }
            generation++;
            if (generation == Integer.MAX_VALUE) {
                Arrays.fill(stamp, 0);
                generation = 1;
            }
            count = 0;
        }

        void hit(int doc, int group) {
            if (stamp[doc] != generation) {
                stamp[doc] = generation;
                groups[doc] = 0;
                if (count == docs.length) {
                    docs = Arrays.copyOf(docs, count * 2);
                }
                docs[count++] = doc;
            }
            groups[doc] |= 1L << group;
        }

        double[] bounds(int n) {
            if (bounds.length < n) {
                bounds = new double[Math.max(n, bounds.length * 2)];
            }
            return bounds;
        }

        long[] order(int n) {
            if (order.length < n) {
                order = new long[Math.max(n, order.length * 2)];
            }
            return order;
        }
    }
}
