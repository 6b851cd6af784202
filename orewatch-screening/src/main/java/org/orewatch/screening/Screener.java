package org.orewatch.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.PartialDate;
import org.orewatch.lists.BirthDate;
import org.orewatch.lists.EntryCountry;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.IdentifierScheme;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.NameKind;
import org.orewatch.names.MatchResult;
import org.orewatch.names.NameHit;
import org.orewatch.names.NameMatcher;
import org.orewatch.names.NameType;
import org.orewatch.names.PreparedName;

/**
 * Screens queries against a {@link WatchlistIndex} under a {@link ScreeningPolicy}.
 *
 * <p>For each query: the name index finds the entries with a name near the query's (each name
 * scored by the name matcher, a weak alias discounted); entries carrying one of the query's
 * identifiers join the candidates whatever their names. Each candidate's score is then its best
 * name score, moved by birth date and country (see {@link ScreeningPolicy}), unless an
 * identifier decides: the same IMO number or UN reference makes a match, a different one rules
 * the candidate out. Candidates below the possible threshold are dropped, except those an
 * identifier ruled out, which are kept to show why.
 *
 * <p>Immutable and thread-safe.
 */
public final class Screener {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    private final WatchlistIndex index;
    private final ScreeningPolicy policy;

    public Screener(WatchlistIndex index, ScreeningPolicy policy) {
        this.index = index;
        this.policy = policy;
    }

    /** Builds the index for these lists with the minimum name score this policy needs. */
    public static Screener over(NameMatcher matcher, List<ScreenedList> lists, ScreeningPolicy policy) {
        double floor = Math.max(0.05, policy.possibleThreshold() - policy.largestBoost());
        return new Screener(WatchlistIndex.build(matcher, lists, Math.min(floor, 0.7)), policy);
    }

    public WatchlistIndex index() {
        return index;
    }

    public ScreeningPolicy policy() {
        return policy;
    }

    /** Which entry, and its best-scoring name so far. */
    private static final class Found {
        final int list;
        final int entry;
        int name = -1;
        double nameScore;
        double weighted = -1;
        MatchResult result;

        Found(int list, int entry) {
            this.list = list;
            this.entry = entry;
        }
    }

    public ScreeningResult screen(ScreeningQuery query) {
        return screen(query, DEFAULT_LIMIT);
    }

