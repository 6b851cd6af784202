package org.orewatch.cli.kb;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orewatch.cli.JsonOutput;
import org.orewatch.core.ErrorCode;
import org.orewatch.kb.load.LoadResult;
import org.orewatch.kb.load.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check every knowledge-base file; exit 2 on any error.",
        description = {"Check every knowledge-base file: syntax, unknown fields, duplicate ids, unknown references,",
            "missing citations, bad units, dates and values, one-sided conflicts.",
            "Prints each problem as FILE:LINE:COLUMN [FIELD]: severity CODE: message.",
            "Exits 0 when there are no errors, 2 when there are (warnings alone do not fail)."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    KbOptions kb;

    @Option(names = "--json", description = "Print the problems as JSON.")
    boolean json;

    @Option(names = "--no-warnings", description = "Print errors only.")
    boolean noWarnings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadResult result = kb.loadResult();
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> shown = noWarnings ? result.errors() : result.problems();
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("valid", !result.hasErrors());
            report.put("files", result.fileCount());
            report.put("entities", result.graph().size());
            report.put("statements", result.graph().statementCount());
            report.put("errors", result.errors().size());
            report.put("warnings", result.warnings().size());
            report.put("problems", shown.stream().map(ValidateCommand::toJson).toList());
            JsonOutput.print(out, report);
        } else {
            shown.forEach(out::println);
            out.printf("%s: %d files, %d entities, %d statements, %d errors, %d warnings (%d ms)%n",
                    result.hasErrors() ? "INVALID" : "valid", result.fileCount(), result.graph().size(),
                    result.graph().statementCount(), result.errors().size(), result.warnings().size(),
                    result.elapsed().toMillis());
        }
        out.flush();
        return result.hasErrors() ? ErrorCode.VALIDATION_FAILED.kind().exitCode() : 0;
    }

    private static Map<String, Object> toJson(Problem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
        json.put("code", problem.code().name());
        json.put("file", problem.position().file());
        json.put("line", problem.position().line());
        json.put("column", problem.position().column());
        json.put("field", problem.position().field());
        json.put("message", problem.message());
        return json;
    }
}
