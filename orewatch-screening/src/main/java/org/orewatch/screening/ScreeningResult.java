package org.orewatch.screening;

import java.util.List;

/**
 * The answer to one query: the best candidate's verdict and score (no match and 0 when none was
 * found) and every candidate at or above the possible threshold, best first, plus those an
 * identifier ruled out.
 */
public record ScreeningResult(ScreeningQuery query, Verdict verdict, double score, List<Candidate> candidates) {

    public ScreeningResult {
        candidates = List.copyOf(candidates);
    }

    public boolean match() {
        return verdict == Verdict.MATCH;
    }

    public java.util.Optional<Candidate> best() {
        return candidates.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(candidates.get(0));
    }
}
