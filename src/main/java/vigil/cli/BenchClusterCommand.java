package vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vigil.json.Json;
import vigil.stories.DuplicateDetector;
import vigil.stories.StoryClusterer;
import vigil.stories.StoryInput;
import vigil.stories.StoryStream;

/**
 * {@code vigil bench cluster}: story clustering quality against gold clusters (B-cubed and pairwise F1, scored by
 * the shared scorer) with articles/s and peak heap; {@code --scale} measures how throughput holds up as the
 * number of articles already seen grows.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Story clustering: B-cubed P/R/F1 and pairwise F1 on gold clusters, articles/s, peak heap.",
                "--scale: articles/s of dedup + clustering after 10k, 100k and 1M synthetic articles."})
public final class BenchClusterCommand implements Callable<Integer> {
    @Option(names = "--data", description = "gold JSON Lines with \"cluster\" labels",
            defaultValue = "../shared/data/clusters/ecbplus.dev.jsonl")
    Path data;

    @Option(names = "--scorer", defaultValue = "../shared/bench/clusters/score.py", description = "scorer script")
    Path scorer;

    @Option(names = "--order", defaultValue = "date",
            description = "feeding order: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); all orders are "
                    + "also reported unless --only-order")
    ClusterInputs.Order order;

    @Option(names = "--only-order", description = "report only the chosen --order")
    boolean onlyOrder;

    @Option(names = "--shuffles", defaultValue = "5", description = "seeds averaged for the shuffled order")
    int shuffles;

    @Option(names = "--threshold", description = "override the clusterer's similarity threshold")
    Double threshold;

    @Option(names = "--name-weight", description = "override the clusterer's weight of names")
    Double nameWeight;

    @Option(names = "--linkage", description = "override the clusterer's linkage: average or centroid")
    String linkage;

    @Option(names = "--scale", description = "run the scale benchmark instead (synthetic articles)")
    boolean scale;

    @Option(names = "--scale-sizes", split = ",", defaultValue = "10000,100000,1000000",
            description = "pre-loaded article counts for --scale")
    List<Integer> scaleSizes;

    @Option(names = "--scale-measure", defaultValue = "20000", description = "articles timed at each size")
    int scaleMeasure;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (scale) {
            new ClusterScaleBench(scaleSizes, scaleMeasure, this::newStream).run(System.out);
            return 0;
        }
        if (!Files.isRegularFile(data)) throw new UserError("no such data file: " + data);
        if (!Files.isRegularFile(scorer)) throw new UserError("no scorer at " + scorer + " (use --scorer)");
        List<StoryInput> articles = ClusterInputs.read(data);
        Map<String, Object> primary = run(articles, order, 1, true);
        if (!onlyOrder) {
            for (ClusterInputs.Order o : ClusterInputs.Order.values()) {
                if (o == order || o == ClusterInputs.Order.shuffle) continue;
                run(articles, o, 1, false);
            }
            if (order != ClusterInputs.Order.shuffle) {
                double sum = 0;
                double min = 1;
                for (int s = 1; s <= shuffles; s++) {
                    double f = (double) run(articles, ClusterInputs.Order.shuffle, s, false).get("b3_f1");
                    sum += f;
                    min = Math.min(min, f);
                }
                System.out.printf("shuffled order, %d seeds: mean B3-F1 %.3f, min %.3f%n", shuffles, sum / shuffles, min);
            }
        }
        return primary.isEmpty() ? 1 : 0;
    }

    private StoryStream newStream() {
        StoryClusterer.Config c = StoryClusterer.Config.defaults();
        if (threshold != null) c = c.withThreshold(threshold);
        if (nameWeight != null) c = c.withNameWeight(nameWeight);
        if (linkage != null) c = c.withAverageLink(linkage.equals("average"));
        return new StoryStream(new DuplicateDetector(), new StoryClusterer(c));
    }

    private Map<String, Object> run(List<StoryInput> all, ClusterInputs.Order o, long seed, boolean verbose)
            throws IOException, InterruptedException {
        List<StoryInput> articles = ClusterInputs.order(all, o, seed);
        Path pred = Files.createTempFile("vigil-cluster-", ".jsonl");
        Path json = Files.createTempFile("vigil-score-", ".json");
        try {
            if (verbose) {
                StoryStream warmUp = newStream(); // so the timed run is not the JIT compiler's first
                for (StoryInput a : articles) warmUp.process(a);
            }
            StoryStream stream = newStream();
            List<String[]> rows = new ArrayList<>();
            ClusterScaleBench.resetPeakHeap();
            long t0 = System.nanoTime();
            for (StoryInput a : articles) rows.add(new String[] {a.id(), stream.process(a).story().storyId()});
            double secs = (System.nanoTime() - t0) / 1e9;
            try (BufferedWriter w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
                for (String[] r : rows) {
                    Map<String, String> line = new LinkedHashMap<>();
                    line.put("id", r[0]);
                    line.put("cluster", r[1]);
                    w.write(Json.MAPPER.writeValueAsString(line));
                    w.newLine();
                }
            }
            Process p = new ProcessBuilder("python3", scorer.toString(), data.toString(), pred.toString(),
                    "--json", json.toString(), "--quiet").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new UserError("scorer failed: " + out.strip());
            JsonNode m = Json.MAPPER.readTree(json.toFile()).get("overall");
            Map<String, Object> r = new LinkedHashMap<>();
            for (String k : List.of("b3_precision", "b3_recall", "b3_f1", "pair_precision", "pair_recall", "pair_f1")) {
                r.put(k, m.get(k).asDouble());
            }
            long stories = rows.stream().map(x -> x[1]).distinct().count();
            String label = o == ClusterInputs.Order.shuffle ? "shuffle(seed " + seed + ")" : o.name();
            if (verbose) {
                System.out.printf("data: %s (%d articles), order: %s%n", data, articles.size(), label);
                System.out.printf("B-cubed  P %.3f  R %.3f  F1 %.3f%n", r.get("b3_precision"), r.get("b3_recall"),
                        r.get("b3_f1"));
                System.out.printf("pairwise P %.3f  R %.3f  F1 %.3f%n", r.get("pair_precision"),
                        r.get("pair_recall"), r.get("pair_f1"));
                System.out.printf("stories: %d; %.0f articles/s (dedup + clustering, one thread); peak heap %d MB%n",
                        stories, articles.size() / secs, ClusterScaleBench.peakHeapMb());
            } else {
                System.out.printf("order %-16s B3 P %.3f R %.3f F1 %.3f | pair F1 %.3f | %d stories%n", label,
                        r.get("b3_precision"), r.get("b3_recall"), r.get("b3_f1"), r.get("pair_f1"), stories);
            }
            return r;
        } finally {
            Files.deleteIfExists(pred);
            Files.deleteIfExists(json);
        }
    }
}
