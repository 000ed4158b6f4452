package vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vigil.extract.ArticleExtractor;
import vigil.extract.BasicArticleExtractor;
import vigil.extract.ExtractionException;
import vigil.extract.HtmlArticleExtractor;
import vigil.json.Json;

/** {@code vigil bench extract}: word F1/P/R/acc against gold text, pages/s on one warm thread, and peak heap. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Score article extraction against gold text (mean per-page word F1, precision, recall, acc = share",
                "of pages with F1 >= 0.9) and measure pages/s on one thread after a warm-up pass, and peak heap.",
                "Gold: ground-truth.json ({id: {articleBody}}) or gold.jsonl ({file, text} per line)."})
public final class BenchExtractCommand implements Callable<Integer> {
    private static final String SCORER = "../shared/bench/extraction/score.py";

    @Option(names = "--html-dir", required = true, paramLabel = "DIR", description = "Directory of *.html pages.")
    Path htmlDir;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold text (ground-truth.json or gold.jsonl).")
    Path gold;

    @Option(names = "--baseline", description = "Also score BasicArticleExtractor.")
    boolean baseline;

    @Option(names = "--per-page", description = "Print each page's F1, worst first.")
    boolean perPage;

    @Option(names = "--passes", defaultValue = "3", description = "Timed passes after the warm-up (default ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--out", paramLabel = "FILE", description = "Keep the predictions JSON here.")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(gold)) throw new UserError("no such gold file: " + gold);
        if (passes < 1) throw new UserError("--passes must be at least 1");
        Map<String, String> truth = readGold(gold);
        List<Pages.Page> pages = Pages.load(htmlDir);
        run("vigil", new HtmlArticleExtractor(), pages, truth);
        reference(pages);
        if (baseline) run("baseline", new BasicArticleExtractor(), pages, truth);
        return 0;
    }

    private void run(String name, ArticleExtractor extractor, List<Pages.Page> pages, Map<String, String> truth)
            throws IOException, InterruptedException {
        PeakHeap.reset();
        Map<String, ObjectNode> predictions = ExtractCommand.batch(extractor, pages); // also the warm-up pass
        int warm = 0;
        while (warm++ < 3) extractAll(extractor, pages);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < passes; i++) extractAll(extractor, pages);
        double seconds = (System.nanoTime() - t0) / 1e9, cpuSeconds = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        double pagesPerSecond = pages.size() * passes / seconds, pagesPerCpuSecond = pages.size() * passes / cpuSeconds;
        Map<String, String> predicted = new TreeMap<>();
        predictions.forEach((k, v) -> predicted.put(k, v.path("articleBody").asText("")));
        Map<String, Double> rows = new LinkedHashMap<>();
        ExtractionScore.Result r = ExtractionScore.score(truth, predicted, rows);
        Map<String, String> allPredicted = predicted;
        if (perPage) {
            rows.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %.3f  %s%n", e.getValue(), e.getKey()));
        }
        // On a shared machine wall time counts other processes' load; CPU time of this thread does not.
        System.out.printf(Locale.ROOT, "%-8s docs=%d  F1=%.3f  P=%.3f  R=%.3f  acc=%.3f  %.1f pages/s wall, %.1f pages/CPU-s (1 thread, warm)  peak heap %s%n",
                name, r.docs(), r.f1(), r.precision(), r.recall(), r.acc(), pagesPerSecond, pagesPerCpuSecond, PeakHeap.describe());
        Path file = out != null && name.equals("vigil") ? out : Files.createTempFile("vigil-extract-", ".json");
        Json.MAPPER.writeValue(file.toFile(), predictions);
        scoreSnippets(gold, allPredicted);
        scoreWithPython(name, file);
        if (file != out) Files.deleteIfExists(file);
    }

    /** Plain jsoup (parse the bytes, take the body text) timed the same way: a yardstick for this machine's speed. */
    private void reference(List<Pages.Page> pages) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3; i++) jsoupAll(pages);
        long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < passes; i++) jsoupAll(pages);
        double seconds = (System.nanoTime() - t0) / 1e9, cpuSeconds = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "jsoup    parse + body text (speed yardstick): %.1f pages/s wall, %.1f pages/CPU-s (1 thread, warm)%n",
                pages.size() * passes / seconds, pages.size() * passes / cpuSeconds);
    }

    private static void jsoupAll(List<Pages.Page> pages) {
        for (Pages.Page p : pages) {
            try {
                org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(p.raw().body()), null, p.raw().url()).body().text();
            } catch (IOException e) {
                // not counted
            }
        }
    }

    private static void extractAll(ArticleExtractor extractor, List<Pages.Page> pages) {
        for (Pages.Page p : pages) {
            try {
                extractor.extract(p.raw());
            } catch (ExtractionException e) {
                // counted as empty in the quality pass
            }
        }
    }

    /** The reference scorer, when python3 and the script are there: its line must agree with ours. */
    private void scoreWithPython(String name, Path predictions) throws IOException, InterruptedException {
        Path script = Path.of(SCORER);
        if (!Files.isRegularFile(script)) return;
        Path gt = gold;
        boolean tmp = gold.toString().endsWith(".jsonl");
        if (tmp) {
            gt = Files.createTempFile("vigil-gold-", ".json");
            Map<String, Map<String, String>> m = new TreeMap<>();
            readGold(gold).forEach((k, v) -> m.put(k, Map.of("articleBody", v)));
            Json.MAPPER.writeValue(gt.toFile(), m);
        }
        try {
            Process p = new ProcessBuilder("python3", script.toString(), gt.toString(), predictions.toString(), "--name", name + " (score.py)")
                    .redirectErrorStream(true).start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) System.out.println(line);
            }
            p.waitFor();
        } catch (IOException e) {
            System.out.println("(python3 scorer not run: " + e.getMessage() + ")");
        } finally {
            if (tmp) Files.deleteIfExists(gt);
        }
    }

    private static String pageName(JsonNode n) {
        String f = n.path("file").asText();
        f = f.substring(f.lastIndexOf('/') + 1);
        return f.contains(".html") ? f.substring(0, f.lastIndexOf(".html")) : f;
    }

    /**
     * Snippet gold (gold.jsonl lines with "with" / "without" lists, as trafilatura's evaluation has them): how many
     * must-have snippets the extracted text contains and how many must-not-have ones it avoids.
     */
    private static void scoreSnippets(Path file, Map<String, String> predicted) throws IOException {
        if (!file.toString().endsWith(".jsonl")) return;
        int with = 0, withFound = 0, without = 0, withoutAbsent = 0, pages = 0, perfect = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = Json.MAPPER.readTree(line);
            if (!n.has("with") && !n.has("without")) continue;
            String text = predicted.getOrDefault(pageName(n), "");
            pages++;
            boolean ok = true;
            for (JsonNode s : n.path("with")) {
                with++;
                if (text.contains(s.asText())) withFound++; else ok = false;
            }
            for (JsonNode s : n.path("without")) {
                without++;
                if (!text.contains(s.asText())) withoutAbsent++; else ok = false;
            }
            if (ok) perfect++;
        }
        if (pages > 0) {
            System.out.printf(Locale.ROOT, "         snippet pages=%d: must-have found %d/%d, must-not-have absent %d/%d, pages all right %d/%d%n",
                    pages, withFound, with, withoutAbsent, without, perfect, pages);
        }
    }

    /** id -> gold text; ids of gold.jsonl are file names without directory and .html. */
    static Map<String, String> readGold(Path file) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try {
            if (file.toString().endsWith(".jsonl")) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    JsonNode n = Json.MAPPER.readTree(line);
                    if (n.hasNonNull("text")) m.put(pageName(n), n.path("text").asText(""));
                }
            } else {
                JsonNode root = Json.MAPPER.readTree(file.toFile());
                root.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().path("articleBody").asText("")));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserError("not valid gold JSON: " + file + ": " + e.getOriginalMessage());
        }
        return m;
    }
}
