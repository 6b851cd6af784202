package org.orewatch.names;

import java.util.Arrays;

/**
 * Upper bounds on the score an indexed name can reach against one query, from what the index
 * knows before scoring it: which of the query's key groups the name hits, how many of its tokens
 * hit them, and its {@link NameShapes shape} (type and weights).
 *
 * <p>The score is {@code N / D} with {@code N = sum over pairs (a + b) s} and {@code D = sum over
 * pairs (a + b) + leftovers} ({@link NameMatcher}). A query token the name touches pairs at most at
 * its group's ceiling similarity, with a name token of at most the group's weight cap (an initial
 * for the initial group, the name's heaviest generic word for a generic word, else 1); every
 * touched token is counted as paired, which only raises the bound (a touched token left unpaired
 * moves its weight from the pairs to the leftovers, where it counts at least 0.6 of it, while
 * its similarity is at least 0.5). With y the weight of the name's paired tokens:
 * <ul>
 *   <li>N is at most {@code wS + F(y)}, F filling the caps in decreasing order of ceiling (concave,
 *       piecewise linear);</li>
 *   <li>when both sides have words left over (possible only while y is below the name's
 *       non-legal weight NL), D is at least {@code tW + cR + gR + 0.6 lR + NL};</li>
 *   <li>otherwise D is at least {@code tW + y + m cR + 0.6 (gR + lR) + m max(0, C - y)
 *       + 0.6 (W - y - max(0, C - y))}, m the discount for missing words (1 under two pairs);</li>
 * </ul>
 * where tW, wS are the touched query weight and weighted ceiling, cR, gR, lR the untouched query
 * content, generic and legal weight, and W, C the name's total and content weight. On each piece
 * where N and D are linear in y the ratio is monotone, so its maximum lies at a breakpoint: 0, the
 * most the name can pair, C, NL and the cumulative caps. A name that hits fewer distinct tokens
 * than the query tokens it touches forms at most that many pairs: the bound is then the best over
 * the subsets of touched tokens of that size (a bound grows with the tokens touched). Name-level
 * groups bound the whole-name comparison ({@link #wholeName}), an identifier by 1, an acronym by its
 * flat similarity ({@link NameMatcher#ACRONYM_SIMILARITY}).
 *
 * <p>One per search thread; {@link #start} for each query. Results are cached per distinct set
 * of groups and token count, and per shape.
 */
final class ScoreBound {

    /** Beyond this many subsets of touched tokens, the bound takes all of them (looser, still a bound). */
    private static final int MAX_SUBSETS = 16;
    /** A partition of more shapes than this is bounded by its extremes ({@link #envelope}). */
    private static final int MAX_SHAPES_EACH = 12;
    private static final double LEFT_GENERIC = NameMatcher.GENERIC_MISSING_DISCOUNT;
    /**
     * A name's weights are float sums, the caps double sums of floats: a paired weight within this
     * of the non-legal weight may have left nothing over, and is bounded both ways.
     */
    private static final double SLACK = 1e-4;
    private static final byte CONTENT = 0;
    private static final byte GENERIC = 1;
    private static final byte LEGAL = 2;
    /** Field offsets of a subset record in the pool: then its ceilings and caps, best first. */
    private static final int N = 0;
    private static final int TW = 1;
    private static final int WS = 2;
    private static final int CR = 3;
    private static final int GR = 4;
    private static final int LR = 5;
    private static final int HEAD = 6;

    // The query.
    private int tokens;
    private double[] weight = new double[0];
    private byte[] tokenClass = new byte[0];
    private double[] groupCeiling;
    private double[] groupCap;
    /** Name-level groups bounded as a whole-name comparison; the acronym group, bounded flat. */
    private long nameLevelMask;
    private long acronymBit;
    private int identifierGroup;
    private double queryTotal;
    private double queryWords;
    private double anyMissing;

    // Entries, one per (groups, distinct tokens): subsets of touched tokens as records in a pool.
    private long[] entryKeys = new long[256];
    private int[] entryDistinct = new int[256];
    private int[] entrySlot = new int[256];
    private int[] entryStamps = new int[256];
    private int stamp;
    private int entryCount;
    private int[] entryFirst = new int[128];
    private int[] entrySubsets = new int[128];
    /** Whether the entry's identifier agrees (no bound below 1), and the best whole-name similarity. */
    private boolean[] entryNameLevel = new boolean[128];
    private double[] entryWhole = new double[128];
    /** The least bound of the entry whatever the name's shape (an acronym scores a flat similarity). */
    private double[] entryFloor = new double[128];
    private int[] records = new int[256];
    private int recordCount;
    private double[] pool = new double[4096];
    private int poolSize;

