package org.orewatch.screening;

/** One thing besides the name that moved a candidate's score, by how much, and why, in words. */
public record Adjustment(String factor, double delta, String reason) {

    public static final String WEAK_ALIAS = "weak_alias";
    public static final String BIRTH_DATE = "birth_date";
    public static final String COUNTRY = "country";
    public static final String IDENTIFIER = "identifier";
}
