package org.orewatch.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orewatch.lists.BirthDate;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.ListDiff;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.ListVersion;

/**
 * The JSON shapes of list versions, screening results and diffs, as ordered maps with
 * snake_case keys: one definition for the command line's JSON output and the REST API, so a
 * script reads the same fields from both.
 */
public final class JsonViews {

    private JsonViews() {
    }

    public static Map<String, Object> version(ListVersion version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("list", version.listName());
        json.put("version", version.id());
        json.put("format", version.format().id());
        json.put("current", version.current());
        json.put("published", version.published() == null ? null : version.published().toString());
        json.put("imported_at", version.importedAt().toString());
        json.put("sha256", version.sha256());
        List<Map<String, Object>> files = new ArrayList<>();
        version.files().forEach(file -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", file.name());
            item.put("sha256", file.sha256());
            item.put("bytes", file.bytes());
            files.add(item);
        });
        json.put("files", files);
        json.put("entries", version.entries());
        json.put("names", version.names());
        json.put("persons", version.persons());
        json.put("organizations", version.organizations());
        json.put("vessels", version.vessels());
        return json;
    }

    public static Map<String, Object> result(ScreeningResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("match", result.match());
        json.put("verdict", result.verdict().name().toLowerCase(java.util.Locale.ROOT));
        json.put("score", round(result.score()));
        json.put("candidates", result.candidates().stream().map(JsonViews::candidate).toList());
        return json;
    }

    public static Map<String, Object> candidate(Candidate candidate) {
        Map<String, Object> json = new LinkedHashMap<>();
        ListEntry entry = candidate.entry();
        json.put("list", candidate.version().listName());
        json.put("list_version", candidate.version().id());
        json.put("list_published", candidate.version().published() == null ? null : candidate.version().published().toString());
        json.put("list_sha256", candidate.version().sha256());
        json.put("entry_id", entry.key());
        json.put("entry_name", entry.name());
        json.put("schema", entry.schema());
        json.put("matched_name", candidate.matchedName());
        json.put("matched_name_kind", candidate.matchedKind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("name_score", round(candidate.nameScore()));
        json.put("score", round(candidate.score()));
        json.put("verdict", candidate.verdict().name().toLowerCase(java.util.Locale.ROOT));
        json.put("match", candidate.verdict() == Verdict.MATCH);
        json.put("explanation", candidate.explanation());
        List<Map<String, Object>> adjustments = new ArrayList<>();
        for (Adjustment adjustment : candidate.adjustments()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("factor", adjustment.factor());
            item.put("delta", round(adjustment.delta()));
            item.put("reason", adjustment.reason());
            adjustments.add(item);
        }
        json.put("adjustments", adjustments);
        json.put("programs", entry.programs());
        json.put("listed_on", entry.listedOn() == null ? null : entry.listedOn().toString());
        json.put("birth_dates", entry.birthDates().stream().map(BirthDate::toString).toList());
        json.put("countries", entry.countries().stream().filter(country -> country.code() != null).map(country -> country.code())
                .distinct().toList());
        json.put("identifiers", entry.identifiers().stream().map(JsonViews::identifier).toList());
        if (candidate.evidence() != null) {
            json.put("evidence", evidence(candidate.evidence()));
        }
        return json;
    }

    private static Map<String, Object> identifier(Identifier identifier) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scheme", identifier.scheme());
        json.put("value", identifier.value());
        if (identifier.country() != null) {
            json.put("country", identifier.country());
        }
        return json;
    }

    public static Map<String, Object> evidence(KbEvidence evidence) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entity_id", evidence.entityId());
        json.put("type", evidence.type());
        json.put("description", evidence.description());
        json.put("forced_labour", evidence.forcedLabour());
        json.put("flags", evidence.flags());
        json.put("ilo_indicators", evidence.iloIndicators());
        List<Map<String, Object>> items = new ArrayList<>();
        for (KbEvidence.Item item : evidence.items()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("text", item.text());
            line.put("citations", item.citations());
            items.add(line);
        }
        json.put("items", items);
        json.put("total_items", evidence.totalItems());
        return json;
    }

    public static Map<String, Object> diff(ListVersion from, ListVersion to, ListDiff diff, int limit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("list", to.listName());
        json.put("from", version(from));
        json.put("to", version(to));
        json.put("added_count", diff.added().size());
        json.put("removed_count", diff.removed().size());
        json.put("changed_count", diff.changed().size());
        json.put("unchanged_count", diff.unchanged());
        json.put("added", diff.added().stream().limit(limit).map(entry -> Map.of("entry_id", entry.key(), "name", entry.name()))
                .toList());
        json.put("removed", diff.removed().stream().limit(limit).map(entry -> Map.of("entry_id", entry.key(), "name", entry.name()))
                .toList());
        List<Map<String, Object>> changed = new ArrayList<>();
        for (ListDiff.Change change : diff.changed().stream().limit(limit).toList()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("entry_id", change.key());
            item.put("name", change.name());
            item.put("fields", change.fields().stream().map(field -> Map.of("field", field.field(), "removed", field.removed(),
                    "added", field.added())).toList());
            changed.add(item);
        }
        json.put("changed", changed);
        return json;
    }

    /** Scores to four decimals: enough to rank, short enough to read. */
    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
