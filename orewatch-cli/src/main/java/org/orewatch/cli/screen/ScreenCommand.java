package org.orewatch.cli.screen;

import picocli.CommandLine.Command;

@Command(name = "screen",
        description = {"Screen counterparties against the imported watchlists and the knowledge graph: one name",
                "while on the phone, or a file of thousands overnight; and measure screening quality."},
        mixinStandardHelpOptions = true,
        subcommands = {
            NameCommand.class,
            NamesCommand.class,
            EvaluateCommand.class,
            GenerateCommand.class,
        })
public final class ScreenCommand {
}
