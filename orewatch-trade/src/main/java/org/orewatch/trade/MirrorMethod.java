package org.orewatch.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Mirror statistics: a country that publishes no trade data is seen through its partners' records.
 * Its exports to partner P in year Y are what P recorded as imports from it in Y. This class is the
 * method itself, over rows already read and checked; docs/trade.md states every rule with a worked
 * example, and the rules are applied in this order:
 *
 * <ol>
 *   <li>Rows used: partner = the country, flow = import. Rows reported by the country itself or by
 *       an aggregate (World, the EU) are left out: an aggregate repeats its members' records.
 *   <li>Breakdowns (by second partner, customs procedure, transport or supply mode) are left out:
 *       they repeat the total row they break down.
 *   <li>One series per reporter and year: if the same data is present in several HS editions, the
 *       one flagged as original, else "as reported" (HS), else the newest edition; if annual and
 *       monthly rows are both present, the annual ones.
 *   <li>Rows identical in key and figures count once. Rows with the same key (year, reporter,
 *       period, HS code) and different figures are an error: nothing says which is right.
 *   <li>HS levels: within one reporter and period, a code is used only if no shorter code that
 *       contains it is present (a chapter row 27 already includes its headings 2701 ...). Chapter
 *       figures use the coarsest rows; heading figures do the same among codes of 4 digits or more.
 *   <li>The total is the reporter's TOTAL row when present, else the sum of its chapters.
 * </ol>
 */
public final class MirrorMethod {

    /**
     * What to compute.
     *
     * @param country ISO3 code of the country whose exports are mirrored
     * @param miningChapters the HS chapters counted as mining products (the report: 25, 26, 27)
     * @param partner when set, only this partner's records are used
     * @param priceTolerance a unit value below reference * (1 - tolerance) is flagged below market
     */
    public record Options(String country, Set<String> miningChapters, String partner, ReferencePrices prices,
            double priceTolerance) {

        public Options {
            Objects.requireNonNull(country, "country");
            miningChapters = Set.copyOf(miningChapters);
            prices = prices == null ? ReferencePrices.none() : prices;
        }

        public static Options of(String country, Set<String> miningChapters) {
            return new Options(country, miningChapters, null, ReferencePrices.none(), 0.2);
        }
    }

    /** Years in order, and what was left out and why. */
    public record Result(String country, List<MirrorYear> years, List<String> notes) {
    }

    private final TradeAreas areas;

    public MirrorMethod(TradeAreas areas) {
        this.areas = areas;
    }

    /** Value and weight of a set of rows. */
    static final class Sum {
        double value;
        double weighedValue;
        double weightKg;

        void add(FlowRecord row) {
            value += row.valueUsd();
            Double weight = row.weightKg();
            if (weight != null) {
                weighedValue += row.valueUsd();
                weightKg += weight;
            }
        }

        void add(Sum other) {
            value += other.value;
            weighedValue += other.weighedValue;
            weightKg += other.weightKg;
        }

        Double tonnes() {
            return weightKg > 0 ? weightKg / 1000.0 : null;
        }

        Double unitValue() {
            return weightKg > 0 ? weighedValue / (weightKg / 1000.0) : null;
        }

        Double coverage() {
            return value > 0 ? weighedValue / value : null;
        }
    }

    /** One reporter's (or all reporters') figures for a year: total and sums by HS code at levels 2, 4 and 6. */
    static final class Figures {
        double total;
        final Map<Integer, Map<String, Sum>> byLevel = new HashMap<>();

        Map<String, Sum> level(int digits) {
            return byLevel.computeIfAbsent(digits, d -> new TreeMap<>());
        }

        void add(Figures other) {
            total += other.total;
            for (Map.Entry<Integer, Map<String, Sum>> level : other.byLevel.entrySet()) {
                Map<String, Sum> mine = level(level.getKey());
                level.getValue().forEach((code, sum) -> mine.computeIfAbsent(code, c -> new Sum()).add(sum));
            }
        }

