package io.propcare.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code propcare} command line: the engines without writing Java. The formats are the
 * contract in the README ("Command line").
 */
@Command(name = "propcare",
        mixinStandardHelpOptions = true,
        versionProvider = PropcareCommand.Version.class,
        description = {"Propcare: complaint classification, escalation deadlines, duty rosters and survey statistics.",
                "JSON Lines in (--in, default standard input), JSON Lines out (--out, default standard output).",
                "Exit status: 0 every line succeeded, 1 some line failed, 2 bad options or unreadable file."},
        subcommands = {
                CommandLine.HelpCommand.class,
                DemoCommand.class,
                DeadlineCommand.class,
                RosterCommand.class,
                SurveyCommand.class,
                ClassifyCommand.class,
                TrainCommand.class,
                EvaluateCommand.class,
        })
public final class PropcareCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given streams; what tests call.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /**
     * The configured picocli command line: exit codes and one-line error messages per the contract.
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PropcareCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> CliExit.BAD_USAGE);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("propcare: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return CliExit.BAD_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("propcare: " + CliExit.describe(ex));
            return CliExit.BAD_USAGE;
        });
        return cl;
    }

    /** Reads the version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = PropcareCommand.class.getResourceAsStream("/propcare-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"propcare " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
