package org.orewatch.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a new version of a list added, removed and changed compared with an older one, entry by
 * entry (matched on the list's own key) and, for changed entries, field by field. This is what an
 * auditor reads to see why yesterday's screening and today's disagree.
 */
public record ListDiff(List<ListEntry> added, List<ListEntry> removed, List<Change> changed, int unchanged) {

    /** One changed entry: its key, its name in the new version, and the fields that differ. */
    public record Change(String key, String name, List<FieldChange> fields) {
    }

    /** A field that differs: for lists, the items only in the old version and only in the new one. */
    public record FieldChange(String field, List<String> removed, List<String> added) {
    }

    public ListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static ListDiff between(List<ListEntry> before, List<ListEntry> after) {
        Map<String, ListEntry> old = new LinkedHashMap<>();
        before.forEach(entry -> old.put(entry.key(), entry));
        Map<String, ListEntry> current = new LinkedHashMap<>();
        after.forEach(entry -> current.put(entry.key(), entry));
        List<ListEntry> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        int unchanged = 0;
        for (ListEntry entry : current.values()) {
            ListEntry previous = old.get(entry.key());
            if (previous == null) {
                added.add(entry);
            } else if (previous.equals(entry)) {
                unchanged++;
            } else {
                changed.add(new Change(entry.key(), entry.name(), fieldChanges(previous, entry)));
            }
        }
        List<ListEntry> removed = old.values().stream().filter(entry -> !current.containsKey(entry.key())).toList();
        return new ListDiff(added, removed, changed, unchanged);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static List<FieldChange> fieldChanges(ListEntry before, ListEntry after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "schema", List.of(before.schema()), List.of(after.schema()));
        compare(changes, "name", List.of(before.name()), List.of(after.name()));
        compare(changes, "names", texts(before.names(), name -> name.text() + " (" + name.kind().name().toLowerCase(java.util.Locale.ROOT) + ")"),
                texts(after.names(), name -> name.text() + " (" + name.kind().name().toLowerCase(java.util.Locale.ROOT) + ")"));
        compare(changes, "birth_dates", texts(before.birthDates(), BirthDate::toString), texts(after.birthDates(), BirthDate::toString));
        compare(changes, "birth_places", before.birthPlaces(), after.birthPlaces());
        compare(changes, "countries", texts(before.countries(), ListDiff::country), texts(after.countries(), ListDiff::country));
        compare(changes, "identifiers", texts(before.identifiers(), ListDiff::identifier), texts(after.identifiers(), ListDiff::identifier));
        compare(changes, "addresses", before.addresses(), after.addresses());
        compare(changes, "programs", before.programs(), after.programs());
        compare(changes, "listed_on", optional(before.listedOn()), optional(after.listedOn()));
        compare(changes, "remarks", optional(before.remarks()), optional(after.remarks()));
        return changes;
    }

    private static String country(EntryCountry country) {
        return country.role() + ": " + country.text() + (country.code() == null ? "" : " (" + country.code() + ")");
    }

    private static String identifier(Identifier identifier) {
        return identifier.scheme() + " " + identifier.value() + (identifier.country() == null ? "" : " (" + identifier.country() + ")");
    }

    private static List<String> optional(Object value) {
        return value == null ? List.of() : List.of(value.toString());
    }

    private static <T> List<String> texts(List<T> items, Function<T, String> text) {
        return items.stream().map(text).toList();
    }

    private static void compare(List<FieldChange> changes, String field, List<String> before, List<String> after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Set<String> old = new LinkedHashSet<>(before);
        Set<String> current = new LinkedHashSet<>(after);
        List<String> removed = old.stream().filter(item -> !current.contains(item)).toList();
        List<String> added = current.stream().filter(item -> !old.contains(item)).toList();
        if (removed.isEmpty() && added.isEmpty()) {
            // Same items in another order: say so rather than hide a difference the hash saw.
            changes.add(new FieldChange(field + " (order)", List.of(String.join(" | ", before)), List.of(String.join(" | ", after))));
            return;
        }
        changes.add(new FieldChange(field, removed, added));
    }
}
