package org.orewatch.names;

/** Why two tokens were related (or that a token found no partner). */
public enum AlignmentRule {
    /** The same token after normalisation. */
    EXACT,
    /** The same token after transliterating one side from Cyrillic, Chinese, Arabic or another script. */
    TRANSLITERATION,
    /** A Hangul token and a romanised one whose Korean syllables agree. */
    HANGUL_TRANSLITERATION,
    /** Two romanisations (MR, DPRK, RR, ad hoc) whose Korean syllables agree. */
    ROMANISATION_KEY,
    /** Different spellings of one sound pattern (consonant skeleton). */
    PHONETIC_KEY,
    /** A near spelling: one or two edits. */
    EDIT_DISTANCE,
    /** A single letter and a word starting with it. */
    INITIAL,
    /** Two generic words with one meaning (mine, mining, kwangsan). */
    GENERIC_EQUIVALENT,
    /** The same number. */
    DIGITS,
    /** The same identifier (IMO number). */
    IDENTIFIER,
    /** Both names carry identifiers or numbers and they differ. */
    DIGITS_MISMATCH,
    /** The whole names agree once spacing is ignored (Kimjongun, 김정은). */
    WHOLE_NAME,
    /**
     * The whole names, spacing ignored, differ by one typo (a slip of the keyboard between Korean
     * names: see {@link KeyboardTypo}): KIM YONG CHO / KIM YONG CHOL, JNG BOM SU / JANG BOM SU.
     */
    WHOLE_NAME_TYPO,
    /** An acronym made of the beginnings of the other name's words: KOMID / Korea Mining Development Trading Corporation. */
    ACRONYM,
    /** The token found no partner on the other side. */
    UNMATCHED
}
