package org.orewatch.cli.trade;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.trade.ExportShares;
import picocli.CommandLine.Option;

/** The mining chapters and the year range, shared by mirror, combine and chart. */
final class MethodOptions {

    @Option(names = "--chapters", paramLabel = "CC,CC", defaultValue = "25,26,27",
            description = "HS chapters counted as mining products (default: ${DEFAULT-VALUE}, the report's definition).")
    String chapters;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year shown (changes still use the year before).")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year shown.")
    Integer to;

    Set<String> miningChapters() {
        Set<String> parsed = new LinkedHashSet<>();
        for (String part : chapters.split(",")) {
            String chapter = part.strip();
            if (!chapter.matches("[0-9]{2}")) {
                throw new OrewatchException(ErrorCode.INVALID_ARGUMENT,
                        "--chapters takes two-digit HS chapters separated by commas (25,26,27); got \"" + chapter + "\"");
            }
            parsed.add(chapter);
        }
        return parsed;
    }

    String chapterList() {
        return String.join(", ", miningChapters());
    }

    <T extends ExportShares> List<T> inRange(List<T> years) {
        if (from != null && to != null && from > to) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "--from " + from + " is after --to " + to);
        }
        Predicate<T> keep = y -> (from == null || y.year() >= from) && (to == null || y.year() <= to);
        return years.stream().filter(keep).toList();
    }

    static String country(String code, String option) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{3}")) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT,
                    option + " takes a three-letter ISO 3166 code such as PRK or CHN; got \"" + code + "\"");
        }
        return upper;
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
