package org.orewatch.cli.lists;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.orewatch.cli.JsonOutput;
import org.orewatch.cli.ProgressBar;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.lists.ListFormat;
import org.orewatch.lists.ListSnapshot;
import org.orewatch.lists.ListVersion;
import org.orewatch.lists.io.ListReaders;
import org.orewatch.store.ImportOptions;
import org.orewatch.store.ImportResult;
import org.orewatch.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = {"Import a new version of a list. The file is read and checked in full first; then the",
        "version is stored in one transaction, so a bad, truncated or interrupted import leaves the current",
        "version in place. Formats:",
        "  un-xml    the UN Security Council consolidated list (XML)",
        "  ofac-csv  the US OFAC SDN legacy CSV: sdn.csv or its folder; alt.csv and add.csv beside it are read too",
        "  ftm       FollowTheMoney JSON lines (OpenSanctions exports, 'kb export --format ftm')"})
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "un-xml, ofac-csv or ftm.")
    String format;

    @Parameters(index = "0", paramLabel = "PATH", description = "The list file (for ofac-csv: sdn.csv or the folder holding it).")
    Path path;

    @Option(names = "--list", paramLabel = "NAME",
            description = "The list to add a version to (default: un-sc-consolidated, us-ofac-sdn, or ftm:<file name>).")
    String list;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date, for files that do not state one (OFAC's legacy CSV, FtM without last_change).")
    String published;

    @Option(names = "--force", description = "Store a new version even if the files are those of the current version.")
    boolean force;

    @Option(names = "--max-removed", paramLabel = "SHARE", defaultValue = "0.2",
            description = "Refuse a version that drops more than this share of the current version's entries "
                    + "(default: ${DEFAULT-VALUE}; a truncated file would otherwise unlist people).")
    double maxRemoved;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--quiet", description = "No progress line on standard error.")
    boolean quiet;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ListFormat listFormat = ListFormat.parseImportable(format);
        if (!(maxRemoved >= 0 && maxRemoved <= 1)) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "--max-removed must be between 0 and 1, not " + maxRemoved);
        }
        ListSnapshot snapshot = ListReaders.read(listFormat, path);
        if (list != null && !list.isBlank()) {
            snapshot = snapshot.withListName(list.strip());
        }
        if (published != null) {
            snapshot = snapshot.withPublished(date(published));
        }
        ImportResult result;
        try (ListStore opened = store.open();
                ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), "storing", "entries",
                        snapshot.entries().size(), !quiet)) {
            ImportOptions options = ImportOptions.defaults().withForce(force).withMaxRemovedShare(maxRemoved)
                    .withObserver((written, total) -> progress.update(written));
            result = opened.importSnapshot(snapshot, options);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, result.json());
            return 0;
        }
        ListVersion version = result.version();
        if (result.unchanged()) {
            out.printf("unchanged: %s is already version %d of %s (same SHA-256 %s); --force stores it again%n",
                    version.source(), version.id(), version.listName(), version.sha256().substring(0, 12));
        } else {
            out.printf("imported %s as version %d of %s%n", version.source(), version.id(), version.listName());
            out.printf("  sha256 %s, published %s%n", version.sha256(), version.published() == null ? "unknown" : version.published());
            out.printf("  %,d entries (%,d persons, %,d organisations, %,d vessels), %,d names%n", version.entries(),
                    version.persons(), version.organizations(), version.vessels(), version.names());
            if (result.previous() != null) {
                out.printf("  since version %d: %,d added, %,d removed, %,d changed (orewatch lists diff %s)%n",
                        result.previous().id(), result.added(), result.removed(), result.changed(), version.listName());
            }
        }
        out.flush();
        return 0;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException invalid) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "--published: not a date: '" + text + "' (expected YYYY-MM-DD)");
        }
    }
}
