package vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vigil.extract.ExtractionException;
import vigil.extract.HtmlArticleExtractor;
import vigil.extract.HtmlFiles;
import vigil.extract.WordOverlap;
import vigil.json.Json;
import vigil.model.Article;
import vigil.model.RawDocument;

/**
 * {@code vigil bench extract}: quality (bag-of-words F1/P/R and acc = share of pages with F1 >= 0.9, the
 * shared scorer's metric) and throughput (pages/s on one thread after a warm-up pass, peak heap).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Benchmark article extraction on a directory of pages, optionally against gold text.")
public final class BenchExtractCommand implements Runnable {
    @Option(names = "--html-dir", required = true, paramLabel = "DIR", description = "Pages (*.html, *.html.gz).")
    Path htmlDir;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold {\"<id>\": {\"articleBody\": ...}} JSON.")
    Path gold;

    @Option(names = "--passes", defaultValue = "3", description = "Timed passes after the warm-up (default 3).")
    int passes;

    @Option(names = "--threads", defaultValue = "0",
            description = "Also time a pass on this many threads (default 0: single thread only).")
    int threads;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the predictions here (scorer format).")
    Path out;

    @Option(names = "--per-doc", description = "Print one line per gold page, worst first.")
    boolean perDoc;

    @Override
    public void run() {
        try {
            bench();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void bench() throws IOException {
        if (!Files.isDirectory(htmlDir)) throw new UserError("not a directory: " + htmlDir);
        if (gold != null && !Files.isRegularFile(gold)) throw new UserError("no such gold file: " + gold);
        List<Path> files = HtmlFiles.list(htmlDir);
        if (files.isEmpty()) throw new UserError("no *.html or *.html.gz files in " + htmlDir);
        List<RawDocument> docs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Path p : files) {
            docs.add(HtmlFiles.read(p));
            ids.add(HtmlFiles.id(p));
        }
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        String[] texts = new String[docs.size()];
        int failed = 0;
        for (int i = 0; i < docs.size(); i++) { // warm-up pass, also the predictions
            try {
                texts[i] = extractor.extract(docs.get(i)).text();
            } catch (ExtractionException e) {
                texts[i] = "";
                failed++;
            }
        }
        long bytes = docs.stream().mapToLong(d -> d.body().length).sum();
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpu0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long sink = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (RawDocument d : docs) {
                try {
                    Article a = extractor.extract(d);
                    sink += a.text().length();
                } catch (ExtractionException e) {
                    sink++;
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double pagesPerSec = docs.size() * (double) passes / secs;
        System.out.printf("pages=%d  failed=%d  MB=%.1f%n", docs.size(), failed, bytes / 1e6);
        System.out.printf("throughput (1 thread, warm, %d passes): %.1f pages/s wall clock, %.1f MB/s%n", passes,
                pagesPerSec, bytes * (double) passes / secs / 1e6);
        // CPU time of the benchmark thread: what one core does, even when other processes share the machine
        System.out.printf("throughput per CPU-second of the thread: %.1f pages/s%n", docs.size() * (double) passes / cpuSecs);
        if (threads > 1) parallelPass(extractor, docs);
        System.out.printf("peak heap: %.0f MB (max heap %.0f MB)%n", peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        if (sink < 0) System.out.println();

        if (out != null) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            for (int i = 0; i < ids.size(); i++) root.putObject(ids.get(i)).put("articleBody", texts[i]);
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
        }
        if (gold != null) score(ids, texts);
    }

    private void parallelPass(HtmlArticleExtractor extractor, List<RawDocument> docs) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int pass = 0; pass < passes; pass++) {
                for (RawDocument d : docs) {
                    futures.add(pool.submit(() -> {
                        try {
                            return extractor.extract(d).text().length();
                        } catch (ExtractionException e) {
                            return 0;
                        }
                    }));
                }
            }
            for (var f : futures) f.get();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("throughput (%d threads): %.1f pages/s wall clock%n", threads,
                    docs.size() * (double) passes / secs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private void score(List<String> ids, String[] texts) throws IOException {
        JsonNode g = Json.MAPPER.readTree(gold.toFile());
        java.util.Map<String, String> pred = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) pred.put(ids.get(i), texts[i]);
        List<String> goldIds = new ArrayList<>();
        g.fieldNames().forEachRemaining(goldIds::add);
        java.util.Collections.sort(goldIds);
        double sp = 0, sr = 0, sf = 0;
        int acc = 0, missing = 0;
        List<String> lines = new ArrayList<>();
        for (String id : goldIds) {
            String truth = g.get(id).path("articleBody").asText("");
            String p = pred.get(id);
            if (p == null) {
                missing++;
                p = "";
            }
            WordOverlap.Score s = WordOverlap.score(truth, p);
            sp += s.precision();
            sr += s.recall();
            sf += s.f1();
            if (s.f1() >= 0.9) acc++;
            lines.add(String.format("%.3f  %-66s P=%.3f R=%.3f", s.f1(), id, s.precision(), s.recall()));
        }
        int n = goldIds.size();
        if (perDoc) {
            java.util.Collections.sort(lines);
            lines.forEach(System.out::println);
        }
        System.out.printf("quality: docs=%d  F1=%.3f  P=%.3f  R=%.3f  acc@0.90=%.3f  missing=%d%n", n, sf / n, sp / n,
                sr / n, (double) acc / n, missing);
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
