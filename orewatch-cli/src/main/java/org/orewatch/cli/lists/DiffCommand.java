package org.orewatch.cli.lists;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.orewatch.cli.JsonOutput;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.lists.ListDiff;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.ListVersion;
import org.orewatch.screening.JsonViews;
import org.orewatch.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", description = {"What a version of a list added, removed and changed, entry by entry and field by",
        "field. By default the list's current version against the one before it; --from and --to pick versions",
        "(numbers from 'orewatch lists --all')."})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "LIST", description = "The list (needed unless --from and --to are given).")
    String list;

    @Option(names = "--from", paramLabel = "VERSION", description = "The older version (default: the one before --to).")
    Long from;

    @Option(names = "--to", paramLabel = "VERSION", description = "The newer version (default: the list's current version).")
    Long to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Entries shown per section (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the diff as JSON.")
    boolean json;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ListVersion older;
        ListVersion newer;
        ListDiff diff;
        try (ListStore opened = store.open()) {
            newer = to != null ? opened.version(to).orElseThrow(() -> notFound(to)) : current(opened);
            if (from != null) {
                older = opened.version(from).orElseThrow(() -> notFound(from));
            } else {
                List<ListVersion> versions = opened.versions(newer.listName());
                older = versions.stream().filter(version -> version.id() < newer.id()).findFirst()
                        .orElseThrow(() -> new OrewatchException(ErrorCode.NOT_FOUND, newer.listName() + " has no version before "
                                + newer.id() + ": nothing to compare with"));
            }
            diff = opened.diff(older.id(), newer.id());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, JsonViews.diff(older, newer, diff, limit));
            return 0;
        }
        out.printf("%s: version %d (%s) -> version %d (%s)%n", newer.listName(), older.id(), describe(older), newer.id(), describe(newer));
        out.printf("%,d added, %,d removed, %,d changed, %,d unchanged%n", diff.added().size(), diff.removed().size(),
                diff.changed().size(), diff.unchanged());
        section(out, "added", diff.added());
        section(out, "removed", diff.removed());
        if (!diff.changed().isEmpty()) {
            out.println();
            out.println("changed:");
            for (ListDiff.Change change : diff.changed().stream().limit(limit).toList()) {
                out.printf("  %s  %s%n", change.key(), change.name());
                for (ListDiff.FieldChange field : change.fields()) {
                    field.removed().forEach(value -> out.printf("      - %s: %s%n", field.field(), value));
                    field.added().forEach(value -> out.printf("      + %s: %s%n", field.field(), value));
                }
            }
            more(out, diff.changed().size());
        }
        out.flush();
        return 0;
    }

    private ListVersion current(ListStore opened) {
        if (list == null) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "name the list (orewatch lists shows them) or give --to");
        }
        return opened.currentVersion(list).orElseThrow(() -> new OrewatchException(ErrorCode.NOT_FOUND,
                "no list named '" + list + "' (orewatch lists shows them)"));
    }

    private static OrewatchException notFound(long id) {
        return new OrewatchException(ErrorCode.NOT_FOUND, "no list version " + id + " (orewatch lists --all shows them)");
    }

    private static String describe(ListVersion version) {
        return (version.published() == null ? "publication date unknown" : "published " + version.published()) + ", "
                + version.source();
    }

    private void section(PrintWriter out, String title, List<ListEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        entries.stream().limit(limit).forEach(entry -> out.printf("  %s  %s%n", entry.key(), entry.name()));
        more(out, entries.size());
    }

    private void more(PrintWriter out, int size) {
        if (size > limit) {
            out.printf("  ... and %,d more (--limit N or --json)%n", size - limit);
        }
    }
}
