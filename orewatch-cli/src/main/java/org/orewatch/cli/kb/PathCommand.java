package org.orewatch.cli.kb;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.orewatch.cli.JsonOutput;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.query.EntityResolver;
import org.orewatch.kb.query.PathFinder;
import org.orewatch.kb.query.StatementView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "path", mixinStandardHelpOptions = true,
        header = "Show the chain of relations linking two entities.",
        description = {"Show the chain of relations linking two entities, each step with its citations.",
        "Example: orewatch kb path \"Musan Mine\" \"Ministry of Metal Industry\""})
final class PathCommand implements Callable<Integer> {

    @Mixin
    KbOptions kb;

    @Parameters(index = "0", paramLabel = "FROM", description = "Id or name.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Id or name.")
    String to;

    @Option(names = "--max-steps", defaultValue = "8", description = "Longest chain to look for (default: ${DEFAULT-VALUE}).")
    int maxSteps;

    @Option(names = "--json", description = "Print the chain as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeGraph graph = kb.graph();
        EntityResolver resolver = EntityResolver.of(graph);
        Entity start = resolver.resolve(from);
        Entity goal = resolver.resolve(to);
        Optional<List<PathFinder.Step>> path = new PathFinder(graph).find(start.id(), goal.id(), maxSteps);
        if (path.isEmpty()) {
            throw new OrewatchException(ErrorCode.NOT_FOUND, "no chain of relations of at most " + maxSteps
                    + " steps links " + start.id() + " and " + goal.id());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> steps = new ArrayList<>();
            for (PathFinder.Step step : path.get()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("from", step.from());
                item.put("from_name", graph.nameOf(step.from()));
                item.put("to", step.to());
                item.put("to_name", graph.nameOf(step.to()));
                item.put("direction", step.forward() ? "forward" : "inverse");
                item.put("statement", StatementView.of(graph, step.statement(), !step.forward()));
                steps.add(item);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("from", start.id());
            result.put("to", goal.id());
            result.put("steps", steps);
            JsonOutput.print(out, result);
            return 0;
        }
        out.printf("%s (%s)%n", start.name(), start.id());
        for (PathFinder.Step step : path.get()) {
            StatementView view = StatementView.of(graph, step.statement(), !step.forward());
            out.printf("  --%s--> %s (%s)%n", view.label(), graph.nameOf(step.to()), step.to());
            String when = step.statement().time().display();
            if (!when.isEmpty()) {
                out.printf("        when: %s%n", when);
            }
            view.citations().forEach(citation -> out.printf("        source: %s%n", citation.text()));
        }
        out.flush();
        return 0;
    }
}
