package org.orewatch.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/** Every kind of bad input is rejected with the file, line (or Parquet row) and column. */
class RejectedInputTest {

    private static final String HEADER = "refYear,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,netWgt\n";
    private static final MirrorMethod.Options PRK = MirrorMethod.Options.of("PRK", Set.of("25", "26", "27"));

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

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static OrewatchException mirrorFails(Path file) {
        try {
            analytics.mirror(file, PRK);
        } catch (OrewatchException e) {
            return e;
        }
        throw new AssertionError("no error for " + file);
    }

    private static void assertPosition(OrewatchException e, Path file, int line, int column, String field) {
        SourcePosition position = e.position().orElseThrow();
        assertThat(position.file()).isEqualTo(file.toString());
        assertThat(position.line()).as("line").isEqualTo(line);
        assertThat(position.column()).as("column").isEqualTo(column);
        assertThat(position.field()).as("field").isEqualTo(field);
        assertThat(e.getMessage()).startsWith(file.toString() + (line > 0 ? ":" + line : ""));
    }

    @Test
    void aHeaderOfNoKnownFormat() throws Exception {
        Path file = write("unknown.csv", "country,year,tons\nPRK,2013,5\n");
        OrewatchException e = mirrorFails(file);
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
        assertPosition(e, file, 1, 1, "country");
        assertThat(e.getMessage()).contains("unknown header", "refYear", "Trade Flow Code", "published");
    }

    @Test
    void anUnknownColumnInAKnownFormat() throws Exception {
        Path file = write("extra.csv", "refYear,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,colour\n2013,CHN,PRK,M,2701,5,red\n");
        OrewatchException e = mirrorFails(file);
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
        assertPosition(e, file, 1, 7, "colour");
        assertThat(e.getMessage()).contains("unknown column 7 \"colour\"");
    }

    @Test
    void aMissingRequiredColumn() throws Exception {
        Path file = write("missing.csv", "refYear,reporterISO,partnerISO,flowCode,cmdCode\n2013,CHN,PRK,M,2701\n");
        OrewatchException e = mirrorFails(file);
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
        assertThat(e.getMessage()).contains("primaryvalue");
        assertThat(e.position().orElseThrow().line()).isEqualTo(1);
    }

    @Test
    void aRepeatedColumn() throws Exception {
        Path file = write("twice.csv", "refYear,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,PrimaryValue\n");
        OrewatchException e = mirrorFails(file);
        assertPosition(e, file, 1, 7, "PrimaryValue");
    }

    @Test
    void anEmptyFile() throws Exception {
        Path file = write("empty.csv", "");
        OrewatchException e = mirrorFails(file);
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
        assertThat(e.getMessage()).contains("empty file");
    }

    @Test
    void aNonNumericValue() throws Exception {
        Path file = write("value.csv", HEADER + "2013,CHN,PRK,M,2701,300,10\n2013,CHN,PRK,M,2601,1O0,10\n");
        OrewatchException e = mirrorFails(file);
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertPosition(e, file, 3, 6, "primaryValue");
        assertThat(e.getMessage()).contains("\"1O0\" is not a number");
    }

    @Test
    void aNonNumericValueInARowThatIsNotAboutTheCountryStillRejectsTheFile() throws Exception {
        Path file = write("other.csv", HEADER + "2013,CHN,PRK,M,2701,300,10\n2013,DEU,FRA,M,2601,n/a,10\n");
        assertPosition(mirrorFails(file), file, 3, 6, "primaryValue");
    }

    @Test
    void aNegativeWeight() throws Exception {
        Path file = write("negative.csv", HEADER + "2013,CHN,PRK,M,2701,300,-10\n");
        OrewatchException e = mirrorFails(file);
        assertPosition(e, file, 2, 7, "netWgt");
        assertThat(e.getMessage()).contains("is negative");
    }

    @Test
    void aMissingValue() throws Exception {
        Path file = write("blank.csv", HEADER + "2013,CHN,PRK,M,2701,,10\n");
        OrewatchException e = mirrorFails(file);
        assertPosition(e, file, 2, 6, "primaryValue");
        assertThat(e.getMessage()).contains("missing value");
    }

    @Test
    void hsCodesThatAreNotTwoFourOrSixDigits() throws Exception {
        for (String code : new String[] {"270", "2701.1", "27011", "2701110000", "27x", "1"}) {
            Path file = write("hs-" + code + ".csv", HEADER + "2013,CHN,PRK,M,2701,300,10\n2013,CHN,PRK,M,2701,1,1\n".replace("M,2701,1,", "M," + code + ",1,"));
            OrewatchException e = mirrorFails(file);
            assertThat(e.code()).as(code).isEqualTo(ErrorCode.INVALID_VALUE);
            assertPosition(e, file, 3, 5, "cmdCode");
            assertThat(e.getMessage()).contains("\"" + code + "\" is not an HS code of 2, 4 or 6 digits");
        }
    }

    @Test
    void theLineCountsPhysicalLinesAfterAQuotedFieldSpanningLines() throws Exception {
        Path file = write("multiline.csv", "refYear,reporterISO,partnerISO,flowCode,cmdCode,cmdDesc,primaryValue\n"
                + "2013,CHN,PRK,M,2701,\"Coal;\nbriquettes\",300\n"
                + "2013,CHN,PRK,M,2601,\"Iron\",abc\n");
        assertPosition(mirrorFails(file), file, 4, 7, "primaryValue");
    }

