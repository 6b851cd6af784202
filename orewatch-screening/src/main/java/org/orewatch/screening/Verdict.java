package org.orewatch.screening;

/** The band a candidate's score falls in, by the thresholds of a {@link ScreeningPolicy}. */
public enum Verdict {
    /** At or above the match threshold, or decided by an agreeing identifier: treat as the listed party. */
    MATCH,
    /** Between the two thresholds: a person must review it. */
    POSSIBLE,
    /** Below the possible threshold, or ruled out by a differing identifier. */
    NO_MATCH
}
