package vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vigil.geo.Gazetteer;
import vigil.geo.Geoparser;
import vigil.json.Json;
import vigil.model.Place;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vigil bench geo --data ../shared/data/geo}: geoparses each gold corpus, scores it with the shared
 * scorer (python3) and prints P/R/F1, acc@161, country accuracy, chars/s and peak heap.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Geoparser quality (span P/R/F1, acc@161km, country accuracy) and throughput on gold corpora.")
public final class BenchGeoCommand implements Callable<Integer> {
    private static final List<String> CORPORA = List.of("gwn", "trnews", "lgl", "geovirus");

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "folder with gwn.jsonl, trnews.jsonl, lgl.jsonl, geovirus.jsonl")
    Path data;

    @Option(names = "--scorer", paramLabel = "FILE", description = "score.py (default: DIR/../../bench/geo/score.py)")
    Path scorer;

    @Option(names = "--out", paramLabel = "DIR", description = "keep the predictions here (default: a temporary folder)")
    Path outDir;

    @Option(names = "--repeat", defaultValue = "1", description = "geoparse each corpus this many times for the speed figure")
    int repeat;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) throw new UserError("no such data folder: " + data);
        Path sc = scorer != null ? scorer : data.toAbsolutePath().normalize().resolve("../../bench/geo/score.py").normalize();
        if (!Files.isRegularFile(sc)) throw new UserError("scorer not found: " + sc + " (use --scorer)");
        Path out = outDir != null ? Files.createDirectories(outDir) : Files.createTempDirectory("vigil-bench-geo");

        long t0 = System.nanoTime();
        Gazetteer gaz = Gazetteer.get();
        Geoparser geo = Geoparser.get();
        geo.geoparse("Warm-up in Paris, Texas and Baghdad.", "en");
        System.out.printf("gazetteer: %,d places loaded in %.1f s%n", gaz.size(), (System.nanoTime() - t0) / 1e9);
        System.out.printf("%-9s %5s %6s %6s %6s %6s %8s %8s %8s %10s%n", "corpus", "docs", "P", "R", "F1", "acc161",
                "country", "e2e_F1", "med_km", "chars/s");
        int found = 0;
        for (String name : CORPORA) {
            Path gold = data.resolve(name + ".jsonl");
            if (!Files.isRegularFile(gold)) continue;
            found++;
            List<JsonNode> docs = new ArrayList<>();
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) docs.add(Json.MAPPER.readTree(line));
            }
            List<List<Place>> results = new ArrayList<>();
            long chars = 0;
            long start = System.nanoTime();
            for (int r = 0; r < repeat; r++) {
                results.clear();
                for (JsonNode d : docs) {
                    String text = d.path("text").asText();
                    chars += text.length();
                    results.add(geo.geoparse(text, "en"));
                }
            }
            double secs = (System.nanoTime() - start) / 1e9;
            Path pred = out.resolve(name + ".pred.jsonl");
            try (BufferedWriter w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
                for (int i = 0; i < docs.size(); i++) {
                    w.write(Json.MAPPER.writeValueAsString(GeoparseCommand.toJson(docs.get(i).get("id"), results.get(i))));
                    w.newLine();
                }
            }
            JsonNode s = score(sc, gold, pred);
            System.out.printf("%-9s %5d %6.3f %6.3f %6.3f %6.3f %8.3f %8.3f %8.1f %,10.0f%n", name, docs.size(),
                    s.path("precision").asDouble(), s.path("recall").asDouble(), s.path("f1").asDouble(),
                    s.path("acc@161").asDouble(), s.path("country_acc").asDouble(), s.path("e2e_f1").asDouble(),
                    s.path("median_km").asDouble(), chars / secs);
        }
        if (found == 0) throw new UserError("no gold corpora (gwn/trnews/lgl/geovirus .jsonl) in " + data);
        System.out.printf("peak heap: %.0f MB (throughput is single-threaded, on a shared machine: noisy)%n",
                PeakHeap.bytes() / 1e6);
        System.out.println("predictions: " + out);
        return 0;
    }

    private static JsonNode score(Path scorer, Path gold, Path pred) throws IOException {
        return Json.MAPPER.readTree(ScorerProcess.run(scorer, gold.toString(), pred.toString(), "--json"));
    }
}
