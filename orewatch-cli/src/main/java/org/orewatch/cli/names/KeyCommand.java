package org.orewatch.cli.names;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.orewatch.cli.JsonOutput;
import org.orewatch.names.NameKeys;
import org.orewatch.names.NameType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "key", mixinStandardHelpOptions = true,
        header = "Show how a name is normalised and keyed (for debugging matches).",
        description = {"Prints the normalised form, the script, the romanisation system detected for a Korean",
        "name and, per token, its kind, weight, Korean syllables (as the Hangul blocks each may stand",
        "for), romanisation key and phonetic skeleton.",
        "",
        "Example: orewatch names key \"RI T'ae-ch'ol\" --type person"})
final class KeyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The name.")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "person, organization, vessel, place or other.")
    String type;

    @Option(names = "--json", description = "Print the keys as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NameKeys keys = NameKeys.of(name, type == null ? NameType.OTHER : NameType.parse(type));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, keys);
        } else {
            out.print(keys);
            out.flush();
        }
        return 0;
    }
}
