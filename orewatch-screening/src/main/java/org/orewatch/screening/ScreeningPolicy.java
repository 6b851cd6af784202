package org.orewatch.screening;

import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.names.NameMatcher;

/**
 * The thresholds and adjustments screening applies on top of the name score.
 *
 * <p>The name matcher's score says how alike two names are; a listing says more than a name.
 * A weak alias (a nickname or fragment the list itself marks low quality) counts for less. A
 * birth date that agrees raises the score a little and one that clearly differs lowers it a lot:
 * lists often lack a date or give only a year, but when both sides give dates that cannot be one
 * person, the same name is most likely someone else, and the candidate drops to review rather
 * than out of sight. A country that agrees or differs moves the score a little only, since people
 * move and hold several nationalities. Identifiers are not adjustments: they decide.
 *
 * @param matchThreshold a candidate at or above it is a {@link Verdict#MATCH}; defaults to the
 *     name matcher's documented threshold
 * @param possibleThreshold a candidate at or above it (and below the match threshold) is
 *     {@link Verdict#POSSIBLE}; below it, candidates are not reported
 * @param weakAliasPenalty subtracted when the best-matching name is a weak alias
 * @param birthDateAgrees added when the query's birth date falls on a listed date to the day
 * @param birthYearAgrees added when it agrees to the year (or falls in a listed range)
 * @param birthDateConflict subtracted when it is further than the tolerance from every listed date
 * @param birthYearTolerance years a birth date may be off and still not conflict (approximate
 *     listed dates get two more)
 * @param countryAgrees added when the query's country is one the entry is tied to
 * @param countryConflict subtracted when the entry names countries and the query's is not among them
 */
public record ScreeningPolicy(double matchThreshold, double possibleThreshold, double weakAliasPenalty,
        double birthDateAgrees, double birthYearAgrees, double birthDateConflict, int birthYearTolerance,
        double countryAgrees, double countryConflict) {

    public ScreeningPolicy {
        if (!(matchThreshold > 0 && matchThreshold <= 1)) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "the match threshold must be in (0, 1], not " + matchThreshold);
        }
        if (!(possibleThreshold > 0 && possibleThreshold <= matchThreshold)) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "the possible threshold must be in (0, match threshold "
                    + matchThreshold + "], not " + possibleThreshold);
        }
        if (birthYearTolerance < 0) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "the birth-year tolerance cannot be negative");
        }
    }

    public static ScreeningPolicy defaults() {
        return new ScreeningPolicy(NameMatcher.DEFAULT_THRESHOLD, 0.70, 0.10, 0.04, 0.02, 0.25, 1, 0.02, 0.05);
    }

    public ScreeningPolicy withThresholds(double match, double possible) {
        return new ScreeningPolicy(match, possible, weakAliasPenalty, birthDateAgrees, birthYearAgrees, birthDateConflict,
                birthYearTolerance, countryAgrees, countryConflict);
    }

    /** The most the adjustments can add to a name score: names scoring this much below the possible threshold can never be reported. */
    public double largestBoost() {
        return Math.max(birthDateAgrees, birthYearAgrees) + countryAgrees;
    }

    public Verdict verdictOf(double score) {
        if (score >= matchThreshold) {
            return Verdict.MATCH;
        }
        return score >= possibleThreshold ? Verdict.POSSIBLE : Verdict.NO_MATCH;
    }
}
