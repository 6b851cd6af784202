package org.orewatch.lists;

/**
 * What kind of name an entry carries. Screening trusts them differently: a weak alias (the UN's
 * "low quality" a.k.a., FollowTheMoney's {@code weakAlias}) is a nickname or a fragment that
 * alone should not call a match.
 */
public enum NameKind {
    /** The name the list files the entry under. */
    PRIMARY,
    /** A good-quality alias (a.k.a., n.k.a.). */
    ALIAS,
    /** A low-quality alias: a nickname, a single common word, a fragment. */
    WEAK_ALIAS,
    /** A former name (f.k.a.). */
    FORMER,
    /** The name in its original script (Arabic, Hangul, Cyrillic ...). */
    ORIGINAL_SCRIPT
}
