package org.orewatch.names;

/**
 * Which romanisation a Latin-script Korean name was written in, as far as its spelling tells.
 * Consonants and vowels are judged apart: "RI T'ae-ch'ol" has MR consonants (aspiration
 * apostrophes) but no breves, so its vowels are read as stripped.
 */
enum RomanizationSystem {
    /** Revised Romanization (ROK 2000): eo, eu, and k/t/p/ch for aspirated consonants. */
    RR,
    /** McCune-Reischauer with its marks: breves on vowels, apostrophes on aspirates. */
    MR,
    /** DPRK official: kh, th, ph for aspirates, j and ch for ㅈ and ㅊ. */
    DPRK,
    /** MR or DPRK without marks (the common list form): the readings of both. */
    STRIPPED,
    /** Conflicting signals: every system's readings. */
    MIXED;

    static final int COLUMNS = 4;
}
