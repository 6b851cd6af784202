package org.orewatch.names;

/**
 * One line of a match explanation: a token of the left name, the token of the right name it was
 * aligned with, the rule that related them, their similarity, the weight the pair carries and
 * its contribution to the score's numerator. An unmatched token has index -1 and an empty text
 * on the side it found no partner.
 */
public record TokenAlignment(
        int leftIndex,
        String leftToken,
        int rightIndex,
        String rightToken,
        AlignmentRule rule,
        double similarity,
        double weight,
        double contribution) {

    @Override
    public String toString() {
        String left = leftIndex < 0 ? "-" : leftToken;
        String right = rightIndex < 0 ? "-" : rightToken;
        return String.format(java.util.Locale.ROOT, "%s ~ %s: %s %.2f (weight %.2f)",
                left, right, rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), similarity, weight);
    }
}
