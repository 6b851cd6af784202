package org.orewatch.names;

/**
 * How much evidence each kind of token carries in a score. A distinctive word weighs 1; a family
 * name shared by a fifth of Koreans (Kim, Ri, Pak, Choe, Jong) 0.6, and so does another tradition's
 * common given or family name in a person's name (Muhammad, Ali, Garcia, Zhang, Nguyen); an initial 0.5; a number 0.7;
 * a generic word (mining, bank, kwangsan) 0.25 and a legal form 0.1, so that neither can carry a
 * match. A name made only of generic words weighs them fully.
 */
final class NameWeights {

    static final float CONTENT = 1.0f;
    static final float COMMON_SURNAME = 0.6f;
    /** A given or family name borne by a large share of its tradition ({@code common-names.tsv}: Ali, Garcia, Zhang). */
    static final float COMMON_NAME = 0.8f;
    static final float INITIAL = 0.5f;
    static final float DIGITS = 0.7f;
    static final float GENERIC = 0.25f;
    static final float LEGAL = 0.1f;

    private NameWeights() {
    }
}
