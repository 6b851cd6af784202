package org.orewatch.names;

/** A name found by {@link NameIndex#search}: its id, the name as added, its type and the comparison. */
public record NameHit(int id, String name, NameType type, MatchResult result) {

    public double score() {
        return result.score();
    }
}
