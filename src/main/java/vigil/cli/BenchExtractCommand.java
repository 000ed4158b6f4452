package vigil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vigil.extract.ArticleExtractor;
import vigil.extract.BasicArticleExtractor;
import vigil.extract.ExtractionException;
import vigil.json.Json;
import vigil.model.RawDocument;
import vigil.pipeline.Pipelines;

/** {@code vigil bench extract}: extraction quality (with the shared scorer) and pages/s on one core. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract every page of a directory, score the bodies against gold with the shared scorer",
                "(mean word F1/P/R, acc = share of pages with F1 >= 0.9) and print pages/s on one thread, warm, and peak heap.",
                "Example: vigil bench extract --html-dir ../shared/data/extraction/dev --gold ../shared/data/extraction/dev/ground-truth.json"})
public final class BenchExtractCommand implements Callable<Integer> {
    @Option(names = "--html-dir", required = true, paramLabel = "DIR", description = "Pages (*.html, *.html.gz).")
    Path htmlDir;

    @Option(names = "--gold", paramLabel = "FILE", description = "Ground truth {\"<id>\": {\"articleBody\"}}; omit for speed only.")
    Path gold;

    @Option(names = "--scorer", paramLabel = "FILE", defaultValue = "../shared/bench/extraction/score.py",
            description = "The scorer (default ${DEFAULT-VALUE}).")
    Path scorer;

    @Option(names = "--baseline", description = "Also score the simple baseline extractor.")
    boolean baseline;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed passes after one warm-up pass (default ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException {
        List<Path> files = HtmlDir.files(htmlDir);
        if (files.isEmpty()) throw new UserError("no *.html files in " + htmlDir);
        List<RawDocument> docs = new ArrayList<>();
        for (Path p : files) docs.add(HtmlDir.read(p));
        report("vigil", Pipelines.extractor(), files, docs);
        if (baseline) report("baseline", new BasicArticleExtractor(), files, docs);
        return 0;
    }

    private void report(String name, ArticleExtractor extractor, List<Path> files, List<RawDocument> docs) throws IOException {
        PeakHeap.reset();
        Map<String, Object> predictions = ExtractCommand.batch(extractor, files);
        if (gold != null) {
            Path pred = Files.createTempFile("vigil-extract-", ".json");
            try {
                Json.MAPPER.writeValue(pred.toFile(), predictions);
                System.out.println("== " + name + ": quality (" + scorer + ")");
                System.out.print(ScorerProcess.run(scorer, gold.toString(), pred.toString(), "--name", name));
            } finally {
                Files.deleteIfExists(pred);
            }
        }
        long best = Long.MAX_VALUE;
        for (int r = 0; r < Math.max(1, rounds); r++) {
            long t0 = System.nanoTime();
            for (RawDocument d : docs) {
                try {
                    extractor.extract(d);
                } catch (ExtractionException e) {
                    // counted in quality; speed counts the attempt
                }
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        long bytes = docs.stream().mapToLong(d -> d.body().length).sum();
        double secs = best / 1e9;
        System.out.printf(Locale.ROOT, "== %s: speed: %d pages (%.1f MB) in %.2f s on one thread = %.1f pages/s; peak heap %s%n",
                name, docs.size(), bytes / 1e6, secs, docs.size() / secs, PeakHeap.describe());
    }
}
