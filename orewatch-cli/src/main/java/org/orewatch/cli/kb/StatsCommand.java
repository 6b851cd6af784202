package org.orewatch.cli.kb;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.orewatch.cli.JsonOutput;
import org.orewatch.kb.Conflict;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Count entities, statements, citations and conflicts.",
        description = {"Counts: entities by type, statements, relations, citations, conflicts,",
        "missing values, and entities with no citation (which must be zero)."})
final class StatsCommand implements Callable<Integer> {

    @Mixin
    KbOptions kb;

    @Option(names = "--json", description = "Print the counts as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeGraph graph = kb.graph();
        Map<String, Integer> byType = new TreeMap<>();
        int relations = 0;
        int missing = 0;
        int uncited = 0;
        for (Entity entity : graph.entities()) {
            byType.merge(entity.type(), 1, Integer::sum);
            if (!entity.isCited()) {
                uncited++;
            }
            for (Statement statement : entity.statements()) {
                if (statement.object().isPresent()) {
                    relations++;
                }
                if (statement.isMissing()) {
                    missing++;
                }
            }
        }
        long declared = graph.conflicts().stream().filter(Conflict::declared).count();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("entities", graph.size());
        stats.put("by_type", byType);
        stats.put("statements", graph.statementCount());
        stats.put("relations", relations);
        stats.put("citations", graph.citationCount());
        stats.put("missing_values", missing);
        stats.put("conflicts", graph.conflicts().size());
        stats.put("conflicts_declared", declared);
        stats.put("conflicts_detected", graph.conflicts().size() - declared);
        stats.put("entities_without_citation", uncited);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, stats);
            return 0;
        }
        out.printf("entities                  %,d%n", graph.size());
        byType.forEach((type, count) -> out.printf("  %-24s%,d%n", type, count));
        out.printf("statements                %,d%n", graph.statementCount());
        out.printf("  relations               %,d%n", relations);
        out.printf("  missing values          %,d%n", missing);
        out.printf("citations                 %,d%n", graph.citationCount());
        out.printf("conflicts                 %,d (%d declared, %d detected)%n", graph.conflicts().size(), declared,
                graph.conflicts().size() - declared);
        out.printf("entities without citation %,d%n", uncited);
        out.flush();
        return 0;
    }
}
