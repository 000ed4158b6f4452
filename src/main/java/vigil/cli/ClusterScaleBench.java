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
        out.println("synthetic articles: Zipf vocabulary of 60,000 words, 20,000 articles/day, 10% copies, 3% rewrites");
        out.printf("%12s %14s %12s %14s %10s%n", "stored", "articles/s", "vs first", "LSH entries", "stories");
        long t0 = System.nanoTime();
        for (int size : sizes) {
            for (; seen < size; seen++) stream.process(news.next());
            // generate first so only dedup + clustering is timed
            var batch = new java.util.ArrayList<vigil.stories.StoryInput>(measure);
            for (int i = 0; i < measure; i++) batch.add(news.next());
            long t = System.nanoTime();
            for (var a : batch) stream.process(a);
            double rate = measure / ((System.nanoTime() - t) / 1e9);
            seen += measure;
            if (first == 0) first = rate;
            out.printf("%,12d %,14.0f %11.2fx %,14d %,10d%n", size, rate, rate / first,
                    stream.duplicates().index().size(), stream.clusterer().activeCount());
        }
        out.printf("total %,d articles in %.0f s; peak heap %d MB%n", seen, (System.nanoTime() - t0) / 1e9,
                peakHeapMb());
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
