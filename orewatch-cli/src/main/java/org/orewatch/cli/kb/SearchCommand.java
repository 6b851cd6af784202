package org.orewatch.cli.kb;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.orewatch.cli.JsonOutput;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.query.KbSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        header = "Find entities by any name, variant or statement words.",
        description = {"Find entities by any name or variant (any romanisation, Hangul) and by the",
        "words of their statements. Examples:",
        "  orewatch kb search Komdok",
        "  orewatch kb search \"coal production 1998\"",
        "  orewatch kb search Yodok --type kwanliso"})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    KbOptions kb;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to look for.")
    List<String> query;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only entities of this type or its subtypes (see kb/schema/types.yaml).")
    String type;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "How many results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print an array of {id, name, type, score, matched, match_kind}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeGraph graph = kb.graph();
        if (type != null && graph.schema().type(type).isEmpty()) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "unknown type '" + type + "'; see kb/schema/types.yaml");
        }
        if (limit < 1) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "--limit must be at least 1");
        }
        List<KbSearch.Hit> hits = KbSearch.of(graph).search(String.join(" ", query), type, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, hits);
            return 0;
        }
        if (hits.isEmpty()) {
            out.println("no matches");
        }
        for (KbSearch.Hit hit : hits) {
            out.printf("%.3f  %-40s %s [%s]%n", hit.score(), hit.id(), hit.name(), hit.type());
            if (!hit.matched().isEmpty() && !hit.matched().equals(hit.name())) {
                out.printf("       matched %s: %s%n", hit.matchKind(), abbreviate(hit.matched(), 110));
            }
        }
        out.flush();
        return 0;
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
