package org.orewatch.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

/**
 * The report's combination rule over editions.csv, against figures computed by hand:
 *
 * <pre>
 * 2013 KOTRA WLD TOTAL: 3000 (2014-07-01), 3200 (2015-06-15)  -> 3200
 *      KOTRA WLD 25 100, 26 300, 27 1000 then 1100            -> mining 1500
 *      KOTRA CHN TOTAL 2800; 25 90, 26 290, 27 1050            -> CHN mining 1430
 *      I-RENK KOR TOTAL 1000; 27 5                             -> no WLD row: its total and mining are KOR's
 *      total 3200 + 1000 = 4200, mining 1500 + 5 = 1505
 * 2014 KOTRA WLD TOTAL 3100; 27 900, 2601 200                 -> mining 1100
 *      KOTRA CHN TOTAL 2900; 27 880, 2601 190; TWN 27 20 (no TOTAL: total 20); no I-RENK row
 * </pre>
 */
class CombineFilesTest {

    private static final double EPS = 1e-12;
    private static final VintageCombination.Options REPORT = new VintageCombination.Options(Set.of("25", "26", "27"), FlowDirection.EXPORT);

    private static TradeAnalytics analytics;

    @BeforeAll
    static void start() {
        analytics = new TradeAnalytics(new TradeDatabase.Settings(2, "1GB", null), TradeAreas.bundled());
    }

    @AfterAll
    static void stop() {
        analytics.close();
    }

    @Test
    void latestEditionPerStatisticThenSumOverSources() {
        List<CombinedYear> years = analytics.combine(Fixtures.path("editions.csv"), REPORT);
        assertThat(years).extracting(CombinedYear::year).containsExactly(2013, 2014);

        CombinedYear y2013 = years.get(0);
        assertThat(y2013.totalValue()).isEqualTo(4200.0);
        assertThat(y2013.miningValue()).isEqualTo(1505.0);
        assertThat(y2013.miningShare()).isCloseTo(1505.0 / 4200.0, within(EPS));
        assertThat(y2013.partners()).extracting(PartnerFigures::iso).containsExactly("CHN", "KOR");
        PartnerFigures china = y2013.partners().get(0);
        assertThat(china.miningValue()).isEqualTo(1430.0);
        assertThat(china.miningShare()).isCloseTo(1430.0 / 1505.0, within(EPS));
        assertThat(china.miningShareOfPartnerExports()).isCloseTo(1430.0 / 2800.0, within(EPS));
        PartnerFigures southKorea = y2013.partners().get(1);
        assertThat(southKorea.miningShare()).isCloseTo(5.0 / 1505.0, within(EPS));

        assertThat(y2013.totalEditions()).extracting(EditionUse::source, EditionUse::published, EditionUse::valueUsd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("I-RENK", "2014-02-01", 1000.0),
                        org.assertj.core.groups.Tuple.tuple("KOTRA", "2015-06-15", 3200.0));
        EditionUse kotraTotal = y2013.totalEditions().get(1);
        assertThat(kotraTotal.replaced()).containsExactly(new EditionUse.Replaced("2014-07-01", 3000.0));
        assertThat(y2013.miningEditions()).extracting(EditionUse::hsCode, EditionUse::published)
                .contains(org.assertj.core.groups.Tuple.tuple("27", "2015-06-15"), org.assertj.core.groups.Tuple.tuple("25", "2014-07-01"));

        CombinedYear y2014 = years.get(1);
        assertThat(y2014.totalValue()).isEqualTo(3100.0);
        assertThat(y2014.miningValue()).isEqualTo(1100.0);
        assertThat(y2014.miningShare()).isCloseTo(1100.0 / 3100.0, within(EPS));
        assertThat(y2014.partners()).extracting(PartnerFigures::iso).containsExactly("CHN", "TWN");
        assertThat(y2014.partners().get(0).miningShare()).isCloseTo(1070.0 / 1100.0, within(EPS));
        assertThat(y2014.partners().get(1).totalValue()).isEqualTo(20.0);
        assertThat(y2014.partners().get(1).miningShare()).isCloseTo(20.0 / 1100.0, within(EPS));
    }

    @Test
    void twoRowsOfOneEditionThatDisagreeAreRejectedWithTheirLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("same-day.csv");
        Files.writeString(file, "source,published,year,partner,hs,flow,value_usd\n"
                + "KOTRA,2014-07-01,2013,WLD,TOTAL,export,3000\n"
                + "KOTRA,2014-07-01,2013,WLD,27,export,1000\n"
                + "KOTRA,2014-07-01,2013,WLD,TOTAL,export,3100\n");
        assertThatThrownBy(() -> analytics.combine(file, REPORT))
                .isInstanceOfSatisfying(OrewatchException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICTING_STATE);
                    assertThat(e.position().orElseThrow().line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("line 2", "line 4", "3000", "3100");
                });
    }

    @Test
    void editionsWhoseDatesCannotBeOrderedAreRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vague.csv");
        Files.writeString(file, "source,published,year,partner,hs,flow,value_usd\n"
                + "KOTRA,2014,2013,WLD,TOTAL,export,3000\n"
                + "KOTRA,2014-06,2013,WLD,TOTAL,export,3100\n");
        assertThatThrownBy(() -> analytics.combine(file, REPORT))
                .isInstanceOfSatisfying(OrewatchException.class, e -> assertThat(e.getMessage())
                        .contains("cannot tell which edition", "2014", "2014-06", "line 2", "line 3"));
    }

    @Test
    void aYearOnlyDateIsLaterThanEveryDayOfTheYearBefore(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("years.csv");
        Files.writeString(file, "source,published,year,partner,hs,flow,value_usd\n"
                + "KOTRA,2015,2013,WLD,TOTAL,export,3100\n"
                + "KOTRA,2014-12-31,2013,WLD,TOTAL,export,3000\n");
        assertThat(analytics.combine(file, REPORT).get(0).totalValue()).isEqualTo(3100.0);
    }

    @Test
    void comtradesWorldCodeMeansAllPartners(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w00.csv");
        Files.writeString(file, "source,published,year,partner,hs,flow,value_usd\n"
                + "KOTRA,2014-07-01,2013,W00,TOTAL,export,3000\n"
                + "KOTRA,2014-07-01,2013,CHN,TOTAL,export,2000\n"
                + "KOTRA,2014-07-01,2013,W00,27,export,1000\n"
                + "KOTRA,2014-07-01,2013,CHN,27,export,900\n");
        CombinedYear year = analytics.combine(file, REPORT).get(0);
        assertThat(year.totalValue()).as("the world total, not world + China").isEqualTo(3000.0);
        assertThat(year.miningValue()).isEqualTo(1000.0);
        assertThat(year.partners()).extracting(PartnerFigures::iso).containsExactly("CHN");
    }

    @Test
    void anImpossibleDateIsRejectedAtItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("date.csv");
        Files.writeString(file, "source,published,year,partner,hs,flow,value_usd\n"
                + "KOTRA,2014-07-01,2013,WLD,TOTAL,export,3000\n"
                + "KOTRA,2014-02-30,2013,WLD,27,export,1000\n");
        assertThatThrownBy(() -> analytics.combine(file, REPORT))
                .isInstanceOfSatisfying(OrewatchException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE);
                    assertThat(e.position().orElseThrow().line()).isEqualTo(3);
                    assertThat(e.position().orElseThrow().field()).isEqualTo("published");
                });
    }
}
