package org.orewatch.kb.load;

import java.time.Duration;
import java.util.List;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;
import org.orewatch.kb.KnowledgeGraph;

/**
 * What loading a knowledge base found: the graph (built even when there are errors, so that a
 * validation run can report warnings that need it), every problem, and how long it took.
 */
public record LoadResult(KnowledgeGraph graph, List<Problem> problems, int fileCount, Duration elapsed) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /**
     * The graph, when the knowledge base has no errors; otherwise an exception that names the
     * first error and how many there are.
     */
    public KnowledgeGraph requireValid() {
        List<Problem> errors = errors();
        if (errors.isEmpty()) {
            return graph;
        }
        Problem first = errors.get(0);
        SourcePosition position = first.position();
        throw new OrewatchException(ErrorCode.VALIDATION_FAILED, position, first.message() + " ("
                + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + " in the knowledge base; run 'orewatch kb validate')");
    }
}
