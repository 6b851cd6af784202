package org.orewatch.cli.kb;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.io.FtmExporter;
import org.orewatch.kb.io.JsonLinesFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Export the knowledge graph (FollowTheMoney or orewatch JSON lines).",
        description = {"Export the knowledge graph as JSON lines.",
        "  ftm    FollowTheMoney entities (OpenSanctions, Aleph): entities, then relations as interval entities;",
        "         what FtM has no schema or property for is kept as notes, with its citations.",
        "  jsonl  orewatch's own format: schema and entities, everything kept; 'kb import' reads it back."})
final class ExportCommand implements Callable<Integer> {

    enum Format { ftm, jsonl }

    @Mixin
    KbOptions kb;

    @Option(names = "--format", required = true, description = "ftm or jsonl.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (replaced atomically).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeGraph graph = kb.graph();
        Path target = out.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            int written;
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                if (format == Format.ftm) {
                    written = new FtmExporter(graph).write(writer);
                } else {
                    JsonLinesFormat.write(graph, writer);
                    written = graph.size();
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getErr().printf("wrote %,d %s to %s%n", written,
                    format == Format.ftm ? "FollowTheMoney entities" : "entities (and the schema)", out);
            return 0;
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(out.toString()),
                    "cannot write: " + failure.getMessage(), failure);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after its target
                }
            }
        }
    }
}
