package org.orewatch.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's aggregation against the row-by-row Java reference, on synthetic files of random
 * size, seed and grouping, as Parquet and as CSV.
 */
class AggregationReferenceTest {

    private static TradeAnalytics analytics;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        analytics = new TradeAnalytics(new TradeDatabase.Settings(2, "1GB", null), TradeAreas.bundled());
    }

    @AfterAll
    static void stop() {
        analytics.close();
    }

    @RepeatedTest(4)
    void engineEqualsTheRowByRowReference() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        long rows = random.nextInt(1, 30_000);
        String extension = random.nextBoolean() ? ".parquet" : ".csv";
        Path file = dir.resolve("synthetic" + extension);
        SyntheticComtrade.write(analytics.database(), analytics.areas(), rows, random.nextInt(1000), file);
        List<FlowAggregation.Dimension> all = new ArrayList<>(List.of(FlowAggregation.Dimension.values()));
        java.util.Collections.shuffle(all, new java.util.Random(seed));
        List<FlowAggregation.Dimension> by = all.subList(0, random.nextInt(1, all.size() + 1));
        int level = by.contains(FlowAggregation.Dimension.HEADING) ? 6 : List.of(2, 4, 6).get(random.nextInt(3));
        TradeFile opened = analytics.open(file);
        List<FlowAggregation.Group> engine = FlowAggregation.aggregate(analytics.database(), opened, by, level);
        List<FlowAggregation.Group> reference = RowStreamingAggregation.aggregate(analytics.database(), opened, by, level);
        String context = "seed " + seed + ", " + rows + " rows, " + extension + ", by " + by + ", level " + level;
        assertThat(engine).as(context).hasSameSizeAs(reference);
        java.util.Map<List<String>, FlowAggregation.Group> byKey = new java.util.HashMap<>();
        engine.forEach(g -> byKey.put(g.key(), g));
        for (FlowAggregation.Group expected : reference) {
            FlowAggregation.Group actual = byKey.get(expected.key());
            assertThat(actual).as(context + " " + expected.key()).isNotNull();
            assertThat(actual.rows()).as(context).isEqualTo(expected.rows());
            assertThat(actual.valueUsd()).as(context).isCloseTo(expected.valueUsd(), within(1e-6 * Math.max(1, expected.valueUsd())));
            assertThat(actual.netWeightKg()).as(context).isCloseTo(expected.netWeightKg(), within(1e-6 * Math.max(1, expected.netWeightKg())));
        }
    }

    @Test
    void aParquetFileIsCheckedColumnByColumnAndTheFirstBadRowIsReported() throws Exception {
        Path parquet = dir.resolve("bad.parquet");
        analytics.database().execute("COPY (SELECT * FROM (VALUES (2013, 'CHN', 'PRK', 'M', '270111', 5.0), (2013, 'CHN', 'PRK', 'M', '260111', 6.0),"
                + " (2013, 'RUS', 'PRK', 'M', '27011', 7.0), (2013, 'RUS', 'PRK', 'M', '270111', 8.0), (2013, 'RUS', 'PRK', 'M', '270112', 'NaN'::DOUBLE))"
                + " t(refYear, reporterISO, partnerISO, flowCode, cmdCode, primaryValue)) TO " + TradeDatabase.quote(parquet.toString())
                + " (FORMAT parquet)");
        TradeFile file = analytics.open(parquet);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FlowAggregation.aggregate(analytics.database(), file,
                List.of(FlowAggregation.Dimension.YEAR), 6))
                .isInstanceOfSatisfying(org.orewatch.core.OrewatchException.class, e -> {
                    assertThat(e.position().orElseThrow().line()).isEqualTo(3);
                    assertThat(e.position().orElseThrow().field()).isEqualTo("cmdCode");
                    assertThat(e.getMessage()).contains("\"27011\" is not an HS code");
                });
    }

    @Test
    void codesWithSpacesOrLowerCaseAreGroupedAsTheSameCode() throws Exception {
        Path parquet = dir.resolve("padded.parquet");
        analytics.database().execute("COPY (SELECT * FROM (VALUES (2013, 'CHN', ' prk', 'M', '270111', 5.0), (2013, 'CHN', 'PRK', 'm ', '270112', 6.0))"
                + " t(refYear, reporterISO, partnerISO, flowCode, cmdCode, primaryValue)) TO " + TradeDatabase.quote(parquet.toString())
                + " (FORMAT parquet)");
        List<FlowAggregation.Group> groups = FlowAggregation.aggregate(analytics.database(), analytics.open(parquet),
                List.of(FlowAggregation.Dimension.PARTNER, FlowAggregation.Dimension.FLOW), 6);
        assertThat(groups).extracting(FlowAggregation.Group::key, FlowAggregation.Group::valueUsd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("PRK", "M"), 11.0));
    }

    @Test
    void generatedDataIsRecognisedAndHasImportsFromNorthKorea() {
        Path file = dir.resolve("g.parquet");
        SyntheticComtrade.write(analytics.database(), analytics.areas(), 50_000, 7, file);
        assertThat(analytics.open(file).format()).isEqualTo(TradeFileFormat.COMTRADE_CURRENT);
        MirrorMethod.Result mirror = analytics.mirror(file, MirrorMethod.Options.of("PRK", java.util.Set.of("25", "26", "27")));
        assertThat(mirror.years()).isNotEmpty();
        assertThat(mirror.years().get(0).partners().get(0).iso()).isEqualTo("CHN");
        assertThat(mirror.years().stream().mapToDouble(MirrorYear::miningValue).sum()).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameFile() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        SyntheticComtrade.write(analytics.database(), analytics.areas(), 2_000, 3, a);
        SyntheticComtrade.write(analytics.database(), analytics.areas(), 2_000, 3, b);
        List<String> first = new ArrayList<>(java.nio.file.Files.readAllLines(a));
        List<String> second = new ArrayList<>(java.nio.file.Files.readAllLines(b));
        java.util.Collections.sort(first);
        java.util.Collections.sort(second);
        assertThat(first).isEqualTo(second);
    }
}
