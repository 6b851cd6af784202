package org.orewatch.screening;

import java.util.List;
import java.util.Objects;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.PartialDate;
import org.orewatch.lists.Countries;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.IdentifierScheme;
import org.orewatch.names.NameType;

/**
 * One party to screen: a name and, when known, what it names, a country, a birth date and
 * identifiers (IMO number, UN reference number, passport ...).
 *
 * @param name the name as the user has it; may be empty when identifiers are given
 * @param type what the name names, or null to screen against every kind of entry
 * @param country an ISO code or a country name, or null
 * @param birthDate known to the year, month or day, or null
 */
public record ScreeningQuery(String name, NameType type, String country, PartialDate birthDate, List<Identifier> identifiers) {

    /** Longer names are refused: no real name is this long, and the matcher's work grows with length. */
    public static final int MAX_NAME_LENGTH = 500;
    public static final int MAX_IDENTIFIERS = 20;

    public ScreeningQuery {
        name = name == null ? "" : name.strip();
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        country = country == null || country.isBlank() ? null : country.strip();
        if (name.isEmpty() && identifiers.isEmpty()) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "a query needs a name or an identifier");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new OrewatchException(ErrorCode.REQUEST_TOO_LARGE,
                    "a name may have at most " + MAX_NAME_LENGTH + " characters, this one has " + name.length());
        }
        if (identifiers.size() > MAX_IDENTIFIERS) {
            throw new OrewatchException(ErrorCode.REQUEST_TOO_LARGE, "a query may carry at most " + MAX_IDENTIFIERS + " identifiers");
        }
        for (Identifier identifier : identifiers) {
            if (identifier.normalized().isEmpty()) {
                throw new OrewatchException(ErrorCode.INVALID_VALUE, "identifier " + identifier.scheme() + " has no letters or digits");
            }
        }
    }

    public static ScreeningQuery of(String name) {
        return new ScreeningQuery(name, null, null, null, List.of());
    }

    public static ScreeningQuery of(String name, NameType type) {
        return new ScreeningQuery(name, type, null, null, List.of());
    }

    /** The query's country as an ISO code; null when none was given or it is not recognised. */
    public String countryCode() {
        return country == null ? null : Countries.code(country).orElse(null);
    }

    /**
     * Parses a birth date as YYYY, YYYY-MM or YYYY-MM-DD; {@code field} names the input for the message.
     */
    public static PartialDate birthDate(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return PartialDate.parse(text.strip()).orElseThrow(() -> new OrewatchException(ErrorCode.INVALID_VALUE,
                field + ": not a date: '" + text.strip() + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)"));
    }

    /** An identifier from its scheme name and value, checking the scheme is one orewatch knows. */
    public static Identifier identifier(String scheme, String value) {
        String canonical = IdentifierScheme.canonical(Objects.requireNonNull(scheme, "scheme"));
        if (!IdentifierScheme.isKnown(canonical) && !canonical.equals("call_sign")) {
            throw new OrewatchException(ErrorCode.INVALID_VALUE, "unknown identifier scheme '" + scheme + "': expected one of "
                    + String.join(", ", IdentifierScheme.known().stream().sorted().toList()));
        }
        if (value == null || value.isBlank()) {
            throw new OrewatchException(ErrorCode.INVALID_VALUE, "identifier " + canonical + " is empty");
        }
        return Identifier.of(canonical, value);
    }
}
