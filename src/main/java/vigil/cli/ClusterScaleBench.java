package vigil.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.function.Supplier;
import vigil.stories.StoryStream;

/**
 * Throughput of dedup + clustering as the number of articles already seen grows: one stream is pre-loaded to
 * each size in turn (the sizes are cumulative) and then timed on the next articles.
 */
final class ClusterScaleBench {
    private final List<Integer> sizes;
    private final int measure;
    private final Supplier<StoryStream> streams;

    ClusterScaleBench(List<Integer> sizes, int measure, Supplier<StoryStream> streams) {
        this.sizes = sizes.stream().sorted().toList();
        this.measure = measure;
        this.streams = streams;
    }

    void run(PrintStream out) {
        SyntheticNews news = new SyntheticNews(42, 60_000, 20_000);
        StoryStream stream = streams.get();
        long seen = 0;
        resetPeakHeap();
        double first = 0;
        double firstCpu = 0;
        double dedupShare;
        out.println("synthetic articles: Zipf vocabulary of 60,000 words, 20,000 articles/day, 10% copies, 3% rewrites");
        out.println("articles/s: wall clock, and per second of this thread's CPU (steadier on a shared machine;"
                + " it leaves out GC threads)");
        out.printf("%12s %14s %12s %14s %12s %14s %10s %10s%n", "stored", "articles/s", "vs first", "per CPU-s",
                "vs first", "LSH entries", "stories", "dedup");
        long t0 = System.nanoTime();
        for (int size : sizes) {
            long tl = System.nanoTime();
            long from = seen;
            for (; seen < size; seen++) {
                stream.process(news.next());
                if (seen % 100_000 == 0 && seen > from) {
                    System.err.printf("  loaded %,d (%.0f articles/s incl. generation)%n", seen,
                            (seen - from) / ((System.nanoTime() - tl) / 1e9));
                }
            }
            // generate first so only dedup + clustering is timed
            var batch = new java.util.ArrayList<vigil.stories.StoryInput>(measure);
            for (int i = 0; i < measure; i++) batch.add(news.next());
            var threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            long dedupNanos = 0;
            for (var a : batch) {
                long d = System.nanoTime();
                var link = stream.duplicates().add(a);
                dedupNanos += System.nanoTime() - d;
                stream.clusterer().assign(a, link.orElse(null));
            }
            long total = System.nanoTime() - t;
            double cpuRate = measure / ((threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
            double rate = measure / (total / 1e9);
            dedupShare = dedupNanos / (double) total;
            seen += measure;
            if (first == 0) {
                first = rate;
                firstCpu = cpuRate;
            }
            out.printf("%,12d %,14.0f %11.2fx %,14.0f %11.2fx %,14d %,10d %9.0f%%%n", size, rate, rate / first, cpuRate,
                    cpuRate / firstCpu, stream.duplicates().index().size(), stream.clusterer().activeCount(),
                    dedupShare * 100);
        }
        long peak = peakHeapMb();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long live = (rt.totalMemory() - rt.freeMemory()) >> 20;
        out.printf("total %,d articles in %.0f s; peak heap %d MB (garbage included), live state after GC %d MB"
                + " (%,d LSH entries, %,d active stories)%n", seen, (System.nanoTime() - t0) / 1e9, peak, live,
                stream.duplicates().index().size(), stream.clusterer().activeCount());
    }

    static void resetPeakHeap() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }
}
