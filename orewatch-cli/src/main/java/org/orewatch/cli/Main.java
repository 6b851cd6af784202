package org.orewatch.cli;

import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code orewatch} command. Each area (knowledge base, names, lists, screening, trade, server)
 * is a subcommand in its own package.
 *
 * <p>Exit codes follow {@link ErrorCode.Kind}: 0 success, 1 internal error, 2 user error (bad
 * arguments or input, validation failed), 3 not found, 4 resources exhausted.
 */
@Command(name = "orewatch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Forced-labour and sanctions due diligence for mineral supply chains.",
        subcommands = {
            CommandLine.HelpCommand.class,
            org.orewatch.cli.kb.KbCommand.class,
            org.orewatch.cli.names.NamesCommand.class,
            org.orewatch.cli.trade.TradeCommand.class,
            org.orewatch.cli.lists.ListsCommand.class,
            org.orewatch.cli.screen.ScreenCommand.class,
            org.orewatch.cli.serve.ServeCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code instead of exiting (tests call this). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        // Descriptions are written as lines of up to ~115 characters; at picocli's default of 80
        // each would wrap into a long and a short line.
        commandLine.setUsageHelpWidth(120);
        commandLine.setExecutionExceptionHandler(Main::handleExecutionException);
        commandLine.setExitCodeExceptionMapper(Main::exitCodeOf);
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ErrorCode.Kind.USER_ERROR.exitCode());
        return commandLine;
    }

    private static int handleExecutionException(Exception failure, CommandLine commandLine,
            CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if (failure instanceof OrewatchException known) {
            err.println(commandLine.getColorScheme().errorText("error [" + known.code() + "]: " + known.getMessage()));
            if (known.code().kind() == ErrorCode.Kind.INTERNAL_ERROR && known.getCause() != null) {
                known.getCause().printStackTrace(err);
            }
        } else {
            err.println(commandLine.getColorScheme().errorText("internal error: " + failure));
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCodeOf(failure);
    }

    static int exitCodeOf(Throwable failure) {
        if (failure instanceof OrewatchException known) {
            return known.code().kind().exitCode();
        }
        if (failure instanceof CommandLine.ParameterException) {
            return ErrorCode.Kind.USER_ERROR.exitCode();
        }
        return ErrorCode.Kind.INTERNAL_ERROR.exitCode();
    }
}
