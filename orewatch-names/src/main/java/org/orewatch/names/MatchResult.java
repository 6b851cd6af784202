package org.orewatch.names;

import java.util.List;

/**
 * The outcome of comparing two names: a score in [0, 1] that ranks (1.0 only for names that are
 * identical after normalisation), whether it reaches the matcher's threshold, the token
 * alignments behind it, and an explanation in words.
 */
public record MatchResult(double score, boolean match, List<TokenAlignment> alignments, String explanation) {

    public MatchResult {
        alignments = List.copyOf(alignments);
    }
}
