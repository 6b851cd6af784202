package org.orewatch.trade;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

/**
 * Writes synthetic trade data in UN Comtrade's current format, for benchmarks and demonstrations.
 * Nothing in it is real. Its shape is: 25 years (2000-2024), every country of
 * {@link TradeAreas} as reporter and partner with a Zipf-like skew (a few large traders, many
 * small), four flows (M, X, RX, RM), 6-digit HS codes over 96 chapters with more rows in low
 * chapters, log-normal trade values (median about USD 22,000, a long upper tail), weights from a
 * per-chapter price, 4% of weights missing and 2% zero; and 0.2% of rows are imports from North
 * Korea (PRK), 85% reported by China, 60% under chapters 25-27, with distinct keys (up to 625
 * million rows). Other rows may repeat a key (same year, reporter, partner, flow and code), which
 * real data does not; the aggregation does not mind, the mirror method of another country would.
 *
 * <p>The engine generates the rows from a row counter and hashes of it (so the file is the same
 * for the same row count and seed) and streams them to the file: memory does not grow with N.
 */
public final class SyntheticComtrade {

    private SyntheticComtrade() {
    }

    /** Writes {@code rows} rows to a .parquet, .csv or .csv.gz file. */
    public static void write(TradeDatabase database, TradeAreas areas, long rows, long seed, Path out) {
        if (rows < 0) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "the number of rows must be positive");
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format;
        if (name.endsWith(".parquet")) {
            format = "FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000";
        } else if (name.endsWith(".csv")) {
            format = "FORMAT csv, HEADER true";
        } else if (name.endsWith(".csv.gz")) {
            format = "FORMAT csv, HEADER true, COMPRESSION gzip";
        } else {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "the output must end in .parquet, .csv or .csv.gz: " + out);
        }
        try {
            database.execute("COPY (" + sql(areas, rows, seed) + ") TO " + TradeDatabase.quote(out.toString()) + " (" + format + ")");
        } catch (SQLException e) {
            throw TradeDatabase.failure("writing " + out, e);
        }
    }

    static String sql(TradeAreas areas, long rows, long seed) {
        // Countries in a seeded pseudo-random order, so which country trades most is not alphabetical.
        List<String> countries = new ArrayList<>();
        areas.countries().forEach(area -> countries.add(area.code()));
        countries.remove("PRK");
        countries.sort(Comparator.comparingLong(code -> mix(code.hashCode() * 31L + seed)));
        String list = countries.stream().map(TradeDatabase::quote).collect(Collectors.joining(", ", "[", "]"));
        int n = countries.size();
        long offset = seed * 0x9E3779B97F4A7C15L;
        // u(k): a uniform number in [0, 1) from the row counter; hash(i * 16 + k) keeps the draws independent.
        StringBuilder uniforms = new StringBuilder();
        for (int k = 1; k <= 8; k++) {
            uniforms.append(", (hash(i * 16 + ").append(k).append(" + ").append(offset & 0xFFFFFFFFL)
                    .append(") >> 11)::DOUBLE / 9007199254740992.0 AS u").append(k);
        }
        // Imports from PRK are every 500th row (0.2%). Their HS code is built from the row's rank k
        // among them, so no two share (year, reporter, code): like real Comtrade data, and so the
        // mirror method accepts the file. Other rows draw every field at random.
        return "WITH draws AS (SELECT i, i % 500 = 250 AS prk, i // 500 AS j" + uniforms + " FROM range(" + rows + ") t(i)),\n"
                + "shaped AS (SELECT *,\n"
                + "  j // 25 AS k,\n"
                + "  sqrt(-2 * ln(u5 + 1e-300)) * cos(2 * pi() * u6) AS z1,\n"
                + "  sqrt(-2 * ln(u5 + 1e-300)) * sin(2 * pi() * u6) AS z2,\n"
                // Chapters 1-97 without 77 (reserved), skewed toward the low chapters.
                + "  (1 + floor(pow(u3, 1.3) * 96))::INTEGER AS raw_chapter\n"
                + "  FROM draws),\n"
                + "coded AS (SELECT *,\n"
                + "  CASE WHEN prk THEN ([25, 26, 27, 61, 72])[1 + k % 5]\n"
                + "       WHEN raw_chapter >= 77 THEN raw_chapter + 1 ELSE raw_chapter END AS chapter\n"
                + "  FROM shaped)\n"
                + "SELECT 'C' AS typeCode, 'A' AS freqCode,\n"
                + "  CASE WHEN prk THEN 2000 + j % 25 ELSE (2000 + floor(u1 * 25))::INTEGER END AS refYear,\n"
                + "  CASE WHEN prk THEN (CASE WHEN u2 < 0.85 THEN 'CHN' ELSE " + list + "[1 + floor(u2 * " + n + ")::INTEGER] END)\n"
                + "       ELSE " + list + "[1 + floor(pow(u2, 2.5) * " + n + ")::INTEGER] END AS reporterISO,\n"
                + "  CASE WHEN prk THEN 'M' WHEN u7 < 0.48 THEN 'M' WHEN u7 < 0.95 THEN 'X' WHEN u7 < 0.98 THEN 'RX' ELSE 'RM' END AS flowCode,\n"
                + "  CASE WHEN prk THEN 'PRK' ELSE " + list + "[1 + floor(pow(u8, 2.0) * " + n + ")::INTEGER] END AS partnerISO,\n"
                + "  'H5' AS classificationCode,\n"
                + "  CASE WHEN prk THEN lpad(chapter::VARCHAR, 2, '0') || lpad(((k // 5) % 10000)::VARCHAR, 4, '0')\n"
                + "       ELSE lpad(chapter::VARCHAR, 2, '0') || lpad((1 + floor(u4 * (4 + chapter % 20)))::INTEGER::VARCHAR, 2, '0')\n"
                + "         || (['10', '11', '19', '20', '21', '29', '30', '90'])[1 + floor(u6 * 8)::INTEGER] END AS cmdCode,\n"
                + "  CASE WHEN u7 < 0.85 THEN 8 ELSE 5 END AS qtyUnitCode,\n"
                + "  round(exp(10 + 2.4 * z1)) AS primaryValue,\n"
                // Weight from a per-chapter price (USD per kg, 0.05 to 50) with noise; 4% missing, 2% zero.
                + "  CASE WHEN u4 < 0.04 THEN NULL WHEN u4 < 0.06 THEN 0\n"
                + "       ELSE round(exp(10 + 2.4 * z1) / (exp(-3 + (chapter % 13) * 0.6 + 0.4 * z2))) END AS netWgt,\n"
                + "  CASE WHEN u4 < 0.04 THEN NULL WHEN u7 < 0.85\n"
                + "       THEN round(exp(10 + 2.4 * z1) / (exp(-3 + (chapter % 13) * 0.6 + 0.4 * z2)))\n"
                + "       ELSE round(1 + exp(3 + 2 * z2)) END AS qty\n"
                + "FROM coded";
    }

    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
