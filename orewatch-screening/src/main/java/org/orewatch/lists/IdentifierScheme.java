package org.orewatch.lists;

import java.util.Locale;
import java.util.Set;

/**
 * The identifier schemes orewatch knows by name. Identifiers decide a screening result when
 * present; a scheme that names exactly one subject forever ({@link #isUnique}) also decides
 * "not this one" when the numbers differ, whereas a person may hold several passports.
 */
public final class IdentifierScheme {

    public static final String IMO = "imo";
    public static final String MMSI = "mmsi";
    public static final String UN_REFERENCE = "un_reference";
    public static final String OFAC_ID = "ofac_id";
    public static final String PASSPORT = "passport";
    public static final String NATIONAL_ID = "national_id";
    public static final String REGISTRATION = "registration";
    public static final String TAX_ID = "tax_id";
    public static final String SWIFT_BIC = "swift_bic";
    public static final String AIRCRAFT_SERIAL = "aircraft_serial";
    public static final String OTHER = "other";

    private static final Set<String> KNOWN = Set.of(IMO, MMSI, UN_REFERENCE, OFAC_ID, PASSPORT, NATIONAL_ID,
            REGISTRATION, TAX_ID, SWIFT_BIC, AIRCRAFT_SERIAL, OTHER);

    /** An IMO number stays with a hull for life; a list's reference number names one listing. */
    private static final Set<String> UNIQUE = Set.of(IMO, UN_REFERENCE, OFAC_ID);

    private IdentifierScheme() {
    }

    public static boolean isKnown(String scheme) {
        return KNOWN.contains(scheme);
    }

    public static boolean isUnique(String scheme) {
        return UNIQUE.contains(scheme);
    }

    public static Set<String> known() {
        return KNOWN;
    }

    /** Lower case with hyphens and spaces as underscores: "UN-Reference" is un_reference. */
    public static String canonical(String scheme) {
        return scheme.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
