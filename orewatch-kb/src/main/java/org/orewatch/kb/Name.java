package org.orewatch.kb;

import java.util.List;
import org.orewatch.core.SourcePosition;

/** One written form of an entity's name and what kind of form it is (report, mr, rr, hangul ...). */
public record Name(String text, String kind, String lang, List<Citation> citations, SourcePosition position) {

    /** The kinds a name may have; see docs/kb-format.md. */
    public static final List<String> KINDS = List.of("report", "mr", "mr-ascii", "dprk", "rr", "hangul",
            "hanja", "alias", "former", "abbreviation", "translation", "list");

    public Name {
        citations = List.copyOf(citations);
    }
}
