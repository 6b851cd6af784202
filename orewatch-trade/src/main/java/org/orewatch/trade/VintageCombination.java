package org.orewatch.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The report's method for its trade figures ("Note on trade data", Gulag, Inc., 2016): a
 * country's exports are the sum of compilations that cover different trade (KOTRA leaves out
 * inter-Korean trade, I-RENK covers only that), and when editions of a compilation disagree about
 * a statistic the most recently published one is used. Rules, in order (docs/trade.md has a
 * worked example):
 *
 * <ol>
 *   <li>A statistic is (source, year, partner, HS code) for the chosen flow. Of its editions the
 *       latest published is used. Editions published the same day with different values, or
 *       whose dates cannot be ordered ("2014" and "2014-06") with different values, are errors.
 *   <li>For a source, year and partner: the total is the TOTAL statistic, else the sum of its
 *       codes; mining is the sum of its codes under the mining chapters. Where a code and a
 *       shorter code containing it are both given, the shorter one is used (it includes the other).
 *   <li>For a source and year, the country's total is the WLD (all partners) total when given,
 *       else the sum of the partners' totals; its mining value is WLD's mining value when WLD
 *       gives any statistic under the mining chapters, else the sum of the partners' mining values.
 *   <li>The year's figures are the sums over sources; a partner's figures the sums over sources of
 *       that partner's.
 * </ol>
 */
public final class VintageCombination {

    /** What to compute: the mining chapters and the flow of the statistics used. */
    public record Options(Set<String> miningChapters, FlowDirection flow) {

        public Options {
            miningChapters = Set.copyOf(miningChapters);
            Objects.requireNonNull(flow, "flow");
        }
    }

    private record StatisticKey(String source, int year, String partner, String hsCode) {
    }

    /** The edition of a statistic that is used, with the older editions it replaced. */
    private record Chosen(EditionRecord record, List<EditionUse.Replaced> replaced) {

        EditionUse use() {
            return new EditionUse(record.source(), record.published(), record.partner(), record.hsCode(), record.valueUsd(), replaced);
        }
    }

    /** A partner's (or WLD's) figures from one source in one year. */
    private static final class SourceFigures {
        Chosen totalRow;
        final List<Chosen> codes = new ArrayList<>();

        List<Chosen> totalParts() {
            return totalRow != null ? List.of(totalRow) : coarsest(codes);
        }

        List<Chosen> miningParts(Set<String> chapters) {
            return coarsest(codes).stream().filter(c -> chapters.contains(c.record().hsCode().substring(0, 2))).toList();
        }
    }