    public ScreeningResult screen(ScreeningQuery query, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        Map<Long, Found> found = new HashMap<>();
        if (!query.name().isEmpty()) {
            // An untyped query is read as each candidate's own type (a person's family name, a company's legal form).
            Map<NameType, PreparedName> asType = query.type() == null ? new EnumMap<>(NameType.class) : null;
            for (NameHit hit : nameHits(query, limit * 4 + 8)) {
                WatchlistIndex.Posting posting = index.posting(hit.id());
                MatchResult result = hit.result();
                if (asType != null && posting.type() != NameType.OTHER) {
                    PreparedName typed = asType.computeIfAbsent(posting.type(), type -> index.matcher().prepareUntyped(query.name(), type));
                    result = index.matcher().compare(typed, posting.prepared());
                }
                Found entry = found.computeIfAbsent(key(posting.list(), posting.entry()), k -> new Found(posting.list(), posting.entry()));
                NameKind kind = entryOf(posting.list(), posting.entry()).names().get(posting.name()).kind();
                double weighted = result.score() - (kind == NameKind.WEAK_ALIAS ? policy.weakAliasPenalty() : 0);
                if (weighted > entry.weighted) {
                    entry.weighted = weighted;
                    entry.nameScore = result.score();
                    entry.name = posting.name();
                    entry.result = result;
                }
            }
        }
        for (Identifier identifier : query.identifiers()) {
            for (int[] at : index.entriesWith(identifier)) {
                found.computeIfAbsent(key(at[0], at[1]), k -> new Found(at[0], at[1]));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        PreparedName preparedQuery = null;
        for (Found entry : found.values()) {
            if (entry.name < 0) {
                // Found by identifier only: show how its primary name compares, for the record.
                if (!query.name().isEmpty()) {
                    WatchlistIndex.Posting primary = primaryPosting(entry.list, entry.entry);
                    if (preparedQuery == null) {
                        preparedQuery = query.type() == null ? index.matcher().prepareUntyped(query.name(), primary.type())
                                : index.matcher().prepare(query.name(), query.type());
                    }
                    entry.result = index.matcher().compare(preparedQuery, primary.prepared());
                    entry.nameScore = entry.result.score();
                    entry.name = 0;
                } else {
                    entry.name = 0;
                }
            }
            Candidate candidate = candidate(query, entry);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing((Candidate c) -> c.version().listName())
                .thenComparing(c -> c.entry().key()));
        List<Candidate> kept = candidates.size() > limit ? candidates.subList(0, limit) : candidates;
        Candidate best = kept.isEmpty() ? null : kept.get(0);
        return new ScreeningResult(query, best == null ? Verdict.NO_MATCH : best.verdict(), best == null ? 0 : best.score(), kept);
    }

    /**
     * The index's best names for a query. An untyped query is searched among all names and, read as
     * a person's name, among persons: untyped, a person's particles and titles (al, bin, de, Sheikh)
     * are words, so a listed person whose name has them could rank below the candidates kept.
     */
    private List<NameHit> nameHits(ScreeningQuery query, int k) {
        List<NameHit> hits = index.names().search(query.name(), query.type(), k);
        if (query.type() != null) {
            return hits;
        }
        List<NameHit> all = new ArrayList<>(hits);
        Set<Integer> seen = new java.util.HashSet<>();
        hits.forEach(hit -> seen.add(hit.id()));
        for (NameHit hit : index.names().search(query.name(), NameType.PERSON, k)) {
            if (seen.add(hit.id())) {
                all.add(hit);
            }
        }
        return all;
    }

    private WatchlistIndex.Posting primaryPosting(int list, int entry) {
        // Postings were numbered list by list, entry by entry, name by name: find the entry's first name.
        int low = 0;
        int high = index.nameCount() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            WatchlistIndex.Posting posting = index.posting(middle);
            if (posting.list() < list || posting.list() == list && posting.entry() < entry) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return index.posting(low);
    }

    private static long key(int list, int entry) {
        return ((long) list << 32) | entry;
    }

    private ListEntry entryOf(int list, int entry) {
        return index.lists().get(list).entries().get(entry);
    }

    private Candidate candidate(ScreeningQuery query, Found found) {
        ScreenedList list = index.lists().get(found.list);
        ListEntry entry = list.entries().get(found.entry);
        EntryName name = entry.names().get(found.name);
        List<Adjustment> adjustments = new ArrayList<>();
        double score = found.nameScore;
        if (name.kind() == NameKind.WEAK_ALIAS && found.result != null) {
            adjustments.add(new Adjustment(Adjustment.WEAK_ALIAS, -policy.weakAliasPenalty(),
                    "matched a weak (low-quality) alias"));
            score -= policy.weakAliasPenalty();
        }
        Adjustment birth = birthDate(query.birthDate(), entry.birthDates());
        if (birth != null) {
            adjustments.add(birth);
            score += birth.delta();
        }
        Adjustment country = country(query, entry.countries());
        if (country != null) {
            adjustments.add(country);
            score += country.delta();
        }
        score = Math.max(0, Math.min(1, score));
        Decision decision = identifiers(query.identifiers(), entry.identifiers());
        Verdict verdict;
        if (decision.outcome > 0) {
            adjustments.add(new Adjustment(Adjustment.IDENTIFIER, 1 - score, decision.reason));
            score = 1;
            verdict = Verdict.MATCH;
        } else if (decision.outcome < 0) {
            double capped = Math.min(score, Math.max(0, policy.possibleThreshold() - 0.01));
            adjustments.add(new Adjustment(Adjustment.IDENTIFIER, capped - score, decision.reason));
            score = capped;
            verdict = Verdict.NO_MATCH;
        } else {
            if (decision.reason != null) {
                adjustments.add(new Adjustment(Adjustment.IDENTIFIER, 0, decision.reason));
            }
            verdict = policy.verdictOf(score);
            if (verdict == Verdict.NO_MATCH) {
                return null;
            }
        }
        String explanation = explain(list, entry, name, found, adjustments, score, verdict);
        return new Candidate(list.version(), entry, name.text(), name.kind(), found.nameScore, adjustments, score, verdict,
                explanation, found.result == null ? List.of() : found.result.alignments(), list.evidence().get(entry.key()));
    }

    private String explain(ScreenedList list, ListEntry entry, EntryName name, Found found, List<Adjustment> adjustments,
            double score, Verdict verdict) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %.3f", verdict.name().toLowerCase(Locale.ROOT).replace('_', ' '), score));
        text.append(" against ").append(list.version().listName()).append(" v").append(list.version().id())
                .append(" entry ").append(entry.key());
        if (found.result != null) {
            text.append(String.format(Locale.ROOT, "; name %.3f with the %s '%s'", found.nameScore,
                    name.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), name.text()));
            String detail = found.result.explanation();
            int colon = detail.indexOf("; ");
            if (colon >= 0) {
                text.append(" (").append(detail.substring(colon + 2)).append(')');
            }
        }
        for (Adjustment adjustment : adjustments) {
            text.append("; ").append(adjustment.reason());
            if (adjustment.delta() != 0) {
                text.append(String.format(Locale.ROOT, " (%+.2f)", adjustment.delta()));
            }
        }
        return text.toString();
    }