        Sum mining(Set<String> chapters) {
            Sum mining = new Sum();
            level(2).forEach((chapter, sum) -> {
                if (chapters.contains(chapter)) {
                    mining.add(sum);
                }
            });
            return mining;
        }
    }

    private record YearReporter(int year, String reporter) {
    }

    public Result compute(Options options, List<FlowRecord> records) {
        String country = options.country();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        Map<YearReporter, List<FlowRecord>> byReporter = new TreeMap<>(
                Comparator.comparing(YearReporter::year).thenComparing(YearReporter::reporter));
        for (FlowRecord row : records) {
            if (!row.partner().equals(country) || row.flow() != FlowDirection.IMPORT) {
                continue;
            }
            if (options.partner() != null && !row.reporter().equals(options.partner())) {
                continue;
            }
            if (row.reporter().equals(country)) {
                skipped.merge("rows reported by " + country + " itself (not a mirror)", 1, Integer::sum);
                continue;
            }
            if (areas.isAggregate(row.reporter())) {
                skipped.merge("rows reported by aggregates (" + row.reporter() + ") that repeat their members' records", 1, Integer::sum);
                continue;
            }
            if (!row.breakdown().isTotal()) {
                skipped.merge("breakdown rows (by second partner, customs procedure, transport or supply mode)", 1, Integer::sum);
                continue;
            }
            byReporter.computeIfAbsent(new YearReporter(row.year(), row.reporter()), k -> new ArrayList<>()).add(row);
        }

        Map<Integer, Map<String, Figures>> years = new TreeMap<>();
        for (Map.Entry<YearReporter, List<FlowRecord>> entry : byReporter.entrySet()) {
            List<FlowRecord> rows = oneSeries(entry.getValue(), skipped);
            rows = withoutDuplicates(rows, skipped);
            Figures figures = reporterFigures(rows);
            years.computeIfAbsent(entry.getKey().year(), y -> new TreeMap<>()).put(entry.getKey().reporter(), figures);
        }

        List<MirrorYear> result = new ArrayList<>();
        Map<Integer, Figures> worldByYear = new TreeMap<>();
        for (Map.Entry<Integer, Map<String, Figures>> year : years.entrySet()) {
            Figures world = new Figures();
            year.getValue().values().forEach(world::add);
            worldByYear.put(year.getKey(), world);
        }
        for (Map.Entry<Integer, Map<String, Figures>> year : years.entrySet()) {
            result.add(yearFigures(options, year.getKey(), year.getValue(), worldByYear));
        }
        List<String> notes = skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey() + " left out").collect(Collectors.toList());
        return new Result(country, result, notes);
    }

    /** Keeps one HS edition and one frequency for a reporter-year (rule 3). */
    private static List<FlowRecord> oneSeries(List<FlowRecord> rows, Map<String, Integer> skipped) {
        Set<String> editions = rows.stream().map(r -> r.series().classification()).collect(Collectors.toCollection(TreeSet::new));
        List<FlowRecord> kept = rows;
        if (editions.size() > 1) {
            String chosen = rows.stream().filter(r -> r.series().markedOriginal())
                    .map(r -> r.series().classification()).max(MirrorMethod::compareEditions)
                    .orElseGet(() -> editions.stream().max(MirrorMethod::compareEditions).orElseThrow());
            kept = rows.stream().filter(r -> r.series().classification().equals(chosen)).toList();
            int dropped = rows.size() - kept.size();
            if (dropped > 0) {
                skipped.merge("rows of an HS edition other than the one used for their reporter and year", dropped, Integer::sum);
            }
        }
        boolean annual = kept.stream().anyMatch(r -> !r.series().monthly());
        boolean monthly = kept.stream().anyMatch(r -> r.series().monthly());
        if (annual && monthly) {
            List<FlowRecord> annualRows = kept.stream().filter(r -> !r.series().monthly()).toList();
            skipped.merge("monthly rows of a reporter and year that also has annual rows", kept.size() - annualRows.size(), Integer::sum);
            kept = annualRows;
        }
        return kept;
    }

    /** "HS" (as reported) ranks above the converted editions H0 ... H6, which rank by number; empty lowest. */
    static int compareEditions(String a, String b) {
        return Integer.compare(editionRank(a), editionRank(b));
    }

    private static int editionRank(String edition) {
        String upper = edition.toUpperCase(java.util.Locale.ROOT);
        if (upper.isEmpty()) {
            return -1;
        }
        if (upper.equals("HS")) {
            return 100;
        }
        if (upper.length() == 2 && Character.isDigit(upper.charAt(1))) {
            return upper.charAt(1) - '0';
        }
        return 50;
    }

    private record RowKey(String period, String hsCode) {
    }

    /** Rule 4: exact duplicates count once; same key with different figures is an error. */
    private static List<FlowRecord> withoutDuplicates(List<FlowRecord> rows, Map<String, Integer> skipped) {
        Map<RowKey, List<FlowRecord>> byKey = new LinkedHashMap<>();
        for (FlowRecord row : rows) {
            byKey.computeIfAbsent(new RowKey(row.series().period(), row.hsCode()), k -> new ArrayList<>()).add(row);
        }
        List<FlowRecord> kept = new ArrayList<>();
        for (List<FlowRecord> same : byKey.values()) {
            FlowRecord first = same.get(0);
            for (FlowRecord other : same.subList(1, same.size())) {
                if (first.valueUsd() != other.valueUsd() || !Objects.equals(first.netWeightKg(), other.netWeightKg())
                        || !Objects.equals(first.quantity(), other.quantity())) {
                    throw new ConflictingRecordsException(first.reporter() + " reports imports from " + first.partner() + " of HS "
                            + first.hsCode() + " in " + (first.series().period().isEmpty() ? String.valueOf(first.year()) : first.series().period())
                            + " twice with different figures (" + describe(first) + " and " + describe(other)
                            + "); remove the row that is wrong", same.stream().map(FlowRecord::origin).toList());
                }
            }
            if (same.size() > 1) {
                skipped.merge("exact duplicate rows", same.size() - 1, Integer::sum);
            }
            kept.add(first);
        }
        return kept;
    }

    private static String describe(FlowRecord row) {
        return "USD " + TradeNumbers.plain(row.valueUsd())
                + (row.netWeightKg() == null ? "" : ", " + TradeNumbers.plain(row.netWeightKg()) + " kg");
    }

    /** Rules 5 and 6 for one reporter-year, period by period. */
    static Figures reporterFigures(List<FlowRecord> rows) {
        Map<String, List<FlowRecord>> byPeriod = new TreeMap<>();
        for (FlowRecord row : rows) {
            byPeriod.computeIfAbsent(row.series().period(), p -> new ArrayList<>()).add(row);
        }
        Figures figures = new Figures();
        for (List<FlowRecord> period : byPeriod.values()) {
            figures.add(periodFigures(period));
        }
        return figures;
    }

    private static Figures periodFigures(List<FlowRecord> rows) {
        Figures figures = new Figures();
        Set<String> codes = new TreeSet<>();
        double totalRows = 0;
        boolean hasTotal = false;
        for (FlowRecord row : rows) {
            if (row.isTotalCode()) {
                hasTotal = true;
                totalRows += row.valueUsd();
            } else {
                codes.add(row.hsCode());
            }
        }
        for (int level : new int[] {2, 4, 6}) {
            Map<String, Sum> sums = figures.level(level);
            for (FlowRecord row : rows) {
                if (row.isTotalCode() || row.hsCode().length() < level || hasCoarserCode(row.hsCode(), level, codes)) {
                    continue;
                }
                sums.computeIfAbsent(row.hsCode().substring(0, level), c -> new Sum()).add(row);
            }
        }
        figures.total = hasTotal ? totalRows : figures.level(2).values().stream().mapToDouble(s -> s.value).sum();
        return figures;
    }

    /** Whether a shorter code of at least {@code level} digits that contains this one is present. */
    private static boolean hasCoarserCode(String code, int level, Set<String> codes) {
        for (int digits = level; digits < code.length(); digits += 2) {
            if (codes.contains(code.substring(0, digits))) {
                return true;
            }
        }
        return false;
    }

    private MirrorYear yearFigures(Options options, int year, Map<String, Figures> reporters, Map<Integer, Figures> worldByYear) {
        Set<String> mining = options.miningChapters();
        Figures world = worldByYear.get(year);
        Figures lastYear = worldByYear.get(year - 1);
        Sum miningSum = world.mining(mining);
        List<PartnerFigures> partners = new ArrayList<>();
        for (Map.Entry<String, Figures> reporter : reporters.entrySet()) {
            Figures figures = reporter.getValue();
            Sum partnerMining = figures.mining(mining);
            partners.add(new PartnerFigures(reporter.getKey(), figures.total, partnerMining.value,
                    TradeNumbers.ratio(partnerMining.value, miningSum.value),
                    TradeNumbers.ratio(partnerMining.value, figures.total), partnerMining.tonnes(), List.of()));
        }
        partners.sort(Comparator.comparingDouble(PartnerFigures::miningValue).reversed()
                .thenComparing(Comparator.comparingDouble(PartnerFigures::totalValue).reversed())
                .thenComparing(PartnerFigures::iso));

        List<CodeFigures> chapters = new ArrayList<>();
        for (Map.Entry<String, Sum> chapter : world.level(2).entrySet()) {
            double inHeadings = world.level(4).entrySet().stream().filter(h -> h.getKey().startsWith(chapter.getKey()))
                    .mapToDouble(h -> h.getValue().value).sum();
            chapters.add(codeFigures(chapter.getKey(), chapter.getValue(), lastYear == null ? null : lastYear.level(2).get(chapter.getKey()),
                    Math.max(0, chapter.getValue().value - inHeadings)));
        }
        List<CodeFigures> headings = new ArrayList<>();
        for (Map.Entry<String, Sum> heading : world.level(4).entrySet()) {
            if (mining.contains(heading.getKey().substring(0, 2))) {
                headings.add(codeFigures(heading.getKey(), heading.getValue(),
                        lastYear == null ? null : lastYear.level(4).get(heading.getKey()), 0));
            }
        }

        List<PriceCheck> checks = new ArrayList<>();
        for (ReferencePrices.Price price : options.prices().forYear(year)) {
            int level = price.hsCode().length();
            priceCheck(price, null, world.level(level).get(price.hsCode()), options.priceTolerance()).ifPresent(checks::add);
            for (Map.Entry<String, Figures> reporter : reporters.entrySet()) {
                priceCheck(price, reporter.getKey(), reporter.getValue().level(level).get(price.hsCode()), options.priceTolerance())
                        .ifPresent(checks::add);
            }
        }

        Sum lastMining = lastYear == null ? null : lastYear.mining(mining);
        return new MirrorYear(year, world.total, miningSum.value, TradeNumbers.ratio(miningSum.value, world.total),
                miningSum.tonnes(), miningSum.unitValue(),
                lastYear == null ? null : TradeNumbers.change(world.total, lastYear.total),
                lastMining == null ? null : TradeNumbers.change(miningSum.value, lastMining.value),
                lastMining == null ? null : TradeNumbers.change(miningSum.tonnes(), lastMining.tonnes()),
                partners, chapters, headings, checks);
    }

    private static CodeFigures codeFigures(String code, Sum sum, Sum last, double unallocated) {
        return new CodeFigures(code, sum.value, sum.tonnes(), sum.unitValue(), sum.coverage(),
                last == null ? null : TradeNumbers.change(sum.value, last.value),
                last == null ? null : TradeNumbers.change(sum.tonnes(), last.tonnes()), unallocated);
    }

    private static java.util.Optional<PriceCheck> priceCheck(ReferencePrices.Price price, String partner, Sum sum, double tolerance) {
        if (sum == null || sum.unitValue() == null || price.usdPerTonne() <= 0) {
            return java.util.Optional.empty();
        }
        double ratio = sum.unitValue() / price.usdPerTonne();
        return java.util.Optional.of(new PriceCheck(price.hsCode(), partner, sum.unitValue(), price.usdPerTonne(), ratio,
                ratio < 1 - tolerance));
    }
}
