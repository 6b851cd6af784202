package org.orewatch.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.Name;
import org.orewatch.kb.Statement;
import org.orewatch.kb.query.CitationText;
import org.orewatch.lists.Countries;
import org.orewatch.lists.EntryCountry;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.ListCounts;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.ListFormat;
import org.orewatch.lists.ListVersion;
import org.orewatch.lists.NameKind;
import org.orewatch.lists.SourceFile;

/**
 * orewatch's knowledge graph screened as a list: the organisations of the system the report
 * documents (ministries, bureaus, enterprises, mines, trading companies, penal facilities) become
 * entries, and each carries the graph's evidence on forced labour (see {@link KbEvidence}).
 *
 * <p>Research organisations and international bodies are left out (they are the report's
 * authors and the UN, not counterparties), and so are persons: the graph's persons are
 * witnesses, authors and the country's leaders, whom the sanctions lists already carry.
 */
public final class KnowledgeGraphList {

    public static final String LIST_NAME = ListFormat.KB.defaultListName();

    /** Statements of an entity's own that describe forced labour or the conditions of it. */
    private static final Set<String> EVIDENCE_PROPERTIES = Set.of("finding", "conditions", "summary", "population",
            "working_hours", "penalty_term");
    /** Relations into an entity that show forced labour there: testimony about it, people held or made to work there. */
    private static final Set<String> EVIDENCE_RELATIONS_IN = Set.of("site", "held_at", "worked_at", "operated_by", "part_of");
    private static final int MAX_ITEMS = 12;

    private KnowledgeGraphList() {
    }

    /** The list, versioned by the fingerprint of the knowledge-base files it was loaded from. */
    public static ScreenedList of(KnowledgeGraph graph, String fingerprint, Instant loadedAt) {
        List<ListEntry> entries = new ArrayList<>();
        Map<String, KbEvidence> evidence = new HashMap<>();
        for (Entity entity : graph.entities()) {
            if (!screened(graph, entity.type())) {
                continue;
            }
            ListEntry entry = entry(graph, entity);
            entries.add(entry);
            evidence.put(entry.key(), evidence(graph, entity));
        }
        ListCounts counts = ListCounts.of(entries);
        ListVersion version = new ListVersion(0, LIST_NAME, ListFormat.KB, List.of(new SourceFile("kb", fingerprint, 0)),
                fingerprint, null, loadedAt, counts.entries(), counts.names(), counts.persons(), counts.organizations(),
                counts.vessels(), true);
        return new ScreenedList(version, entries, evidence);
    }

    static boolean screened(KnowledgeGraph graph, String type) {
        return graph.schema().isA(type, "organization") && !graph.schema().isA(type, "research-organization")
                && !graph.schema().isA(type, "international-body");
    }

    private static ListEntry entry(KnowledgeGraph graph, Entity entity) {
        LinkedHashMap<String, EntryName> names = new LinkedHashMap<>();
        names.put(entity.name().toLowerCase(Locale.ROOT), new EntryName(entity.name(), NameKind.PRIMARY));
        for (Name name : entity.names()) {
            NameKind kind = switch (name.kind()) {
                case "hangul", "hanja" -> NameKind.ORIGINAL_SCRIPT;
                case "former" -> NameKind.FORMER;
                case "abbreviation" -> NameKind.WEAK_ALIAS;
                default -> NameKind.ALIAS;
            };
            names.putIfAbsent(name.text().toLowerCase(Locale.ROOT), new EntryName(name.text(), kind));
        }
        String schema = graph.schema().ftmSchema(entity.type()).orElse("Organization");
        if (!Set.of("Person", "Organization", "Company", "PublicBody", "LegalEntity").contains(schema)) {
            schema = "Organization";
        }
        List<EntryCountry> countries = new ArrayList<>();
        country(graph, entity).ifPresent(code -> countries.add(new EntryCountry(code, Countries.name(code), EntryCountry.OTHER)));
        String typeLabel = graph.schema().type(entity.type()).map(type -> type.label()).orElse(entity.type());
        return new ListEntry(entity.id(), schema, entity.name(), List.copyOf(names.values()), List.of(), List.of(), countries,
                List.of(), List.of(), List.of(), null, entity.description());
    }

