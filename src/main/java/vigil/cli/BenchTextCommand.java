package vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vigil.json.Json;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.Entity;
import vigil.model.EntityType;
import vigil.text.TextAnnotator;

/**
 * {@code vigil bench text}: throughput (characters per second on one core, peak heap, dictionary load time) of
 * the whole language stage, and — when the input has gold toponym spans ({@code toponyms[].start/end}, as in
 * {@code ../shared/data/geo/*.jsonl}) — the LOCATION-entity span precision/recall/F1, exact and overlapping.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Benchmark the language stage (vigil.text): chars/s per core, peak heap, LOCATION span P/R/F1.")
public final class BenchTextCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "JSONL files (one object per line with a \"text\" field, optional gold \"toponyms\"), "
                    + "directories of such files, or .txt files. Default: ../shared/data/geo")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--language", description = "Language of the texts (default: detect per text).")
    String language;

    @Option(names = "--passes", defaultValue = "3", description = "Timed passes over the input after one warm-up pass.")
    int passes;

    private record Doc(String dataset, String text, List<int[]> gold, String lang) {}

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (inputs.isEmpty()) inputs = List.of(Path.of("../shared/data/geo"));
        if (passes < 1) throw new UserError("--passes must be at least 1");
        List<Doc> docs = new ArrayList<>();
        for (Path p : inputs) read(p, docs);
        if (docs.isEmpty()) throw new UserError("no texts found in " + inputs);
        long chars = docs.stream().mapToLong(d -> d.text.length()).sum();

        PeakHeap.reset();
        long t0 = System.nanoTime();
        TextAnnotator annotator = new TextAnnotator();
        annotator.annotate(article("warm", "Dictionaries load on first use.", language)); // loads everything once
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        List<AnnotatedArticle> results = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) results.add(annotator.annotate(article("d" + i, docs.get(i).text, language)));
        long start = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (int i = 0; i < docs.size(); i++) annotator.annotate(article("d" + i, docs.get(i).text, language));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = PeakHeap.bytes();

        out.printf("vigil bench text: %d texts, %,d chars, %d timed passes on 1 thread%n", docs.size(), chars, passes);
        out.printf("  dictionary load + first article: %.2f s%n", loadSeconds);
        out.printf("  throughput: %,.0f chars/s per core (%.1f texts/s)%n", chars * passes / seconds,
                docs.size() * passes / seconds);
        out.printf("  peak heap: %,d MB (max heap %,d MB)%n", peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        Map<String, Long> types = new TreeMap<>();
        for (AnnotatedArticle a : results) for (Entity e : a.entities()) types.merge(e.type().name(), 1L, Long::sum);
        out.printf("  entities: %s; dates: %d; quantities: %d%n", types,
                results.stream().mapToLong(a -> a.dates().size()).sum(),
                results.stream().mapToLong(a -> a.quantities().size()).sum());
        if (docs.stream().anyMatch(d -> d.gold != null)) {
            quality(out, docs, results, Set.of(EntityType.LOCATION), "LOCATION");
            quality(out, docs, results, Set.of(EntityType.LOCATION, EntityType.NORP),
                    "LOCATION+NORP (gold sets that count adjectival toponyms such as \"Russian\")");
        }
        if (language == null && docs.stream().anyMatch(d -> d.lang != null)) languageId(out, docs, results);
        out.flush();
    }

    /** Accuracy of the language detector against a "lang" field, per gold language. */
    private static void languageId(PrintWriter out, List<Doc> docs, List<AnnotatedArticle> results) {
        Map<String, long[]> byLang = new TreeMap<>();
        Map<String, Long> confusions = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            String gold = docs.get(i).lang;
            if (gold == null) continue;
            String got = results.get(i).article().language();
            long[] c = byLang.computeIfAbsent(gold, k -> new long[2]);
            c[1]++;
            if (gold.equals(got)) c[0]++;
            else confusions.merge(gold + "->" + got, 1L, Long::sum);
        }
        out.println("  language id vs \"lang\" field (accuracy):");
        byLang.forEach((l, c) -> out.printf("    %-4s %5d/%5d = %.3f%n", l, c[0], c[1], ratio(c[0], c[1])));
        if (!confusions.isEmpty()) out.println("    errors: " + confusions);
    }

    private static void quality(PrintWriter out, List<Doc> docs, List<AnnotatedArticle> results, Set<EntityType> kinds,
                                String label) {
        Map<String, long[]> byDataset = new TreeMap<>(); // tp exact, tp overlap(gold), pred, gold, tp overlap(pred)
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            if (d.gold == null) continue;
            List<int[]> pred = new ArrayList<>();
            for (Entity e : results.get(i).entities()) {
                if (kinds.contains(e.type())) pred.add(new int[] {e.span().start(), e.span().end()});
            }
            Set<Long> goldExact = new HashSet<>();
            for (int[] g : d.gold) goldExact.add(((long) g[0] << 32) | g[1]);
            long exact = pred.stream().filter(p -> goldExact.contains(((long) p[0] << 32) | p[1])).count();
            long goldHit = d.gold.stream().filter(g -> pred.stream().anyMatch(p -> p[0] < g[1] && g[0] < p[1])).count();
            long predHit = pred.stream().filter(p -> d.gold.stream().anyMatch(g -> p[0] < g[1] && g[0] < p[1])).count();
            for (String key : List.of(d.dataset, "ALL")) {
                long[] c = byDataset.computeIfAbsent(key, k -> new long[5]);
                c[0] += exact;
                c[1] += goldHit;
                c[2] += pred.size();
                c[3] += d.gold.size();
                c[4] += predHit;
            }
        }
        out.println("  " + label + " entities vs gold toponym spans (exact P/R/F1 | overlap P/R/F1):");
        byDataset.forEach((k, c) -> {
            double p = ratio(c[0], c[2]);
            double r = ratio(c[0], c[3]);
            double po = ratio(c[4], c[2]);
            double ro = ratio(c[1], c[3]);
            out.printf("    %-12s gold %5d pred %5d  exact %.3f/%.3f/%.3f | overlap %.3f/%.3f/%.3f%n", k, c[3], c[2],
                    p, r, f1(p, r), po, ro, f1(po, ro));
        });
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Article article(String id, String text, String language) {
        Instant now = Instant.parse("2026-03-06T12:00:00Z");
        return new Article(id, "bench:" + id, null, null, null, "", text, now, null, List.of(), language, now, null,
                null, null, false, null);
    }

    private static void read(Path p, List<Doc> into) {
        if (!Files.exists(p)) throw new UserError("no such file or directory: " + p);
        try {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    for (Path f : s.sorted().filter(f -> f.toString().endsWith(".jsonl") || f.toString().endsWith(".txt"))
                            .toList()) {
                        read(f, into);
                    }
                }
            } else if (p.toString().endsWith(".jsonl")) {
                String dataset = p.getFileName().toString().replace(".jsonl", "");
                int no = 0;
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    no++;
                    if (line.isBlank()) continue;
                    JsonNode n;
                    try {
                        n = Json.MAPPER.readTree(line);
                    } catch (IOException e) {
                        throw new UserError(p + ":" + no + ": not JSON");
                    }
                    if (!n.hasNonNull("text")) throw new UserError(p + ":" + no + ": no \"text\" field");
                    List<int[]> gold = null;
                    if (n.has("toponyms")) {
                        gold = new ArrayList<>();
                        for (JsonNode t : n.get("toponyms")) gold.add(new int[] {t.get("start").asInt(), t.get("end").asInt()});
                    }
                    into.add(new Doc(dataset, n.get("text").asText(), gold, n.hasNonNull("lang") ? n.get("lang").asText() : null));
                }
            } else {
                into.add(new Doc(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8), null, null));
            }
        } catch (IOException e) {
            throw new UserError("cannot read " + p + ": " + e.getMessage());
        }
    }


}
