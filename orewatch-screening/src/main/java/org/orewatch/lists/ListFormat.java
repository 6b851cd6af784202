package org.orewatch.lists;

import java.util.Locale;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

/** The formats a list can be imported from, each with the name the CLI and the API use. */
public enum ListFormat {
    /** The UN Security Council consolidated list, official XML. */
    UN_XML("un-xml", "un-sc-consolidated"),
    /** The US OFAC SDN list in its legacy CSV files: sdn.csv, with alt.csv and add.csv beside it when present. */
    OFAC_CSV("ofac-csv", "us-ofac-sdn"),
    /** FollowTheMoney entities, one JSON object per line (OpenSanctions exports, {@code kb export --format ftm}). */
    FTM("ftm", "ftm"),
    /** orewatch's own knowledge graph, screened as a list; never imported into the store. */
    KB("kb", "orewatch-kb");

    private final String id;
    private final String defaultListName;

    ListFormat(String id, String defaultListName) {
        this.id = id;
        this.defaultListName = defaultListName;
    }

    public String id() {
        return id;
    }

    /** The list a file of this format goes into unless the user names another. */
    public String defaultListName() {
        return defaultListName;
    }

    /** Parses {@code un-xml}, {@code ofac-csv} or {@code ftm} (the importable formats), ignoring case. */
    public static ListFormat parseImportable(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (ListFormat format : values()) {
            if (format != KB && format.id.equals(wanted)) {
                return format;
            }
        }
        throw new OrewatchException(ErrorCode.INVALID_ARGUMENT,
                "unknown list format '" + text + "': expected un-xml, ofac-csv or ftm");
    }

    public static ListFormat fromId(String id) {
        for (ListFormat format : values()) {
            if (format.id.equals(id)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown list format " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
