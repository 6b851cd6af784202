package org.orewatch.lists;

import java.util.Objects;

/**
 * A country tied to an entry and how: nationality, citizenship, residence (an address), birth,
 * flag (a vessel's), jurisdiction (where a company is registered) or other. {@code code} is the
 * ISO 3166-1 alpha-2 code when orewatch recognised the name, else null; {@code text} is the
 * list's own wording.
 */
public record EntryCountry(String code, String text, String role) {

    public static final String NATIONALITY = "nationality";
    public static final String CITIZENSHIP = "citizenship";
    public static final String RESIDENCE = "residence";
    public static final String BIRTH = "birth";
    public static final String FLAG = "flag";
    public static final String JURISDICTION = "jurisdiction";
    public static final String OTHER = "other";

    public EntryCountry {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
    }
}
