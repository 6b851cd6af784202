package org.orewatch.cli.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.cli.Main;
import picocli.CommandLine;

/** The trade commands end to end: JSON shape, tables, charts and exit codes. */
class TradeCommandTest {

    private static final String CURRENT = "refYear,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,netWgt\n"
            + "2013,CHN,PRK,M,TOTAL,1000,\n"
            + "2013,CHN,PRK,M,2701,300,3000000\n"
            + "2013,CHN,PRK,M,2601,100,\n"
            + "2013,TWN,PRK,M,2701,20,\n"
            + "2013,TWN,PRK,M,TOTAL,80,\n"
            + "2014,CHN,PRK,M,TOTAL,500,\n"
            + "2014,CHN,PRK,M,27,0,\n";

    private static final String SOURCES = "source,published,year,partner,hs,flow,value_usd\n"
            + "KOTRA,2014-07-01,2013,WLD,TOTAL,export,3000\n"
            + "KOTRA,2015-06-15,2013,WLD,TOTAL,export,3200\n"
            + "KOTRA,2014-07-01,2013,WLD,27,export,1500\n"
            + "KOTRA,2014-07-01,2013,CHN,TOTAL,export,2800\n"
            + "KOTRA,2014-07-01,2013,CHN,27,export,1450\n"
            + "I-RENK,2014-02-01,2013,KOR,TOTAL,export,800\n"
            + "I-RENK,2014-02-01,2013,KOR,27,export,50\n";

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void mirrorJsonHasOneObjectPerYearWithTheAgreedKeys() throws Exception {
        Path file = dir.resolve("prk.csv");
        Files.writeString(file, CURRENT);
        Run run = run("trade", "mirror", "--in", file.toString(), "--country", "prk", "--json", "--no-stated");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode years = new ObjectMapper().readTree(run.out());
        assertThat(years.isArray()).isTrue();
        assertThat(years).hasSize(2);
        JsonNode y2013 = years.get(0);
        assertThat(y2013.get("year").asInt()).isEqualTo(2013);
        assertThat(y2013.get("total_value").asDouble()).isEqualTo(1080.0);
        assertThat(y2013.get("mining_value").asDouble()).isEqualTo(420.0);
        assertThat(y2013.get("mining_share").asDouble()).isCloseTo(420.0 / 1080.0, within(1e-12));
        JsonNode partners = y2013.get("partners");
        assertThat(partners.get(0).get("iso").asText()).isEqualTo("CHN");
        assertThat(partners.get(0).get("mining_value").asDouble()).isEqualTo(400.0);
        assertThat(partners.get(0).get("mining_share").asDouble()).isCloseTo(400.0 / 420.0, within(1e-12));
        assertThat(partners.get(1).get("mining_share").asDouble()).isCloseTo(20.0 / 420.0, within(1e-12));

        JsonNode y2014 = years.get(1);
        assertThat(y2014.get("mining_value").asDouble()).isZero();
        assertThat(y2014.get("mining_share").asDouble()).isZero();
        assertThat(y2014.has("total_value_change")).isTrue();
        assertThat(y2014.get("partners").get(0).get("mining_share").isNull())
                .as("a share of a mining value of 0 is undefined, written as null").isTrue();
    }

    @Test
    void mirrorYearRangeKeepsTheChangeAgainstTheYearBefore() throws Exception {
        Path file = dir.resolve("prk.csv");
        Files.writeString(file, CURRENT);
        Run run = run("trade", "mirror", "--in", file.toString(), "--country", "PRK", "--from", "2014", "--json", "--no-stated");
        JsonNode years = new ObjectMapper().readTree(run.out());
        assertThat(years).hasSize(1);
        assertThat(years.get(0).get("total_value_change").asDouble()).isCloseTo((500.0 - 1080.0) / 1080.0, within(1e-12));
    }

    @Test
    void mirrorTableIsReadable() throws Exception {
        Path file = dir.resolve("prk.csv");
        Files.writeString(file, CURRENT);
        Run run = run("trade", "mirror", "--in", file.toString(), "--country", "PRK", "--no-stated");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("North Korea's exports as its partners recorded them", "HS chapters 25, 26, 27",
                "2013", "1,080", "38.9%", "CHN 95.2%, TWN 4.8%");
    }

