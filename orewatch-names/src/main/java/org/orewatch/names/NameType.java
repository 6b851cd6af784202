package org.orewatch.names;

import java.util.Locale;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

/** What kind of thing a name names; the matcher weighs tokens and penalties by it. */
public enum NameType {
    PERSON,
    ORGANIZATION,
    VESSEL,
    PLACE,
    OTHER;

    /**
     * The type of a FollowTheMoney schema name (Person, Company, Organization, LegalEntity,
     * PublicBody, Vessel, Address ...). Unknown or empty schemas are {@link #OTHER}.
     */
    public static NameType fromFtmSchema(String schema) {
        if (schema == null) {
            return OTHER;
        }
        return switch (schema.trim()) {
            case "Person" -> PERSON;
            case "Company", "Organization", "LegalEntity", "PublicBody", "Airline" -> ORGANIZATION;
            case "Vessel" -> VESSEL;
            case "Address", "Place", "Country", "Location" -> PLACE;
            default -> OTHER;
        };
    }

    /** Parses person, organization (or organisation), vessel, place or other, ignoring case. */
    public static NameType parse(String text) {
        if (text == null) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "name type is missing");
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "person" -> PERSON;
            case "organization", "organisation" -> ORGANIZATION;
            case "vessel" -> VESSEL;
            case "place" -> PLACE;
            case "other" -> OTHER;
            default -> throw new OrewatchException(ErrorCode.INVALID_ARGUMENT,
                    "unknown name type '" + text + "': expected person, organization, vessel, place or other");
        };
    }
}
