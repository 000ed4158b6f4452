package vigil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code vigil} command. */
@Command(name = "vigil", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Vigil turns news into conflict events you can check: ingest pages, feeds and WARC archives,",
                "extract articles, code who did what to whom, where and when, with the evidence for every field."},
        subcommands = {
                CommandLine.HelpCommand.class,
                DemoCommand.class,
                IngestCommand.class,
                ExtractCommand.class,
                SearchCommand.class,
                ShowCommand.class,
                ExportCommand.class,
                ReprocessCommand.class,
                BenchCommand.class,
                GeoparseCommand.class,
                ClusterCommand.class,
                CodeCommand.class,
                ServeCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
