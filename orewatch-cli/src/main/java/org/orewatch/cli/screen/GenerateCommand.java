package org.orewatch.cli.screen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.orewatch.cli.names.CsvTable;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.io.UnConsolidatedXmlReader;
import org.orewatch.screening.evaluation.SyntheticPeople;
import org.orewatch.screening.evaluation.TypoInjector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", description = {"Write a file of made-up counterparties to screen (benchmarks, trials): people from",
        "many naming traditions, with a share of listed persons from a UN list file, some with a typo, and a share",
        "of rows repeating an earlier one, as real counterparty files do. CSV with id,name,type; seeded."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--count", paramLabel = "N", defaultValue = "100000", description = "Rows (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--un", paramLabel = "FILE", description = "A UN consolidated list whose persons are mixed in.")
    Path un;

    @Option(names = "--listed-share", paramLabel = "SHARE", defaultValue = "0.05",
            description = "Share of rows that are listed persons, half of them with a typo (default: ${DEFAULT-VALUE}; needs --un).")
    double listedShare;

    @Option(names = "--repeat-share", paramLabel = "SHARE", defaultValue = "0.3",
            description = "Share of rows repeating an earlier row's name (default: ${DEFAULT-VALUE}).")
    double repeatShare;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || !(listedShare >= 0 && listedShare <= 1) || !(repeatShare >= 0 && repeatShare < 1)) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "--count must be positive and the shares between 0 and 1");
        }
        List<ListEntry> listed = un == null ? List.of()
                : UnConsolidatedXmlReader.read(un).entries().stream().filter(ListEntry::isPerson).toList();
        SyntheticPeople people = SyntheticPeople.load();
        SplittableRandom random = new SplittableRandom(seed);
        String[] names = new String[count];
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            CsvTable.write(writer, List.of("id", "name", "type"));
            for (int i = 0; i < count; i++) {
                double roll = random.nextDouble();
                if (i > 0 && roll < repeatShare) {
                    names[i] = names[random.nextInt(i)];
                } else if (!listed.isEmpty() && roll < repeatShare + listedShare) {
                    String name = listed.get(random.nextInt(listed.size())).name();
                    names[i] = random.nextBoolean() ? name : TypoInjector.inject(name, 1, random);
                } else {
                    names[i] = people.next(random);
                }
                CsvTable.write(writer, List.of(Integer.toString(i + 1), names[i], "person"));
            }
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(out.toString()), "cannot write: " + failure.getMessage(),
                    failure);
        }
        PrintWriter report = spec.commandLine().getOut();
        report.printf("wrote %,d counterparties to %s%n", count, out);
        report.flush();
        return 0;
    }
}
