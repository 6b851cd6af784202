package org.orewatch.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mirror statistics over the same small data written in both UN Comtrade formats (and as Parquet),
 * against figures computed by hand. The fixture mirror-current.csv holds, for PRK:
 *
 * <pre>
 * 2013 CHN: TOTAL 1000; 2701 300 (3000 t); 2601 100 (1000 t); 61 200
 * 2013 TWN: 2701 20 (100 t); 03 5               no TOTAL row: total = 20 + 5 = 25
 * 2013 left out: CHN X 999, RM 50, RX 60 (not imports); W00 5000 (aggregate); PRK's own report;
 *      DEU-FRA trade
 * 2014 CHN: TOTAL 800; 27 250 (2000 t); 2701 240 (inside 27); 2601 50 (weight 0 = unknown), twice
 * 2014 RUS: TOTAL 30; 2504 10 (no weight)       TWN reports nothing in 2014
 * </pre>
 */
class MirrorFilesTest {

    private static final double EPS = 1e-12;
    private static final Set<String> MINING = Set.of("25", "26", "27");

    private static TradeAnalytics analytics;

    @BeforeAll
    static void start() {
        analytics = new TradeAnalytics(new TradeDatabase.Settings(2, "1GB", null), TradeAreas.bundled());
    }

    @AfterAll
    static void stop() {
        analytics.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mirror-current.csv", "mirror-legacy.csv"})
    void bothComtradeFormatsGiveTheHandComputedFigures(String fixture) {
        checkHandComputed(analytics.mirror(Fixtures.path(fixture), MirrorMethod.Options.of("PRK", MINING)));
    }

    @Test
    void parquetWithCurrentColumnNamesGivesTheSameFigures(@TempDir Path dir) throws Exception {
        Path parquet = dir.resolve("mirror.parquet");
        analytics.database().execute("COPY (SELECT * FROM read_csv(" + TradeDatabase.quote(Fixtures.path("mirror-current.csv").toString())
                + ", all_varchar = true, header = true)) TO " + TradeDatabase.quote(parquet.toString()) + " (FORMAT parquet)");
        checkHandComputed(analytics.mirror(parquet, MirrorMethod.Options.of("PRK", MINING)));
    }

    @Test
    void parquetWithNumericColumnsGivesTheSameFigures(@TempDir Path dir) throws Exception {
        Path parquet = dir.resolve("typed.parquet");
        analytics.database().execute("COPY (SELECT CAST(refYear AS INTEGER) AS refYear, reporterISO, partnerISO, flowCode, cmdCode, "
                + "CAST(primaryValue AS DOUBLE) AS primaryValue, CAST(netWgt AS DOUBLE) AS netWgt, CAST(qty AS DOUBLE) AS qty, "
                + "CAST(qtyUnitCode AS INTEGER) AS qtyUnitCode FROM read_csv("
                + TradeDatabase.quote(Fixtures.path("mirror-current.csv").toString()) + ", all_varchar = true, header = true)) TO "
                + TradeDatabase.quote(parquet.toString()) + " (FORMAT parquet)");
        checkHandComputed(analytics.mirror(parquet, MirrorMethod.Options.of("PRK", MINING)));
    }

    @Test
    void gzipCompressedCsvIsReadInPlace(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("mirror.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(Fixtures.path("mirror-current.csv")));
        }
        checkHandComputed(analytics.mirror(gz, MirrorMethod.Options.of("PRK", MINING)));
    }

    @Test
    void tabSeparatedFilesAreRecognised(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("mirror.txt");
        Files.writeString(tsv, Files.readString(Fixtures.path("mirror-current.csv")).replace(',', '\t'));
        checkHandComputed(analytics.mirror(tsv, MirrorMethod.Options.of("PRK", MINING)));
    }

    private static void checkHandComputed(MirrorMethod.Result result) {
        List<MirrorYear> years = result.years();
        assertThat(years).extracting(MirrorYear::year).containsExactly(2013, 2014);

        MirrorYear y2013 = years.get(0);
        assertThat(y2013.totalValue()).isEqualTo(1025.0);
        assertThat(y2013.miningValue()).isEqualTo(420.0);
        assertThat(y2013.miningShare()).isCloseTo(420.0 / 1025.0, within(EPS));
        assertThat(y2013.partners()).extracting(PartnerFigures::iso).containsExactly("CHN", "TWN");
        PartnerFigures china2013 = y2013.partners().get(0);
        assertThat(china2013.totalValue()).isEqualTo(1000.0);
        assertThat(china2013.miningValue()).isEqualTo(400.0);
        assertThat(china2013.miningShare()).isCloseTo(400.0 / 420.0, within(EPS));
        assertThat(china2013.miningShareOfPartnerExports()).isCloseTo(0.4, within(EPS));
        PartnerFigures taiwan2013 = y2013.partners().get(1);
        assertThat(taiwan2013.totalValue()).isEqualTo(25.0);
        assertThat(taiwan2013.miningShare()).isCloseTo(20.0 / 420.0, within(EPS));
        assertThat(taiwan2013.miningShareOfPartnerExports()).isCloseTo(0.8, within(EPS));
        assertThat(y2013.miningQuantityT()).isCloseTo(4100.0, within(EPS));
        assertThat(y2013.miningUnitValue()).isCloseTo(420.0 / 4100.0, within(EPS));
        assertThat(y2013.totalValueChange()).isNull();
        assertThat(y2013.chapters()).extracting(CodeFigures::code).containsExactly("03", "26", "27", "61");

        MirrorYear y2014 = years.get(1);
        assertThat(y2014.totalValue()).isEqualTo(830.0);
        assertThat(y2014.miningValue()).isEqualTo(310.0);
        assertThat(y2014.miningShare()).isCloseTo(310.0 / 830.0, within(EPS));
        assertThat(y2014.partners()).extracting(PartnerFigures::iso).containsExactly("CHN", "RUS");
        assertThat(y2014.partners().get(0).miningShare()).isCloseTo(300.0 / 310.0, within(EPS));
        assertThat(y2014.partners().get(1).miningShare()).isCloseTo(10.0 / 310.0, within(EPS));
        assertThat(y2014.miningQuantityT()).isCloseTo(2000.0, within(EPS));
        assertThat(y2014.miningUnitValue()).isCloseTo(250.0 / 2000.0, within(EPS));
        assertThat(y2014.totalValueChange()).isCloseTo((830.0 - 1025.0) / 1025.0, within(EPS));
        assertThat(y2014.miningValueChange()).isCloseTo((310.0 - 420.0) / 420.0, within(EPS));
        assertThat(y2014.miningQuantityChange()).isCloseTo((2000.0 - 4100.0) / 4100.0, within(EPS));

        CodeFigures coal = y2014.chapters().stream().filter(c -> c.code().equals("27")).findFirst().orElseThrow();
        assertThat(coal.value()).isEqualTo(250.0);
        assertThat(coal.unallocatedValue()).isEqualTo(10.0);
        assertThat(coal.valueChange()).isCloseTo((250.0 - 320.0) / 320.0, within(EPS));
        assertThat(y2014.headings()).extracting(CodeFigures::code).containsExactly("2504", "2601", "2701");
        CodeFigures coalHeading = y2014.headings().get(2);
        assertThat(coalHeading.value()).isEqualTo(240.0);
        assertThat(coalHeading.quantityT()).isCloseTo(1900.0, within(EPS));
        assertThat(coalHeading.quantityChange()).isCloseTo((1900.0 - 3100.0) / 3100.0, within(EPS));
        CodeFigures iron = y2014.headings().get(1);
        assertThat(iron.value()).as("the duplicate row counts once").isEqualTo(50.0);
        assertThat(iron.quantityT()).as("a weight of 0 is unknown").isNull();
        assertThat(iron.unitValue()).isNull();

        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("1 exact duplicate rows"));
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("aggregates"));
    }
}
