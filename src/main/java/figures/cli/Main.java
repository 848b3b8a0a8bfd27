package figures.cli;

import figures.source.InvalidInputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/** {@code figures}: the command line. User mistakes become one-line messages and exit codes here, once. */
@Command(name = "figures",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns the numbers in a source text into cited, cleaned datasets and charts.",
        footer = {"", "Example:", "  target/figures build          rebuild data/clean/ and charts/",
                "  target/figures check          fail if the committed outputs are stale",
                "  (java -jar target/figures.jar ... does the same, only slower to start)",
                "", "Exit codes: 0 success, 1 invalid data or stale outputs, 2 usage error."})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    /** A bug in figures, never a user's mistake. */
    public static final int INTERNAL = 3;

    /**
     * The subcommands, in the order help lists them. picocli reads a command's annotations when it is
     * added, a cost every start would pay for all of them, so a command line whose first word names one
     * gets only that one (the no-op build 0.181 s to 0.156 s, 21 interleaved runs). Help, a mistyped
     * name's suggestions and an option before the command get them all.
     */
    static final List<Subcommand> COMMANDS = List.of(new Subcommand("build", BuildCommand::new),
            new Subcommand("check", CheckCommand::new), new Subcommand("audit", AuditCommand::new),
            new Subcommand("excel", ExcelCommand::new), new Subcommand("extract", ExtractCommand::new),
            new Subcommand("print", PrintCommand::new), new Subcommand("serve", ServeCommand::new),
            new Subcommand("trace", TraceCommand::new));

    record Subcommand(String name, Supplier<Object> command) {
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say 'build' or 'check'.");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("picocli.disable.closures", "true"); // no Groovy here; spares a failed class lookup
        // Threads the libraries start (ClassGraph's scanner, say) would print an error as a stack trace. Out
        // of memory is reported once, as a hint, by the command; anything else gets one line here.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (!outOfMemory(e)) {
                System.err.println("figures: internal error in thread " + thread.getName() + ": " + e);
            }
        });
        // UTF-8 whatever the locale: under LANG=C, System.out wrote each non-ASCII letter of a quote as '?'.
        System.exit(execute(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
    }

    /**
     * A path as the command line gives it. Under a locale whose character set cannot spell it (an accent
     * under LANG=C) the JVM refuses it: say so in words, and how to run in a UTF-8 locale.
     */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + text + "' has letters this locale's character set ("
                    + System.getProperty("sun.jnu.encoding") + ") cannot spell: run target/figures, which uses a "
                    + "UTF-8 locale, or set LC_ALL=C.UTF-8");
        }
    }

    private static PrintWriter utf8(FileDescriptor stream) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(stream), StandardCharsets.UTF_8), true);
    }

    /** Runs the tool as the command line would, writing to the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        boolean named = args.length > 0 && COMMANDS.stream().anyMatch(c -> c.name().equals(args[0]));
        for (Subcommand c : COMMANDS) {
            if (!named || c.name().equals(args[0])) {
                cli.addSubcommand(c.name(), c.command().get());
            }
        }
        cli.registerConverter(Path.class, Main::path);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof InvalidInputException invalid) {
                invalid.problems().forEach(p -> err.println(p));
                err.println("figures: " + invalid.problems().size() + " problem(s); nothing was written.");
                // A problem with an option's value ("--only") is the command line's, not the data's.
                return invalid.problems().stream().allMatch(p -> p.file().startsWith("--")) ? USAGE : INVALID;
            }
            if (e instanceof IOException io) {
                err.println("figures: could not read or write files: " + FileErrors.describe(io));
                return INVALID;
            }
            if (outOfMemory(e)) {
                err.println(OUT_OF_MEMORY);
                return INVALID;
            }
            err.println("figures: internal error: " + e + (main.verbose ? "" : " (run with --verbose for details)"));
            if (main.verbose) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(OUT_OF_MEMORY);
            return INVALID;
        }
    }

    /** The launcher caps the heap so that a build stays small; a project too big for it needs the cap lifted. */
    static final String OUT_OF_MEMORY = "figures: out of memory; give the JVM a larger heap, e.g. "
            + "FIGURES_JAVA_OPTS=-Xmx2g target/figures ... (or java -Xmx2g -jar target/figures.jar ...)";

    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/figures/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"figures " + p.getProperty("version", "unknown")};
        }
    }
}
