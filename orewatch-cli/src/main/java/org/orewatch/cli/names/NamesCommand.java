package org.orewatch.cli.names;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "names", mixinStandardHelpOptions = true,
        header = "Compare names and show their keys (Korean romanisation aware).",
        description = {"Names reach a screener in many spellings: 검덕, Kŏmdŏk, KOMDOK, Geomdeok.",
        "These commands show how orewatch compares and normalises them."},
        subcommands = {CompareCommand.class, KeyCommand.class})
public final class NamesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
