package org.orewatch.cli.screen;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.orewatch.cli.kb.KbOptions;
import org.orewatch.cli.lists.StoreOptions;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.load.GraphSnapshot;
import org.orewatch.names.NameMatcher;
import org.orewatch.screening.KnowledgeGraphList;
import org.orewatch.screening.ScreenedList;
import org.orewatch.screening.Screener;
import org.orewatch.screening.ScreeningPolicy;
import org.orewatch.store.CurrentLists;
import org.orewatch.store.ListStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What screening screens against (the stored lists and the knowledge graph) and its thresholds. */
public final class ScreeningOptions {

    @Mixin
    StoreOptions store;

    @Mixin
    KbOptions kb;

    @Option(names = "--no-kb", description = "Screen against the imported lists only, not the knowledge graph.")
    boolean noKb;

    @Option(names = "--match-threshold", paramLabel = "SCORE",
            description = "Score from which a candidate is a match (default: the name matcher's, 0.80).")
    Double matchThreshold;

    @Option(names = "--possible-threshold", paramLabel = "SCORE",
            description = "Score from which a candidate is reported for review (default: 0.70).")
    Double possibleThreshold;

    public ScreeningPolicy policy() {
        ScreeningPolicy defaults = ScreeningPolicy.defaults();
        double match = matchThreshold == null ? defaults.matchThreshold() : matchThreshold;
        double possible = possibleThreshold == null ? Math.min(defaults.possibleThreshold(), match) : possibleThreshold;
        return defaults.withThresholds(match, possible);
    }

    public StoreOptions store() {
        return store;
    }

    public KbOptions kb() {
        return kb;
    }

    public boolean includeKnowledgeGraph() {
        return !noKb;
    }

    /** The knowledge graph as a list, versioned by the fingerprint of its files. */
    public ScreenedList knowledgeGraphList() {
        return knowledgeGraphList(kb.graph());
    }

    /** The given graph (loaded from this option's knowledge base) as a list. */
    public ScreenedList knowledgeGraphList(org.orewatch.kb.KnowledgeGraph graph) {
        try {
            return KnowledgeGraphList.of(graph, GraphSnapshot.fingerprint(kb.location()), Instant.now());
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.IO_ERROR, null, "cannot read the knowledge base: " + failure.getMessage(), failure);
        }
    }

    /** The current version of every stored list, plus the knowledge graph unless --no-kb. */
    public List<ScreenedList> lists() {
        List<ScreenedList> lists = new ArrayList<>();
        try (ListStore opened = store.open()) {
            lists.addAll(CurrentLists.load(opened));
        }
        if (!noKb) {
            lists.add(knowledgeGraphList());
        }
        return lists;
    }

    public Screener screener() {
        List<ScreenedList> lists = lists();
        return Screener.over(NameMatcher.defaults(), lists, policy());
    }
}
