package org.orewatch.lists;

import java.util.List;

/** Counts of a list's entries by kind, for version records. */
public record ListCounts(int entries, int names, int persons, int organizations, int vessels) {

    public static ListCounts of(List<ListEntry> entries) {
        int names = 0;
        int persons = 0;
        int vessels = 0;
        int organizations = 0;
        for (ListEntry entry : entries) {
            names += entry.names().size();
            switch (entry.schema()) {
                case "Person" -> persons++;
                case "Vessel" -> vessels++;
                case "Airplane" -> {
                    // Aircraft count only as entries.
                }
                default -> organizations++;
            }
        }
        return new ListCounts(entries.size(), names, persons, organizations, vessels);
    }
}
