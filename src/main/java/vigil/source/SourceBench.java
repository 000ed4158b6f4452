package vigil.source;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vigil.model.Problem;
import vigil.model.RawDocument;

/**
 * {@code vigil bench sources}: reads local files, directories, feeds and WARC files as the ingester would, but
 * offline (feed links are counted, never fetched), and prints documents/s, MB/s, peak heap and the problems found.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Read local sources offline (feed links are counted, not fetched); print items/s and peak heap.")
public final class SourceBench implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or directories (default: ../shared/data/corpus/html, feeds and warc).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--repeat", defaultValue = "3", description = "Passes over the input; the last one is timed (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        if (paths.isEmpty()) {
            paths = List.of("../shared/data/corpus/html", "../shared/data/corpus/feeds", "../shared/data/corpus/warc");
        }
        Counting last = null;
        long nanos = 0;
        resetPeaks();
        for (int pass = 0; pass < Math.max(1, repeat); pass++) {
            Counting sink = new Counting();
            // nothing leaves the machine: every host is refused before any lookup
            Fetcher offline = new Fetcher(SourceOptions.defaults(), FetchState.inMemory(), new AddressGuard(false) {
                @Override
                void check(String host) throws FetchException {
                    throw new FetchException("offline: feed link not fetched");
                }
            });
            long t0 = System.nanoTime();
            for (String p : paths) {
                try {
                    Sources.open(p, offline).read(sink);
                } catch (SourceException e) {
                    System.out.println("cannot read " + p + ": " + e.getMessage());
                    return 2;
                }
            }
            nanos = System.nanoTime() - t0;
            last = sink;
        }
        double s = nanos / 1e9;
        System.out.printf(Locale.ROOT, "sources: %s%n", String.join(" ", paths));
        System.out.printf(Locale.ROOT, "documents: %d (%.1f MB), problems: %d%n", last.documents, last.bytes / 1048576.0,
                last.problems.values().stream().mapToInt(Integer::intValue).sum());
        for (var e : last.problems.entrySet()) System.out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey());
        System.out.printf(Locale.ROOT, "throughput: %.0f documents/s, %.1f MB/s (pass %d of %d, %.3f s)%n",
                last.documents / s, last.bytes / 1048576.0 / s, Math.max(1, repeat), Math.max(1, repeat), s);
        System.out.printf(Locale.ROOT, "peak heap: %.0f MB%n", peakHeap() / 1048576.0);
        return 0;
    }

    private static final class Counting implements SourceSink {
        int documents;
        long bytes;
        final Map<String, Integer> problems = new TreeMap<>();

        @Override
        public void document(RawDocument d) {
            documents++;
            bytes += d.body().length;
        }

        @Override
        public void problem(Problem p) {
            String reason = p.reason();
            int colon = reason.indexOf(':', reason.startsWith("offline") ? 0 : 1);
            problems.merge(colon > 0 && !reason.startsWith("not HTML") ? reason.substring(0, colon) : reason, 1,
                    Integer::sum);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
