package org.orewatch.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The mirror method's rules, one by one, on rows built in memory. */
class MirrorMethodTest {

    private static final Set<String> MINING = Set.of("25", "26", "27");
    private static final MirrorMethod METHOD = new MirrorMethod(TradeAreas.bundled());

    private static int origin;

    private static FlowRecord row(int year, String reporter, String hs, double value) {
        return row(year, reporter, hs, value, null, FlowRecord.Breakdown.NONE, FlowRecord.Series.ANNUAL);
    }

    private static FlowRecord row(int year, String reporter, String hs, double value, Double kg, FlowRecord.Breakdown breakdown,
            FlowRecord.Series series) {
        return new FlowRecord(origin++, year, reporter, "PRK", FlowDirection.IMPORT, hs, value, kg, null, "", "", breakdown,
                series.period().isEmpty() ? new FlowRecord.Series(series.classification(), series.originalClassification(),
                        series.frequency(), String.valueOf(year)) : series);
    }

    private static MirrorYear only(List<FlowRecord> rows) {
        List<MirrorYear> years = METHOD.compute(MirrorMethod.Options.of("PRK", MINING), rows).years();
        assertThat(years).hasSize(1);
        return years.get(0);
    }

    @Test
    void breakdownRowsAreLeftOut() {
        FlowRecord.Breakdown byRail = new FlowRecord.Breakdown("", "", "C00", "2100", "0");
        MirrorYear year = only(List.of(row(2013, "CHN", "2701", 100), row(2013, "CHN", "2701", 60, null, byRail, FlowRecord.Series.ANNUAL)));
        assertThat(year.miningValue()).isEqualTo(100.0);
    }

    @Test
    void aggregateReportersAndTheCountryItselfAreLeftOut() {
        MirrorYear year = only(List.of(row(2013, "CHN", "2701", 100), row(2013, "W00", "2701", 100), row(2013, "WLD", "2701", 100),
                row(2013, "EUR", "2701", 7), row(2013, "PRK", "2701", 9)));
        assertThat(year.miningValue()).isEqualTo(100.0);
        assertThat(year.partners()).extracting(PartnerFigures::iso).containsExactly("CHN");
    }

    @Test
    void exportsReExportsAndReImportsAreNotMirrorsOfExports() {
        List<FlowRecord> rows = new ArrayList<>();
        rows.add(row(2013, "CHN", "2701", 100));
        for (FlowDirection flow : List.of(FlowDirection.EXPORT, FlowDirection.RE_EXPORT, FlowDirection.RE_IMPORT, FlowDirection.OTHER)) {
            rows.add(new FlowRecord(origin++, 2013, "CHN", "PRK", flow, "2701", 50, null, null, "", "", FlowRecord.Breakdown.NONE,
                    new FlowRecord.Series("", "", "", "2013")));
        }
        assertThat(only(rows).miningValue()).isEqualTo(100.0);
    }

    @Test
    void theOriginalHsEditionWinsOverConversions() {
        FlowRecord.Series h4 = new FlowRecord.Series("H4", "1", "A", "2013");
        FlowRecord.Series h5 = new FlowRecord.Series("H5", "0", "A", "2013");
        MirrorYear year = only(List.of(row(2013, "CHN", "2701", 100, null, FlowRecord.Breakdown.NONE, h4),
                row(2013, "CHN", "2701", 101, null, FlowRecord.Breakdown.NONE, h5)));
        assertThat(year.miningValue()).isEqualTo(100.0);
    }

    @Test
    void withoutAnOriginalFlagTheNewestEditionWins() {
        FlowRecord.Series h4 = new FlowRecord.Series("H4", "", "A", "2013");
        FlowRecord.Series h5 = new FlowRecord.Series("H5", "", "A", "2013");
        MirrorYear year = only(List.of(row(2013, "CHN", "2701", 100, null, FlowRecord.Breakdown.NONE, h4),
                row(2013, "CHN", "2701", 101, null, FlowRecord.Breakdown.NONE, h5)));
        assertThat(year.miningValue()).isEqualTo(101.0);
    }