    @Test
    void aLineWithTooManyFields() throws Exception {
        Path file = write("wide.csv", HEADER + "2013,CHN,PRK,M,2701,300,10\n2013,CHN,PRK,M,2601,100,10,99\n");
        OrewatchException e = mirrorFails(file);
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
        assertThat(e.position().orElseThrow().line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("has 8 fields; the header has 7");
    }

    @Test
    void aYearThatIsNotAYear() throws Exception {
        Path file = write("year.csv", HEADER + "13,CHN,PRK,M,2701,300,10\n");
        assertPosition(mirrorFails(file), file, 2, 1, "refYear");
    }

    @Test
    void anSitcClassificationIsRejected() throws Exception {
        Path file = write("sitc.csv", "refYear,classificationCode,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n"
                + "2013,S4,CHN,PRK,M,32,300\n");
        OrewatchException e = mirrorFails(file);
        assertPosition(e, file, 2, 2, "classificationCode");
        assertThat(e.getMessage()).contains("not an HS edition");
    }

    @Test
    void aBadValueInParquetIsReportedByRow() throws Exception {
        Path parquet = dir.resolve("bad.parquet");
        analytics.database().execute("COPY (SELECT * FROM (VALUES ('2013','CHN','PRK','M','2701','300'), ('2013','CHN','PRK','M','2601','x'))"
                + " t(refYear, reporterISO, partnerISO, flowCode, cmdCode, primaryValue)) TO " + TradeDatabase.quote(parquet.toString())
                + " (FORMAT parquet)");
        OrewatchException e = mirrorFails(parquet);
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertPosition(e, parquet, 2, 6, "primaryValue");
        assertThat(e.getMessage()).contains("Parquet row 2", "\"x\" is not a number");
    }

    @Test
    void aNotFiniteNumberInATypedParquetColumn() throws Exception {
        Path parquet = dir.resolve("nan.parquet");
        analytics.database().execute("COPY (SELECT * FROM (VALUES (2013,'CHN','PRK','M','2701',300.0), (2013,'CHN','PRK','M','2601','NaN'::DOUBLE))"
                + " t(refYear, reporterISO, partnerISO, flowCode, cmdCode, primaryValue)) TO " + TradeDatabase.quote(parquet.toString())
                + " (FORMAT parquet)");
        OrewatchException e = mirrorFails(parquet);
        assertPosition(e, parquet, 2, 6, "primaryValue");
        assertThat(e.getMessage()).contains("not a finite number");
    }

    @Test
    void aNumericHsColumnInParquetHasLostLeadingZeros() throws Exception {
        Path parquet = dir.resolve("numeric-hs.parquet");
        analytics.database().execute("COPY (SELECT 2013 AS refYear, 'CHN' AS reporterISO, 'PRK' AS partnerISO, 'M' AS flowCode, "
                + "2701 AS cmdCode, 300.0 AS primaryValue) TO " + TradeDatabase.quote(parquet.toString()) + " (FORMAT parquet)");
        OrewatchException e = mirrorFails(parquet);
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
        assertThat(e.position().orElseThrow().column()).isEqualTo(5);
        assertThat(e.getMessage()).contains("leading zeros");
    }

    @Test
    void twoRowsForOneFlowWithDifferentValuesNameBothLines() throws Exception {
        Path file = write("conflict.csv", HEADER + "2013,CHN,PRK,M,2701,300,10\n2013,CHN,PRK,M,2601,100,10\n2013,CHN,PRK,M,2701,310,10\n");
        OrewatchException e = mirrorFails(file);
        assertThat(e.code()).isEqualTo(ErrorCode.CONFLICTING_STATE);
        assertPosition(e, file, 2, 6, "primaryValue");
        assertThat(e.getMessage()).contains("line 2", "line 4", "USD 300", "USD 310");
    }

    @Test
    void aSourceTableGivenToMirrorSaysWhichCommandReadsIt() {
        OrewatchException e = mirrorFails(Fixtures.path("editions.csv"));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
        assertThat(e.getMessage()).contains("use trade combine");
    }

    @Test
    void anAggregateIsNotACountryToMirror() {
        assertThatThrownBy(() -> analytics.mirror(Fixtures.path("mirror-current.csv"), MirrorMethod.Options.of("W00", Set.of("27"))))
                .isInstanceOfSatisfying(OrewatchException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }

    @Test
    void aMissingFile() {
        assertThatThrownBy(() -> analytics.mirror(dir.resolve("nope.csv"), PRK))
                .isInstanceOfSatisfying(OrewatchException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_NOT_FOUND));
    }

    @Test
    void sourceTableRules() throws Exception {
        String header = "source,published,year,partner,hs,flow,value_usd\n";
        Path badPartner = write("partner.csv", header + "KOTRA,2014-07-01,2013,China,TOTAL,export,3000\n");
        assertThatThrownBy(() -> analytics.combine(badPartner, new VintageCombination.Options(Set.of("27"), FlowDirection.EXPORT)))
                .isInstanceOfSatisfying(OrewatchException.class, e -> assertPosition(e, badPartner, 2, 4, "partner"));
        Path badFlow = write("flow.csv", header + "KOTRA,2014-07-01,2013,WLD,TOTAL,sideways,3000\n");
        assertThatThrownBy(() -> analytics.combine(badFlow, new VintageCombination.Options(Set.of("27"), FlowDirection.EXPORT)))
                .isInstanceOfSatisfying(OrewatchException.class, e -> assertPosition(e, badFlow, 2, 6, "flow"));
        Path badHs = write("hs.csv", header + "KOTRA,2014-07-01,2013,WLD,27011,export,3000\n");
        assertThatThrownBy(() -> analytics.combine(badHs, new VintageCombination.Options(Set.of("27"), FlowDirection.EXPORT)))
                .isInstanceOfSatisfying(OrewatchException.class, e -> assertPosition(e, badHs, 2, 5, "hs"));
    }
}