    /** How the query's birth date relates to the listed ones; null when either side has none. */
    Adjustment birthDate(PartialDate query, List<BirthDate> listed) {
        if (query == null || listed.isEmpty()) {
            return null;
        }
        int best = Integer.MIN_VALUE;
        BirthDate bestDate = null;
        for (BirthDate date : listed) {
            int relation = relation(query, date);
            if (relation > best) {
                best = relation;
                bestDate = date;
            }
        }
        String listedText = bestDate + (listed.size() > 1 ? " (of " + listed.size() + " listed dates)" : "");
        return switch (best) {
            case DAY_AGREES -> new Adjustment(Adjustment.BIRTH_DATE, policy.birthDateAgrees(),
                    "birth date " + query + " agrees with the listed " + listedText);
            case YEAR_AGREES -> new Adjustment(Adjustment.BIRTH_DATE, policy.birthYearAgrees(),
                    "birth year " + query.year() + " agrees with the listed " + listedText);
            case NEAR -> new Adjustment(Adjustment.BIRTH_DATE, 0,
                    "birth date " + query + " is close to the listed " + listedText + ", neither agreeing nor conflicting");
            default -> new Adjustment(Adjustment.BIRTH_DATE, -policy.birthDateConflict(),
                    "birth date " + query + " conflicts with every listed date (" + String.join(", ",
                            listed.stream().map(BirthDate::toString).toList()) + ")");
        };
    }

    private static final int DAY_AGREES = 3;
    private static final int YEAR_AGREES = 2;
    private static final int NEAR = 1;
    private static final int CONFLICT = 0;

    private int relation(PartialDate query, BirthDate listed) {
        int fromYear = listed.from().year();
        int toYear = listed.to().year();
        if (query.year() >= fromYear && query.year() <= toYear) {
            if (listed.isRange() || listed.approximate()) {
                return YEAR_AGREES;
            }
            PartialDate date = listed.from();
            if (query.month() != 0 && date.month() != 0 && query.month() != date.month()
                    || query.day() != 0 && date.day() != 0 && query.day() != date.day()) {
                // Same year, another month or day: often a list's or a form's error; neither way.
                return NEAR;
            }
            return query.day() != 0 && date.day() != 0 ? DAY_AGREES : YEAR_AGREES;
        }
        int distance = query.year() < fromYear ? fromYear - query.year() : query.year() - toYear;
        int tolerance = policy.birthYearTolerance() + (listed.approximate() ? 2 : 0);
        return distance <= tolerance ? NEAR : CONFLICT;
    }

    /** How the query's country relates to the entry's; null when either side has none. */
    Adjustment country(ScreeningQuery query, List<EntryCountry> listed) {
        if (query.country() == null || listed.isEmpty()) {
            return null;
        }
        String code = query.countryCode();
        Set<String> codes = new LinkedHashSet<>();
        for (EntryCountry country : listed) {
            if (country.code() != null) {
                codes.add(country.code());
            }
        }
        if (code == null) {
            boolean named = listed.stream().anyMatch(country -> country.text().equalsIgnoreCase(query.country()));
            return named ? new Adjustment(Adjustment.COUNTRY, policy.countryAgrees(), "country '" + query.country() + "' is listed")
                    : new Adjustment(Adjustment.COUNTRY, 0, "country '" + query.country() + "' is not one orewatch recognises");
        }
        if (codes.contains(code)) {
            String roles = String.join(", ", listed.stream().filter(country -> code.equals(country.code()))
                    .map(EntryCountry::role).distinct().toList());
            return new Adjustment(Adjustment.COUNTRY, policy.countryAgrees(), "country " + code + " agrees (" + roles + ")");
        }
        if (codes.isEmpty()) {
            return null;
        }
        return new Adjustment(Adjustment.COUNTRY, -policy.countryConflict(),
                "country " + code + " is not among the listed " + String.join(", ", codes));
    }

    private record Decision(int outcome, String reason) {
    }

    /** +1: an identifier agrees; -1: a unique identifier differs; 0 with or without a note: neither. */
    static Decision identifiers(List<Identifier> query, List<Identifier> listed) {
        if (query.isEmpty() || listed.isEmpty()) {
            return new Decision(0, null);
        }
        List<String> differing = new ArrayList<>();
        String uniqueDiffering = null;
        for (Identifier asked : query) {
            boolean sameScheme = false;
            for (Identifier known : listed) {
                if (!known.scheme().equals(asked.scheme())) {
                    continue;
                }
                sameScheme = true;
                if (known.normalized().equals(asked.normalized())) {
                    return new Decision(1, "identifier " + asked.scheme() + " " + known.value() + " agrees: decides a match");
                }
            }
            if (sameScheme) {
                String listedValues = String.join(", ", listed.stream().filter(known -> known.scheme().equals(asked.scheme()))
                        .map(Identifier::value).toList());
                if (IdentifierScheme.isUnique(asked.scheme())) {
                    uniqueDiffering = "identifier " + asked.scheme() + " " + asked.value() + " differs from the listed "
                            + listedValues + ": decides no match";
                } else {
                    differing.add(asked.scheme() + " " + asked.value() + " is not among the listed " + listedValues
                            + " (one may hold several)");
                }
            }
        }
        if (uniqueDiffering != null) {
            return new Decision(-1, uniqueDiffering);
        }
        return new Decision(0, differing.isEmpty() ? null : String.join("; ", differing));
    }
}
