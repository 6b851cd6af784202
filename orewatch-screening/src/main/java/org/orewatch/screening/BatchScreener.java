package org.orewatch.screening;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.orewatch.kb.PartialDate;
import org.orewatch.lists.Identifier;
import org.orewatch.names.NameType;

/**
 * Screens many queries at once on every core, in input order, remembering the answer for each
 * distinct query: counterparty files repeat the same names (the same supplier on every invoice),
 * and a repeated name costs a hash lookup instead of a search.
 *
 * <p>The memory is bounded: when it holds {@code capacity} answers it starts afresh. Thread-safe.
 */
public final class BatchScreener {

    /** Told how far a batch has got, from the worker threads; implementations must be thread-safe. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = done -> {
        };

        void screened(int done);
    }

    /** Queries that are the same for screening: the name compared without case, everything else as given. */
    private record QueryKey(String name, NameType type, String country, PartialDate birthDate, List<Identifier> identifiers,
            int limit) {
    }

    private final Screener screener;
    private final int capacity;
    private final ConcurrentHashMap<QueryKey, ScreeningResult> answers = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public BatchScreener(Screener screener, int capacity) {
        this.screener = Objects.requireNonNull(screener, "screener");
        this.capacity = capacity;
    }

    public Screener screener() {
        return screener;
    }

    private static QueryKey key(ScreeningQuery query, int limit) {
        return new QueryKey(query.name().toLowerCase(Locale.ROOT), query.type(), query.countryCode() != null
                ? query.countryCode() : query.country(), query.birthDate(), query.identifiers(), limit);
    }

    public ScreeningResult screen(ScreeningQuery query, int limit) {
        QueryKey key = key(query, limit);
        ScreeningResult known = answers.get(key);
        if (known != null) {
            hits.increment();
            return known.query().equals(query) ? known
                    : new ScreeningResult(query, known.verdict(), known.score(), known.candidates());
        }
        misses.increment();
        ScreeningResult result = screener.screen(query, limit);
        if (capacity > 0) {
            if (answers.size() >= capacity) {
                answers.clear();
            }
            answers.put(key, result);
        }
        return result;
    }

    /**
     * Screens every query, in parallel, and returns the results in the queries' order. Queries
     * that repeat within the batch are screened once, however the work is spread over threads.
     */
    public List<ScreeningResult> screenAll(List<ScreeningQuery> queries, int limit, Progress progress) {
        ScreeningResult[] results = new ScreeningResult[queries.size()];
        java.util.Map<QueryKey, Integer> first = new java.util.HashMap<>();
        int[] firstOf = new int[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            final int index = i;
            firstOf[i] = first.computeIfAbsent(key(queries.get(i), limit), k -> index);
        }
        AtomicInteger done = new AtomicInteger();
        int[] unique = IntStream.range(0, queries.size()).filter(i -> firstOf[i] == i).toArray();
        IntStream.of(unique).parallel().forEach(i -> {
            results[i] = screen(queries.get(i), limit);
            progress.screened(done.incrementAndGet());
        });
        for (int i = 0; i < queries.size(); i++) {
            if (firstOf[i] != i) {
                ScreeningResult known = results[firstOf[i]];
                hits.increment();
                results[i] = known.query().equals(queries.get(i)) ? known
                        : new ScreeningResult(queries.get(i), known.verdict(), known.score(), known.candidates());
                progress.screened(done.incrementAndGet());
            }
        }
        return List.of(results);
    }

    /** Queries answered from memory so far. */
    public long cacheHits() {
        return hits.sum();
    }

    /** Queries that needed a search so far. */
    public long cacheMisses() {
        return misses.sum();
    }
}
