package org.orewatch.cli.lists;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orewatch.cli.JsonOutput;
import org.orewatch.cli.kb.KbOptions;
import org.orewatch.kb.load.GraphSnapshot;
import org.orewatch.lists.ListVersion;
import org.orewatch.screening.JsonViews;
import org.orewatch.screening.KnowledgeGraphList;
import org.orewatch.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lists",
        description = {"The watchlists screening uses: each list's current version with its source files, SHA-256,",
                "publication date, import time and counts, and the knowledge graph screened beside them.",
                "Subcommands import a new version and show what changed between versions."},
        mixinStandardHelpOptions = true,
        subcommands = {
            ImportCommand.class,
            DiffCommand.class,
        })
public final class ListsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    @Mixin
    StoreOptions store;

    @Mixin
    KbOptions kb;

    @Option(names = "--all", description = "Every stored version, not only the current ones.")
    boolean all;

    @Option(names = "--no-kb", description = "Leave out the knowledge graph (it is screened as a list unless screening says --no-kb).")
    boolean noKb;

    @Option(names = "--json", description = "Print the versions as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ListVersion> versions;
        try (ListStore opened = store.open()) {
            versions = new ArrayList<>(all ? opened.versions(null) : opened.currentVersions());
        }
        if (!noKb) {
            versions.add(KnowledgeGraphList.of(kb.graph(), GraphSnapshot.fingerprint(kb.location()), Instant.now()).version());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, Map.of("lists", versions.stream().map(JsonViews::version).toList()));
            return 0;
        }
        if (versions.isEmpty()) {
            out.println("no lists imported yet: orewatch lists import --format un-xml FILE (see --help)");
            out.flush();
            return 0;
        }
        out.printf("%-22s %7s %-10s %-17s %8s %8s  %-12s %s%n", "LIST", "VERSION", "PUBLISHED", "IMPORTED", "ENTRIES", "NAMES",
                "SHA-256", "SOURCE");
        for (ListVersion version : versions) {
            boolean graph = version.listName().equals(KnowledgeGraphList.LIST_NAME);
            out.printf("%-22s %7s %-10s %-17s %,8d %,8d  %-12s %s%s%n", version.listName(), graph ? "-" : Long.toString(version.id()),
                    version.published() == null ? "-" : version.published(), graph ? "(loaded now)" : TIME.format(version.importedAt()),
                    version.entries(), version.names(), version.sha256().substring(0, 12),
                    graph ? "knowledge base files" : version.source(), all && version.current() ? "  (current)" : "");
        }
        out.flush();
        return 0;
    }
}
