package org.orewatch.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.orewatch.names.NameMatcher;
import org.orewatch.screening.BatchScreener;
import org.orewatch.screening.ScreenedList;
import org.orewatch.screening.Screener;
import org.orewatch.screening.ScreeningPolicy;
import org.orewatch.store.CurrentLists;
import org.orewatch.store.ListStore;

/**
 * The screener the API answers with: the current version of every stored list plus the
 * knowledge graph, indexed once and swapped whole when a new version becomes current (an import
 * through the API, or by another process sharing the database, seen on the next refresh).
 * Requests in flight keep the state they started with; none ever sees half of a new version.
 */
final class ScreeningService {

    /** One indexed set of list versions, and the answers remembered for it. */
    record State(String generation, Screener screener, BatchScreener answers, List<ScreenedList> lists, Instant builtAt,
            double buildSeconds) {
    }

    /** Distinct queries remembered per state: repeated names in batches and by busy clients are answered from memory. */
    static final int ANSWERS_REMEMBERED = 100_000;

    private final ListStore store;
    private final ScreenedList knowledgeGraph;
    private final NameMatcher matcher;
    private final ScreeningPolicy policy;
    private final AtomicReference<State> state = new AtomicReference<>();

    ScreeningService(ListStore store, ScreenedList knowledgeGraph, NameMatcher matcher, ScreeningPolicy policy) {
        this.store = store;
        this.knowledgeGraph = knowledgeGraph;
        this.matcher = matcher;
        this.policy = policy;
        rebuild(store.currentGeneration());
    }

    State current() {
        return state.get();
    }

    ScreeningPolicy policy() {
        return policy;
    }

    /** Rebuilds the index if the store's current versions changed; returns whether it did. */
    synchronized boolean refresh() {
        String generation = store.currentGeneration();
        if (generation.equals(state.get().generation())) {
            return false;
        }
        rebuild(generation);
        return true;
    }

    private void rebuild(String generation) {
        long start = System.nanoTime();
        List<ScreenedList> lists = new ArrayList<>(CurrentLists.load(store));
        if (knowledgeGraph != null) {
            lists.add(knowledgeGraph);
        }
        Screener screener = Screener.over(matcher, lists, policy);
        state.set(new State(generation, screener, new BatchScreener(screener, ANSWERS_REMEMBERED), List.copyOf(lists), Instant.now(),
                (System.nanoTime() - start) / 1e9));
    }
}
