package org.orewatch.screening;

import java.util.List;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.ListVersion;
import org.orewatch.lists.NameKind;
import org.orewatch.names.TokenAlignment;

/**
 * A listed entry a query may be: which list version it comes from, the entry, the name of the
 * entry that matched best and what kind of name it is, the name score, the adjustments and the
 * final score with its verdict, an explanation in words, and for a knowledge-graph hit, its
 * forced-labour evidence.
 */
public record Candidate(ListVersion version, ListEntry entry, String matchedName, NameKind matchedKind, double nameScore,
        List<Adjustment> adjustments, double score, Verdict verdict, String explanation, List<TokenAlignment> alignments,
        KbEvidence evidence) {

    public Candidate {
        adjustments = List.copyOf(adjustments);
        alignments = List.copyOf(alignments);
    }
}
