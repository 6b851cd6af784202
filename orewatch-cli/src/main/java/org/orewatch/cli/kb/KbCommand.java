package org.orewatch.cli.kb;

import picocli.CommandLine.Command;

@Command(name = "kb",
        description = "Query, validate, export and import the sourced knowledge graph.",
        mixinStandardHelpOptions = true,
        subcommands = {
            ValidateCommand.class,
            StatsCommand.class,
            SearchCommand.class,
            ShowCommand.class,
            PathCommand.class,
            ExportCommand.class,
            ImportCommand.class,
        })
public final class KbCommand {
}