    public List<CombinedYear> combine(Options options, List<EditionRecord> records) {
        Map<StatisticKey, List<EditionRecord>> editions = new LinkedHashMap<>();
        Map<String, String> sourceSpelling = new LinkedHashMap<>();
        for (EditionRecord record : records) {
            if (record.flow() != options.flow()) {
                continue;
            }
            String source = record.source().toUpperCase(Locale.ROOT);
            sourceSpelling.putIfAbsent(source, record.source());
            editions.computeIfAbsent(new StatisticKey(source, record.year(), record.partner(), record.hsCode()),
                    k -> new ArrayList<>()).add(record);
        }

        // year -> source -> partner -> figures
        Map<Integer, Map<String, Map<String, SourceFigures>>> byYear = new TreeMap<>();
        for (Map.Entry<StatisticKey, List<EditionRecord>> statistic : editions.entrySet()) {
            Chosen chosen = latest(statistic.getValue());
            StatisticKey key = statistic.getKey();
            SourceFigures figures = byYear.computeIfAbsent(key.year(), y -> new TreeMap<>())
                    .computeIfAbsent(key.source(), s -> new TreeMap<>())
                    .computeIfAbsent(key.partner(), p -> new SourceFigures());
            if (key.hsCode().equals(FlowRecord.TOTAL)) {
                figures.totalRow = chosen;
            } else {
                figures.codes.add(chosen);
            }
        }

        List<CombinedYear> years = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, Map<String, SourceFigures>>> year : byYear.entrySet()) {
            years.add(yearFigures(options.miningChapters(), year.getKey(), year.getValue()));
        }
        return years;
    }

    /** Rule 1: the latest edition of one statistic. */
    private static Chosen latest(List<EditionRecord> editions) {
        List<EditionRecord> sorted = new ArrayList<>(editions);
        sorted.sort(Comparator.comparing((EditionRecord e) -> EditionDate.parse(e.published()).latest())
                .thenComparing(e -> EditionDate.parse(e.published()).earliest()));
        EditionRecord newest = sorted.get(sorted.size() - 1);
        EditionDate newestDate = EditionDate.parse(newest.published());
        List<EditionUse.Replaced> replaced = new ArrayList<>();
        for (EditionRecord other : sorted.subList(0, sorted.size() - 1)) {
            EditionDate otherDate = EditionDate.parse(other.published());
            boolean sameFigure = other.valueUsd() == newest.valueUsd() && Objects.equals(other.quantityT(), newest.quantityT());
            if (newestDate.laterThan(otherDate)) {
                if (!sameFigure) {
                    replaced.add(new EditionUse.Replaced(other.published(), other.valueUsd()));
                }
                continue;
            }
            if (sameFigure) {
                continue;
            }
            String what = newest.source() + " " + newest.year() + " " + newest.partner() + " HS " + newest.hsCode();
            if (newestDate.sameAs(otherDate)) {
                throw new ConflictingRecordsException("two rows give " + what + " in the edition published " + newest.published()
                        + " with different values (" + TradeNumbers.plain(other.valueUsd()) + " and " + TradeNumbers.plain(newest.valueUsd())
                        + "); remove the wrong one", List.of(other.origin(), newest.origin()));
            }
            throw new ConflictingRecordsException("cannot tell which edition of " + what + " is later: published " + other.published()
                    + " (" + TradeNumbers.plain(other.valueUsd()) + ") or " + newest.published() + " (" + TradeNumbers.plain(newest.valueUsd())
                    + "); give the publication dates to the day", List.of(other.origin(), newest.origin()));
        }
        replaced.sort(Comparator.comparing(EditionUse.Replaced::published).reversed());
        return new Chosen(newest, replaced);
    }

    /** Codes not contained in a shorter code that is also present (rule 2). */
    private static List<Chosen> coarsest(List<Chosen> codes) {
        Set<String> present = codes.stream().map(c -> c.record().hsCode()).collect(Collectors.toCollection(TreeSet::new));
        List<Chosen> kept = new ArrayList<>();
        for (Chosen chosen : codes) {
            String code = chosen.record().hsCode();
            boolean covered = false;
            for (int digits = 2; digits < code.length(); digits += 2) {
                covered |= present.contains(code.substring(0, digits));
            }
            if (!covered) {
                kept.add(chosen);
            }
        }
        kept.sort(Comparator.comparing((Chosen c) -> c.record().hsCode()));
        return kept;
    }

    private static final class Accumulator {
        double total;
        double mining;
        double miningTonnes;
        boolean tonnesComplete = true;
        final List<EditionUse> totalEditions = new ArrayList<>();
        final List<EditionUse> miningEditions = new ArrayList<>();

        void addTotal(List<Chosen> parts) {
            for (Chosen part : parts) {
                total += part.record().valueUsd();
                totalEditions.add(part.use());
            }
        }

        void addMining(List<Chosen> parts) {
            for (Chosen part : parts) {
                mining += part.record().valueUsd();
                miningEditions.add(part.use());
                if (part.record().quantityT() == null) {
                    tonnesComplete = false;
                } else {
                    miningTonnes += part.record().quantityT();
                }
            }
        }

        Double tonnes() {
            return tonnesComplete && !miningEditions.isEmpty() ? miningTonnes : null;
        }
    }

    private static CombinedYear yearFigures(Set<String> mining, int year, Map<String, Map<String, SourceFigures>> sources) {
        Accumulator country = new Accumulator();
        Map<String, Accumulator> partners = new TreeMap<>();
        for (Map<String, SourceFigures> source : sources.values()) {
            SourceFigures all = source.get(EditionRecord.ALL_PARTNERS);
            List<Map.Entry<String, SourceFigures>> named = source.entrySet().stream()
                    .filter(e -> !e.getKey().equals(EditionRecord.ALL_PARTNERS)).toList();
            // Rule 3, total.
            if (all != null && all.totalRow != null) {
                country.addTotal(List.of(all.totalRow));
            } else if (!named.isEmpty()) {
                named.forEach(p -> country.addTotal(p.getValue().totalParts()));
            } else if (all != null) {
                country.addTotal(all.totalParts());
            }
            // Rule 3, mining.
            if (all != null && !all.miningParts(mining).isEmpty()) {
                country.addMining(all.miningParts(mining));
            } else {
                named.forEach(p -> country.addMining(p.getValue().miningParts(mining)));
            }
            // Rule 4, partners.
            for (Map.Entry<String, SourceFigures> partner : named) {
                Accumulator figures = partners.computeIfAbsent(partner.getKey(), p -> new Accumulator());
                figures.addTotal(partner.getValue().totalParts());
                figures.addMining(partner.getValue().miningParts(mining));
            }
        }
        List<PartnerFigures> partnerFigures = new ArrayList<>();
        for (Map.Entry<String, Accumulator> partner : partners.entrySet()) {
            Accumulator figures = partner.getValue();
            List<EditionUse> used = new ArrayList<>(figures.totalEditions);
            figures.miningEditions.stream().filter(e -> !used.contains(e)).forEach(used::add);
            partnerFigures.add(new PartnerFigures(partner.getKey(), figures.total, figures.mining,
                    TradeNumbers.ratio(figures.mining, country.mining), TradeNumbers.ratio(figures.mining, figures.total),
                    figures.tonnes(), used));
        }
        partnerFigures.sort(Comparator.comparingDouble(PartnerFigures::miningValue).reversed()
                .thenComparing(Comparator.comparingDouble(PartnerFigures::totalValue).reversed())
                .thenComparing(PartnerFigures::iso));
        return new CombinedYear(year, country.total, country.mining, TradeNumbers.ratio(country.mining, country.total),
                country.tonnes(), partnerFigures, country.totalEditions, country.miningEditions);
    }
}
