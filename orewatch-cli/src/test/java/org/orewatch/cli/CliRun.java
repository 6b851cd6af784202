package org.orewatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the orewatch command line in-process and keeps what it printed and its exit code. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The repository's kb/ folder. */
    public static Path repositoryKb() {
        return Path.of(System.getProperty("orewatch.repo.root", "..")).resolve("kb");
    }
}
