package vigil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vigil bench STAGE}: throughput and quality of one stage on a data set. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure a stage: throughput (items/s, peak heap) and quality against gold data.",
        subcommands = {
                BenchGeoCommand.class,
                BenchIngestCommand.class,
                BenchExtractCommand.class,
                BenchClusterCommand.class,
                BenchEventsCommand.class,
                vigil.source.SourceBench.class,
                BenchApiCommand.class,
                BenchTextCommand.class,
                BenchLangCommand.class,
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