    @Test
    void mirrorShowsTheReportsStatedFiguresFromTheKnowledgeGraph() throws Exception {
        Path file = dir.resolve("prk.csv");
        Files.writeString(file, CURRENT);
        Path kb = Path.of(System.getProperty("orewatch.repo.root", ".")).resolve("kb");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(kb), "the repository's kb/ folder is not at " + kb);
        Run run = run("trade", "mirror", "--in", file.toString(), "--country", "PRK", "--json", "--kb", kb.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode stated = new ObjectMapper().readTree(run.out()).get(0).get("stated");
        assertThat(stated).as("the report states 2013 figures").isNotNull();
        JsonNode share = null;
        for (JsonNode figure : stated) {
            if (figure.get("property").asText().equals("mining_export_share") && figure.get("partner").isNull()
                    && !figure.get("approximate").asBoolean()) {
                share = figure;
            }
        }
        assertThat(share).isNotNull();
        assertThat(share.get("stated").asDouble()).isCloseTo(0.49, within(1e-12));
        assertThat(share.get("computed").asDouble()).isCloseTo(420.0 / 1080.0, within(1e-12));
        assertThat(share.get("cite").asText()).contains("graph 1");
    }

    @Test
    void combineSaysWhichEditionEachFigureCameFrom() throws Exception {
        Path file = dir.resolve("sources.csv");
        Files.writeString(file, SOURCES);
        Run run = run("trade", "combine", "--in", file.toString(), "--json", "--no-stated");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode year = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(year.get("total_value").asDouble()).isEqualTo(4000.0);
        assertThat(year.get("mining_value").asDouble()).isEqualTo(1550.0);
        assertThat(year.get("mining_share").asDouble()).isCloseTo(1550.0 / 4000.0, within(1e-12));
        JsonNode total = year.get("editions").get("total_value");
        assertThat(total.get(1).get("source").asText()).isEqualTo("KOTRA");
        assertThat(total.get(1).get("published").asText()).isEqualTo("2015-06-15");
        assertThat(total.get(1).get("replaces").get(0).get("published").asText()).isEqualTo("2014-07-01");
        JsonNode china = year.get("partners").get(0);
        assertThat(china.get("iso").asText()).isEqualTo("CHN");
        assertThat(china.get("mining_share").asDouble()).isCloseTo(1450.0 / 1550.0, within(1e-12));
        assertThat(china.get("mining_share_of_partner_exports").asDouble()).isCloseTo(1450.0 / 2800.0, within(1e-12));
        assertThat(china.get("editions").get(0).get("published").asText()).isEqualTo("2014-07-01");

        Run table = run("trade", "combine", "--in", file.toString(), "--no-stated");
        assertThat(table.out()).contains("Editions used", "KOTRA 2015-06-15 WLD TOTAL 3,200 [2014-07-01: 3,000]");
    }

    @Test
    void badInputExitsTwoNamingFileLineAndColumn() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "refYear,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n2013,CHN,PRK,M,27011,5\n");
        Run run = run("trade", "mirror", "--in", file.toString(), "--country", "PRK");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":2:5 [cmdCode]", "INVALID_VALUE", "\"27011\" is not an HS code of 2, 4 or 6 digits");
    }

    @Test
    void aMissingFileExitsThree() {
        Run run = run("trade", "mirror", "--in", dir.resolve("none.csv").toString(), "--country", "PRK");
        assertThat(run.exitCode()).isEqualTo(3);
    }

    @Test
    void aBadCountryCodeIsAUsageError() throws Exception {
        Path file = dir.resolve("prk.csv");
        Files.writeString(file, CURRENT);
        Run run = run("trade", "mirror", "--in", file.toString(), "--country", "North Korea");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("three-letter ISO 3166 code");
    }

    @Test
    void chartsArePngAndSvg() throws Exception {
        Path file = dir.resolve("prk.csv");
        Files.writeString(file, CURRENT);
        Path png = dir.resolve("share.png");
        Run run = run("trade", "chart", "--in", file.toString(), "--country", "PRK", "--kind", "mining-share", "--out", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(560);

        Path svg = dir.resolve("china.svg");
        Path sources = dir.resolve("sources.csv");
        Files.writeString(sources, SOURCES);
        run = run("trade", "chart", "--in", sources.toString(), "--country", "PRK", "--kind", "partner-share", "--out", svg.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(svg);
        assertThat(text).contains("<svg", "Exports to China", "52%");
    }
}