    /** The country an entity lies in: up its located_in and part_of chain to an entity with an ISO code. */
    private static Optional<String> country(KnowledgeGraph graph, Entity entity) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(List.of(entity.id()));
        while (!frontier.isEmpty() && seen.size() < 50) {
            String id = frontier.remove(0);
            if (!seen.add(id)) {
                continue;
            }
            for (Statement statement : graph.statementsAbout(id)) {
                if (statement.property().equals("iso_alpha2") && statement.value().display().length() == 2) {
                    return Optional.of(statement.value().display().toUpperCase(Locale.ROOT));
                }
                if (statement.property().equals("located_in") || statement.property().equals("part_of")
                        || statement.property().equals("subordinate_to")) {
                    statement.object().ifPresent(frontier::add);
                }
            }
        }
        return Optional.empty();
    }

    static KbEvidence evidence(KnowledgeGraph graph, Entity entity) {
        List<String> flags = new ArrayList<>();
        LinkedHashSet<String> indicators = new LinkedHashSet<>();
        List<KbEvidence.Item> items = new ArrayList<>();
        boolean forcedLabour = false;
        boolean penal = graph.schema().isA(entity.type(), "penal-facility");
        String typeLabel = graph.schema().type(entity.type()).map(type -> type.label()).orElse(entity.type());
        if (penal) {
            flags.add(typeLabel.toLowerCase(Locale.ROOT));
            forcedLabour = true;
        }
        for (Statement statement : entity.statements()) {
            Optional<String> object = statement.object();
            if (object.isPresent() && (statement.property().equals("part_of") || statement.property().equals("operated_by"))) {
                Optional<Entity> target = graph.entity(object.get());
                if (target.isPresent() && graph.schema().isA(target.get().type(), "penal-facility")) {
                    flags.add("inside " + target.get().name());
                    forcedLabour = true;
                }
            }
            if (statement.property().equals("evidence_of") && object.isPresent()) {
                forcedLabour |= object.get().equals("concept/forced-labour");
                items.add(item(graph, "evidence of " + graph.nameOf(object.get()), statement));
            } else if (statement.property().equals("indicates") && object.isPresent()) {
                indicators.add(graph.nameOf(object.get()));
            } else if (EVIDENCE_PROPERTIES.contains(statement.property())) {
                items.add(item(graph, statement.property().replace('_', ' ') + ": " + statement.value().display(), statement));
            }
        }
        int testimonies = 0;
        int people = 0;
        int facilities = 0;
        for (Statement incoming : graph.statementsReferring(entity.id())) {
            if (!EVIDENCE_RELATIONS_IN.contains(incoming.property())) {
                continue;
            }
            Entity source = graph.entity(incoming.subject()).orElse(null);
            if (source == null) {
                continue;
            }
            switch (incoming.property()) {
                case "site" -> {
                    testimonies++;
                    forcedLabour |= graph.statementsAbout(source.id(), "evidence_of").stream()
                            .anyMatch(statement -> statement.object().map("concept/forced-labour"::equals).orElse(false));
                    for (Statement about : source.statements()) {
                        if (about.property().equals("indicates")) {
                            about.object().ifPresent(indicator -> indicators.add(graph.nameOf(indicator)));
                        }
                    }
                    String summary = graph.statementsAbout(source.id(), "summary").stream().findFirst()
                            .map(statement -> statement.value().display()).orElse(source.description());
                    items.add(item(graph, "testimony: " + source.name() + (summary == null ? "" : ": " + summary), incoming));
                }
                case "held_at", "worked_at" -> {
                    people++;
                    items.add(item(graph, source.name() + " " + incoming.property().replace('_', ' ') + " " + entity.name(), incoming));
                }
                default -> {
                    if (graph.schema().isA(source.type(), "penal-facility") || graph.schema().isA(source.type(), "mine")) {
                        facilities++;
                        boolean sourcePenal = graph.schema().isA(source.type(), "penal-facility");
                        forcedLabour |= sourcePenal && incoming.property().equals("operated_by");
                        items.add(item(graph, (incoming.property().equals("operated_by") ? "operates " : "has part ") + source.name(), incoming));
                    }
                }
            }
        }
        if (testimonies > 0) {
            flags.add("site of " + testimonies + (testimonies == 1 ? " testimony" : " testimonies"));
        }
        if (people > 0) {
            flags.add(people + (people == 1 ? " person" : " people") + " recorded as held or working here");
        }
        if (facilities > 0 && !penal) {
            flags.add("operates or contains " + facilities + (facilities == 1 ? " facility" : " facilities") + " in the graph");
        }
        int total = items.size();
        return new KbEvidence(entity.id(), typeLabel, entity.description(), forcedLabour, flags, List.copyOf(indicators),
                items.subList(0, Math.min(MAX_ITEMS, total)), total);
    }

    private static KbEvidence.Item item(KnowledgeGraph graph, String text, Statement statement) {
        return new KbEvidence.Item(text, statement.citations().stream().map(citation -> CitationText.format(graph, citation)).toList());
    }
}