    // Bounds per (entry, shape).
    private long[] shapeKeys = new long[256];
    private double[] shapeBounds = new double[256];
    private int[] shapeStamps = new int[256];
    private int shapeUsed;

    // Work arrays.
    private final double[] ceilingOf = new double[64];
    private final double[] capOf = new double[64];
    private final int[] order = new int[64];
    private final double[] points = new double[80];

    /**
     * Starts a query. {@code groupCeiling[g]} and {@code groupCap[g]} (negative: the name's heaviest
     * generic word) describe token group g = 3i + r; groups from {@code 3 * tokens} on are name-level.
     * {@code anyMissing} is the missing-word discount to assume when a name's type is not known.
     */
    void start(PreparedName query, double[] groupCeiling, double[] groupCap, int groupCount, int acronymGroup,
            double anyMissing) {
        tokens = query.text.length;
        if (weight.length < tokens) {
            weight = new double[tokens];
            tokenClass = new byte[tokens];
        }
        queryTotal = 0;
        queryWords = 0;
        for (int i = 0; i < tokens; i++) {
            weight[i] = query.weight[i];
            queryTotal += query.weight[i];
            queryWords += query.kind[i] == PreparedName.CONTENT ? query.weight[i] : 0;
            tokenClass[i] = query.kind[i] == PreparedName.GENERIC ? GENERIC
                    : query.kind[i] == PreparedName.LEGAL ? LEGAL : CONTENT;
        }
        this.groupCeiling = groupCeiling;
        this.groupCap = groupCap;
        identifierGroup = RetrievalKeys.GROUPS_PER_TOKEN * tokens;
        long all = groupCount == 64 ? -1L : (1L << groupCount) - 1;
        acronymBit = 1L << acronymGroup;
        nameLevelMask = all & ~((1L << identifierGroup) - 1) & ~acronymBit;
        this.anyMissing = anyMissing;
        stamp++;
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(entryStamps, 0);
            Arrays.fill(shapeStamps, 0);
            stamp = 1;
        }
        entryCount = 0;
        recordCount = 0;
        poolSize = 0;
        shapeUsed = 0;
    }

    /** The entry for names hitting these groups through this many distinct tokens of theirs. */
    int entry(long groups, int distinct) {
        int mask = entryKeys.length - 1;
        int slot = (int) PostingTable.mix(groups * 31 + distinct) & mask;
        while (entryStamps[slot] == stamp) {
            if (entryKeys[slot] == groups && entryDistinct[slot] == distinct) {
                return entrySlot[slot];
            }
            slot = (slot + 1) & mask;
        }
        int entry = build(groups, distinct);
        entryKeys[slot] = groups;
        entryDistinct[slot] = distinct;
        entrySlot[slot] = entry;
        entryStamps[slot] = stamp;
        if (entryCount * 2 > entryKeys.length) {
            growEntries();
        }
        return entry;
    }

    /** The bound for any name of a partition: the best over its shapes, or its extremes ({@link #envelope}). */
    double partition(int entry, int partition, NameShapes shapes, NameType queryType) {
        if (entryNameLevel[entry]) {
            return 1;
        }
        long key = (long) entry << 32 | (0x80000000L | partition);
        int mask = shapeKeys.length - 1;
        int slot = (int) PostingTable.mix(key) & mask;
        while (shapeStamps[slot] == stamp) {
            if (shapeKeys[slot] == key) {
                return shapeBounds[slot];
            }
            slot = (slot + 1) & mask;
        }
        double best = entryFloor[entry];
        int shapeCount = shapes.shapeCount(partition);
        if (shapeCount > MAX_SHAPES_EACH) {
            // Real lists hold many shapes: one bound from the partition's extremes, not one per shape.
            if (entryWhole[entry] > 0) {
                best = Math.max(best, wholeName(entryWhole[entry],
                        shapes.maxOthers(partition) + shapes.minWords(partition), shapes.minWords(partition)));
            }
            for (int r = entryFirst[entry]; r < entryFirst[entry] + entrySubsets[entry] && best < 1; r++) {
                best = Math.max(best, envelope(records[r], shapes.maxContent(partition), shapes.maxRest(partition)));
            }
        } else {
            int[] members = shapes.shapesIn(partition);
            for (int m = 0; m < shapeCount && best < 1; m++) {
                best = Math.max(best, of(entry, members[m], shapes, queryType));
            }
        }
        remember(key, best);
        return best;
    }

    /**
     * The bound of {@link #named} for every shape whose content weight is at most {@code maxContent}
     * and other weight at most {@code maxRest}: its denominator is at least {@code base + x} (less
     * the slack), the heaviest generic word weighs at most 1, and the paired weight x at most what
     * those weights and the caps allow; the ratio, concave over convex, peaks at a breakpoint.
     */
    private double envelope(int at, double maxContent, double maxRest) {
        int n = (int) pool[at + N];
        if (n == 0) {
            return 0;
        }
        double disc = n >= 2 ? anyMissing : 1;
        double base = pool[at + TW] + disc * pool[at + CR] + LEFT_GENERIC * (pool[at + GR] + pool[at + LR]) - SLACK;
        double contentCaps = 0;
        double genericCaps = 0;
        for (int p = 0; p < n; p++) {
            double cap = pool[at + HEAD + n + p];
            if (cap < 0) {
                genericCaps += 1;
            } else {
                contentCaps += cap;
            }
        }
        double most = Math.min(maxContent, contentCaps) + Math.min(maxRest, genericCaps);
        double best = 0;
        double y = 0;
        for (int p = 0; p <= n; p++) {
            double x = Math.min(y, most);
            double denominator = base + x;
            if (denominator > 0) {
                best = Math.max(best, (pool[at + WS] + fill(at, x, 1)) / denominator);
            } else {
                return 1;
            }
            if (p < n) {
                y += cap(at, p, 1);
            }
        }
        return Math.min(1, best);
    }

    private void remember(long key, double bound) {
        int mask = shapeKeys.length - 1;
        int slot = (int) PostingTable.mix(key) & mask;
        while (shapeStamps[slot] == stamp) {
            slot = (slot + 1) & mask;
        }
        shapeKeys[slot] = key;
        shapeBounds[slot] = bound;
        shapeStamps[slot] = stamp;
        if (++shapeUsed * 2 > shapeKeys.length) {
            growShapes();
        }
    }

    /** The bound for a name of this shape. */
    double of(int entry, int shape, NameShapes shapes, NameType queryType) {
        if (entryNameLevel[entry]) {
            return 1;
        }
        long key = (long) entry << 32 | shape;
        int mask = shapeKeys.length - 1;
        int slot = (int) PostingTable.mix(key) & mask;
        while (shapeStamps[slot] == stamp) {
            if (shapeKeys[slot] == key) {
                return shapeBounds[slot];
            }
            slot = (slot + 1) & mask;
        }
        double missing = NameMatcher.effectiveType(queryType, shapes.type(shape)) == NameType.PERSON
                ? NameMatcher.PERSON_MISSING_DISCOUNT : NameMatcher.OTHER_MISSING_DISCOUNT;
        double best = Math.max(entryFloor[entry],
                entryWhole[entry] > 0 ? wholeName(entryWhole[entry], shapes.total(shape), shapes.words(shape)) : 0);
        for (int r = entryFirst[entry]; r < entryFirst[entry] + entrySubsets[entry]; r++) {
            best = Math.max(best, named(records[r], shapes.total(shape), shapes.nonLegal(shape),
                    shapes.maxGeneric(shape), shapes.content(shape), missing));
        }
        remember(key, best);
        return best;
    }

    private int build(long groups, int distinct) {
        if (entryCount == entryFirst.length) {
            int capacity = entryCount * 2;
            entryFirst = Arrays.copyOf(entryFirst, capacity);
            entrySubsets = Arrays.copyOf(entrySubsets, capacity);
            entryNameLevel = Arrays.copyOf(entryNameLevel, capacity);
            entryWhole = Arrays.copyOf(entryWhole, capacity);
            entryFloor = Arrays.copyOf(entryFloor, capacity);
        }
        int entry = entryCount++;
        entryFirst[entry] = recordCount;
        entrySubsets[entry] = 0;
        entryNameLevel[entry] = (groups & (1L << identifierGroup)) != 0;
        entryFloor[entry] = (groups & acronymBit) != 0 ? NameMatcher.ACRONYM_SIMILARITY : 0;
        if (entryNameLevel[entry]) {
            return entry;
        }
        double whole = 0;
        for (long level = groups & nameLevelMask; level != 0; level &= level - 1) {
            whole = Math.max(whole, groupCeiling[Long.numberOfTrailingZeros(level)]);
        }
        entryWhole[entry] = whole;
        int touched = 0;
        int touchedCount = 0;
        int per = RetrievalKeys.GROUPS_PER_TOKEN;
        for (int i = 0; i < tokens; i++) {
            double s = 0;
            double cap = 0;
            for (int g = per * i; g < per * i + per; g++) {
                if ((groups & (1L << g)) != 0) {
                    s = Math.max(s, groupCeiling[g]);
                    cap = groupCap[g] < 0 || cap < 0 ? -1 : Math.max(cap, groupCap[g]);
                }
            }
            ceilingOf[i] = s;
            capOf[i] = cap;
            if (s > 0) {
                touched |= 1 << i;
                touchedCount++;
            }
        }
        if (distinct >= touchedCount || subsets(touchedCount, distinct) > MAX_SUBSETS) {
            addRecord(touched);
        } else if (distinct > 0) {
            // Every subset of the touched tokens with exactly `distinct` members (Gosper's hack over
            // their positions).
            int[] positions = new int[touchedCount];
            for (int i = 0, p = 0; i < tokens; i++) {
                if ((touched & (1 << i)) != 0) {
                    positions[p++] = i;
                }
            }
            for (int pick = (1 << distinct) - 1; pick < 1 << touchedCount; ) {
                int subset = 0;
                for (int p = 0; p < touchedCount; p++) {
                    if ((pick & (1 << p)) != 0) {
                        subset |= 1 << positions[p];
                    }
                }
                addRecord(subset);
                int low = pick & -pick;
                int ripple = pick + low;
                pick = (((ripple ^ pick) >>> 2) / low) | ripple;
            }
        }
        return entry;
    }

    private static int subsets(int n, int k) {
        long c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
            if (c > MAX_SUBSETS) {
                return MAX_SUBSETS + 1;
            }
        }
        return (int) c;
    }

    /** Adds the record of one subset of touched tokens (the rest count as unpaired). */
    private void addRecord(int subset) {
        int n = Integer.bitCount(subset);
        int need = HEAD + 2 * n;
        if (poolSize + need > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + need));
        }
        if (recordCount == records.length) {
            records = Arrays.copyOf(records, recordCount * 2);
        }
        int at = poolSize;
        double tw = 0;
        double ws = 0;
        double cr = 0;
        double gr = 0;
        double lr = 0;
        int count = 0;
        for (int i = 0; i < tokens; i++) {
            if ((subset & (1 << i)) != 0) {
                tw += weight[i];
                ws += weight[i] * ceilingOf[i];
                order[count++] = i;
            } else if (tokenClass[i] == LEGAL) {
                lr += weight[i];
            } else if (tokenClass[i] == GENERIC) {
                gr += weight[i];
            } else {
                cr += weight[i];
            }
        }
        // Ceilings best first (insertion sort: a handful of tokens).
        for (int a = 1; a < count; a++) {
            int t = order[a];
            int b = a - 1;
            while (b >= 0 && ceilingOf[order[b]] < ceilingOf[t]) {
                order[b + 1] = order[b];
                b--;
            }
            order[b + 1] = t;
        }
        pool[at + N] = n;
        pool[at + TW] = tw;
        pool[at + WS] = ws;
        pool[at + CR] = cr;
        pool[at + GR] = gr;
        pool[at + LR] = lr;
        for (int p = 0; p < n; p++) {
            pool[at + HEAD + p] = ceilingOf[order[p]];
            pool[at + HEAD + n + p] = capOf[order[p]];
        }
        poolSize += need;
        records[recordCount++] = at;
        entrySubsets[entryCount - 1]++;
    }

    /** Sum of the caps, a generic cap (negative) standing for {@code maxGeneric}. */
    private double cap(int at, int p, double maxGeneric) {
        double cap = pool[at + HEAD + (int) pool[at + N] + p];
        return cap < 0 ? maxGeneric : cap;
    }

    /** F(y): the most the paired name weight y adds to N, filling caps in decreasing order of ceiling. */
    private double fill(int at, double y, double maxGeneric) {
        int n = (int) pool[at + N];
        double left = y;
        double sum = 0;
        for (int p = 0; p < n && left > 0; p++) {
            double take = Math.min(left, cap(at, p, maxGeneric));
            sum += take * pool[at + HEAD + p];
            left -= take;
        }
        return sum;
    }

    /**
     * The bound on the whole-name comparison (NameMatcher): the words of both names form one pair at
     * 0.95 of the whole similarity, every other token (generic word, initial, number) at most pairs
     * at 1, leftovers only add to the denominator.
     */
    private double wholeName(double similarity, double total, double words) {
        double joined = queryWords + words;
        double others = queryTotal - queryWords + total - words;
        double denominator = others + joined;
        return denominator > 0 ? Math.min(1, (others + joined * NameMatcher.WHOLE_NAME_FACTOR * similarity) / denominator) : 1;
    }

    /** The bound for a name with total weight w, non-legal weight nl, heaviest generic word mg, content weight c. */
    private double named(int at, double w, double nl, double mg, double c, double missing) {
        int n = (int) pool[at + N];
        if (n == 0) {
            return 0;
        }
        double tw = pool[at + TW];
        double ws = pool[at + WS];
        double cr = pool[at + CR];
        double gr = pool[at + GR];
        double lr = pool[at + LR];
        double disc = n >= 2 ? missing : 1;
        double contentCaps = 0;
        double genericCaps = 0;
        for (int p = 0; p < n; p++) {
            double cap = pool[at + HEAD + n + p];
            if (cap < 0) {
                genericCaps += mg;
            } else {
                contentCaps += cap;
            }
        }
        double most = Math.min(c, contentCaps) + Math.min(Math.max(0, w - c), genericCaps);
        int count = 0;
        points[count++] = 0;
        points[count++] = most;
        points[count++] = c;
        points[count++] = nl;
        double y = 0;
        for (int p = 0; p < n; p++) {
            y += cap(at, p, mg);
            points[count++] = y;
        }
        boolean queryLeft = cr + gr > 0;
        double bothLeft = tw + cr + gr + LEFT_GENERIC * lr + nl;
        double best = 0;
        for (int q = 0; q < count; q++) {
            double x = Math.min(points[q], most);
            double numerator = ws + fill(at, x, mg);
            double contentLeft = Math.max(0, c - x);
            double oneLeft = tw + x + disc * cr + LEFT_GENERIC * (gr + lr) + disc * contentLeft
                    + LEFT_GENERIC * Math.max(0, w - x - contentLeft);
            double denominator;
            if (!queryLeft) {
                denominator = oneLeft;
            } else if (x < nl - SLACK) {
                denominator = bothLeft;
            } else {
                denominator = Math.min(bothLeft, oneLeft);
            }
            if (denominator > 0) {
                best = Math.max(best, numerator / denominator);
            }
        }
        return Math.min(1, best);
    }

    private void growEntries() {
        long[] oldKeys = entryKeys;
        int[] oldDistinct = entryDistinct;
        int[] oldSlot = entrySlot;
        int[] oldStamps = entryStamps;
        int capacity = oldKeys.length * 2;
        entryKeys = new long[capacity];
        entryDistinct = new int[capacity];
        entrySlot = new int[capacity];
        entryStamps = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldStamps[i] != stamp) {
                continue;
            }
            int slot = (int) PostingTable.mix(oldKeys[i] * 31 + oldDistinct[i]) & mask;
            while (entryStamps[slot] == stamp) {
                slot = (slot + 1) & mask;
            }
            entryKeys[slot] = oldKeys[i];
            entryDistinct[slot] = oldDistinct[i];
            entrySlot[slot] = oldSlot[i];
            entryStamps[slot] = stamp;
        }
    }

    private void growShapes() {
        long[] oldKeys = shapeKeys;
        double[] oldBounds = shapeBounds;
        int[] oldStamps = shapeStamps;
        int capacity = oldKeys.length * 2;
        shapeKeys = new long[capacity];
        shapeBounds = new double[capacity];
        shapeStamps = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldStamps[i] != stamp) {
                continue;
            }
            int slot = (int) PostingTable.mix(oldKeys[i]) & mask;
            while (shapeStamps[slot] == stamp) {
                slot = (slot + 1) & mask;
            }
            shapeKeys[slot] = oldKeys[i];
            shapeBounds[slot] = oldBounds[i];
            shapeStamps[slot] = stamp;
        }
    }
}
