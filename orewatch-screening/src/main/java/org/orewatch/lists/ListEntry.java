package org.orewatch.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One listed person, organisation, vessel or aircraft as a version of a list gives it.
 *
 * @param key the list's own stable id for the entry (UN reference number, OFAC entity number,
 *     FollowTheMoney id, knowledge-graph id), unique within a version and kept across versions
 * @param schema the FollowTheMoney schema of the entry: Person, LegalEntity, Organization,
 *     Company, PublicBody, Vessel, Airplane
 * @param name the name the list files it under
 * @param names every name, the primary one first
 * @param programs sanctions programmes or regimes (UN list type, OFAC program tags)
 * @param remarks the list's own free text (comments, designations, remarks), or null
 */
public record ListEntry(String key, String schema, String name, List<EntryName> names, List<BirthDate> birthDates,
        List<String> birthPlaces, List<EntryCountry> countries, List<Identifier> identifiers, List<String> addresses,
        List<String> programs, LocalDate listedOn, String remarks) {

    public ListEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        countries = List.copyOf(countries);
        identifiers = List.copyOf(identifiers);
        addresses = List.copyOf(addresses);
        programs = List.copyOf(programs);
    }

    public boolean isPerson() {
        return "Person".equals(schema);
    }
}
