package org.orewatch.cli.kb;

import java.nio.file.Path;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.load.KnowledgeBaseLoader;
import org.orewatch.kb.load.KnowledgeBaseLocation;
import org.orewatch.kb.load.LoadResult;
import org.orewatch.kb.load.SnapshotCache;
import picocli.CommandLine.Option;

/** The {@code --kb DIR} option shared by every command that reads the knowledge base. */
public final class KbOptions {

    @Option(names = "--kb", paramLabel = "DIR",
            description = "Knowledge-base folder (default: $OREWATCH_KB, the repository's kb/, or the copy in the jar).")
    Path directory;

    public Path location() {
        return KnowledgeBaseLocation.resolve(directory);
    }

    public LoadResult loadResult() {
        return KnowledgeBaseLoader.load(location());
    }

    /**
     * The graph for querying: from the snapshot cache when the files are unchanged, else loaded
     * and validated; an error names the first problem when the knowledge base does not validate.
     */
    public KnowledgeGraph graph() {
        return SnapshotCache.open(location());
    }
}
