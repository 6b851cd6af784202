package org.orewatch.cli.kb;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.orewatch.kb.io.KbImporter;
import org.orewatch.kb.load.KnowledgeBaseLoader;
import org.orewatch.kb.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Read a JSON-lines export back into a knowledge-base folder.",
        description = {"Read an orewatch JSON-lines export ('kb export --format jsonl') back into",
        "a knowledge-base folder of YAML files, then validate it. Use the folder with --kb DIR."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The .jsonl export to read.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "New folder to write (must not exist or be empty).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KbImporter.Summary summary = KbImporter.importJsonLines(file, out);
        LoadResult check = KnowledgeBaseLoader.load(out);
        check.requireValid();
        spec.commandLine().getOut().printf("imported %,d entities and %,d schema items into %s (%d files); it validates%n",
                summary.entities(), summary.schemaItems(), out, summary.files());
        return 0;
    }
}
