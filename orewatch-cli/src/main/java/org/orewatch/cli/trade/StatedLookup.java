package org.orewatch.cli.trade;

import org.orewatch.cli.kb.KbOptions;
import org.orewatch.core.OrewatchException;
import picocli.CommandLine.Model.CommandSpec;

/** Loads the stated figures, or carries on without them when the knowledge graph cannot be read. */
final class StatedLookup {

    private StatedLookup() {
    }

    static StatedFigures load(KbOptions kb, String country, boolean yearLevel, CommandSpec spec) {
        try {
            return StatedFigures.from(kb.graph(), country, yearLevel);
        } catch (OrewatchException e) {
            // The figures are context, not the result: a broken knowledge base must not stop the analysis.
            spec.commandLine().getErr().println("note: the report's stated figures are not shown: " + e.getMessage());
            return StatedFigures.none();
        }
    }
}
