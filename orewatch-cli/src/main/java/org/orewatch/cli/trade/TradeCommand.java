package org.orewatch.cli.trade;

import picocli.CommandLine.Command;

@Command(name = "trade",
        description = {"Trade analytics: mirror statistics over UN Comtrade data, the report's method for combining "
            + "editions of published compilations, and charts in the style of the report's Graphs 1 and 2. "
            + "Every figure is defined in docs/trade.md."},
        mixinStandardHelpOptions = true,
        subcommands = {
            MirrorCommand.class,
            CombineCommand.class,
            ChartCommand.class,
            AggregateCommand.class,
            GenerateCommand.class,
        })
public final class TradeCommand {
}