    @Test
    void monthlyRowsAddUpToTheYearUnlessAnnualRowsExist() {
        FlowRecord.Series january = new FlowRecord.Series("", "", "M", "201301");
        FlowRecord.Series february = new FlowRecord.Series("", "", "M", "201302");
        MirrorYear monthlyOnly = only(List.of(row(2013, "CHN", "2701", 40, null, FlowRecord.Breakdown.NONE, january),
                row(2013, "CHN", "2701", 60, null, FlowRecord.Breakdown.NONE, february)));
        assertThat(monthlyOnly.miningValue()).isEqualTo(100.0);
        MirrorYear both = only(List.of(row(2013, "CHN", "2701", 40, null, FlowRecord.Breakdown.NONE, january),
                row(2013, "CHN", "2701", 60, null, FlowRecord.Breakdown.NONE, february), row(2013, "CHN", "2701", 99)));
        assertThat(both.miningValue()).isEqualTo(99.0);
    }

    @Test
    void aCoarserCodeCoversTheFinerOnesWithinOneReporter() {
        MirrorYear year = only(List.of(row(2013, "CHN", "27", 100), row(2013, "CHN", "2701", 70), row(2013, "CHN", "270111", 50),
                row(2013, "RUS", "270111", 5), row(2013, "RUS", "2601", 3)));
        assertThat(year.miningValue()).isEqualTo(108.0);
        assertThat(year.headings()).extracting(CodeFigures::code, CodeFigures::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2601", 3.0), org.assertj.core.groups.Tuple.tuple("2701", 75.0));
        CodeFigures coal = year.chapters().stream().filter(c -> c.code().equals("27")).findFirst().orElseThrow();
        assertThat(coal.unallocatedValue()).isEqualTo(30.0);
    }

    @Test
    void theTotalIsTheTotalRowWhenPresentElseTheSumOfChapters() {
        MirrorYear year = only(List.of(row(2013, "CHN", FlowRecord.TOTAL, 1000), row(2013, "CHN", "27", 300),
                row(2013, "RUS", "27", 10), row(2013, "RUS", "61", 30)));
        assertThat(year.totalValue()).isEqualTo(1040.0);
        assertThat(year.miningShare()).isCloseTo(310.0 / 1040.0, within(1e-12));
    }

    @Test
    void differentFiguresForOneFlowAreAConflict() {
        FlowRecord first = row(2013, "CHN", "2701", 100);
        FlowRecord second = row(2013, "CHN", "2701", 120);
        assertThatThrownBy(() -> METHOD.compute(MirrorMethod.Options.of("PRK", MINING), List.of(first, second)))
                .isInstanceOfSatisfying(ConflictingRecordsException.class,
                        e -> assertThat(e.origins()).containsExactly(first.origin(), second.origin()));
    }

    @Test
    void unitValuesUseOnlyRowsWithAWeight() {
        MirrorYear year = only(List.of(row(2013, "CHN", "2701", 100, 2_000_000.0, FlowRecord.Breakdown.NONE, FlowRecord.Series.ANNUAL),
                row(2013, "CHN", "2702", 50, null, FlowRecord.Breakdown.NONE, FlowRecord.Series.ANNUAL),
                row(2013, "CHN", "2601", 30, 0.0, FlowRecord.Breakdown.NONE, FlowRecord.Series.ANNUAL)));
        assertThat(year.miningQuantityT()).isEqualTo(2000.0);
        assertThat(year.miningUnitValue()).isEqualTo(0.05);
        CodeFigures coal = year.chapters().stream().filter(c -> c.code().equals("27")).findFirst().orElseThrow();
        assertThat(coal.quantityCoverage()).isCloseTo(100.0 / 150.0, within(1e-12));
    }

    @Test
    void quantityInKilogramsStandsInForAMissingNetWeight() {
        FlowRecord withQuantity = new FlowRecord(origin++, 2013, "CHN", "PRK", FlowDirection.IMPORT, "2701", 100, null, 4000.0, "8", "",
                FlowRecord.Breakdown.NONE, new FlowRecord.Series("", "", "", "2013"));
        FlowRecord inItems = new FlowRecord(origin++, 2013, "CHN", "PRK", FlowDirection.IMPORT, "2601", 100, null, 4000.0, "5", "",
                FlowRecord.Breakdown.NONE, new FlowRecord.Series("", "", "", "2013"));
        MirrorYear year = only(List.of(withQuantity, inItems));
        assertThat(year.miningQuantityT()).isEqualTo(4.0);
    }

    @Test
    void belowMarketUnitValuesAreFlaggedOverallAndPerPartner() {
        ReferencePrices prices = new ReferencePrices(List.of(new ReferencePrices.Price("2701", 2013, 100.0)));
        MirrorMethod.Options options = new MirrorMethod.Options("PRK", MINING, null, prices, 0.2);
        List<FlowRecord> rows = List.of(row(2013, "CHN", "270111", 70_000, 1_000_000.0, FlowRecord.Breakdown.NONE, FlowRecord.Series.ANNUAL),
                row(2013, "JPN", "2701", 95_000, 1_000_000.0, FlowRecord.Breakdown.NONE, FlowRecord.Series.ANNUAL));
        List<PriceCheck> checks = METHOD.compute(options, rows).years().get(0).priceChecks();
        assertThat(checks).extracting(PriceCheck::partner, PriceCheck::unitValue, PriceCheck::belowMarket).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, 82.5, false),
                org.assertj.core.groups.Tuple.tuple("CHN", 70.0, true),
                org.assertj.core.groups.Tuple.tuple("JPN", 95.0, false));
    }

    @Test
    void onePartnersRecordsOnly() {
        MirrorMethod.Options china = new MirrorMethod.Options("PRK", MINING, "CHN", ReferencePrices.none(), 0.2);
        List<MirrorYear> years = METHOD.compute(china, List.of(row(2013, "CHN", "27", 100), row(2013, "CHN", "61", 100),
                row(2013, "RUS", "27", 10))).years();
        assertThat(years.get(0).miningShare()).isEqualTo(0.5);
        assertThat(years.get(0).partners()).extracting(PartnerFigures::iso).containsExactly("CHN");
    }

    /**
     * On rows of one HS level with distinct keys (no rule but the sums applies), the method equals
     * plain sums computed here by brute force.
     */
    @RepeatedTest(20)
    void equalsBruteForceSumsOnSimpleRows() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        List<String> reporters = List.of("CHN", "RUS", "JPN", "TWN", "IND");
        List<String> chapters = List.of("03", "25", "26", "27", "61", "72");
        List<FlowRecord> rows = new ArrayList<>();
        Map<String, Double> total = new HashMap<>();
        Map<String, Double> mining = new HashMap<>();
        for (int year = 2010; year < 2013; year++) {
            for (String reporter : reporters) {
                for (String chapter : chapters) {
                    for (int heading = 1; heading <= 3; heading++) {
                        if (random.nextInt(3) == 0) {
                            continue;
                        }
                        double value = random.nextInt(1, 1_000_000);
                        rows.add(row(year, reporter, chapter + String.format("%02d", heading) + "10", value));
                        total.merge(year + reporter, value, Double::sum);
                        if (MINING.contains(chapter)) {
                            mining.merge(year + reporter, value, Double::sum);
                        }
                    }
                }
            }
        }
        java.util.Collections.shuffle(rows, new java.util.Random(seed));
        for (MirrorYear year : METHOD.compute(MirrorMethod.Options.of("PRK", MINING), rows).years()) {
            double yearMining = 0;
            double yearTotal = 0;
            for (String reporter : reporters) {
                yearMining += mining.getOrDefault(year.year() + reporter, 0.0);
                yearTotal += total.getOrDefault(year.year() + reporter, 0.0);
            }
            assertThat(year.totalValue()).as("seed %d", seed).isEqualTo(yearTotal);
            assertThat(year.miningValue()).as("seed %d", seed).isEqualTo(yearMining);
            for (PartnerFigures partner : year.partners()) {
                double expected = mining.getOrDefault(year.year() + partner.iso(), 0.0);
                assertThat(partner.miningValue()).as("seed %d", seed).isEqualTo(expected);
                if (yearMining > 0) {
                    assertThat(partner.miningShare()).as("seed %d", seed).isCloseTo(expected / yearMining, within(1e-12));
                }
            }
        }
    }
}
