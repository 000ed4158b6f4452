package vigil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vigil.events.BatchCoder;
import vigil.events.DictionaryEventCoder;
import vigil.events.Views;

/**
 * {@code vigil bench events}: codes every gold data set, scores it with the shared scorer (every level, per
 * data set and language) and reports sentences/s and peak heap.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Event coding quality (all scorer levels per data set and language) and speed.")
public final class BenchEventsCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/events",
            description = "gold directory with <dataset>.jsonl files (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--scorer", paramLabel = "FILE",
            description = "score.py (default: DIR/../../bench/events/score.py)")
    Path scorer;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "drop events with a confidence below X (0..1; default ${DEFAULT-VALUE})")
    double minConfidence;

    @Option(names = "--dict", paramLabel = "DIR", description = "extra dictionaries")
    Path dict;

    @Option(names = "--petrarch-dict", paramLabel = "DIR",
            description = "dictionaries for the petr2_unittest data set only, whose gold is coded with PETRARCH's "
                    + "fictional validation dictionaries (default: DATA/dictionaries/petr_validate when present)")
    Path petrarchDict;

    /** The data set coded with PETRARCH's validation dictionaries rather than with real-world ones. */
    private static final String PETRARCH_SET = "petr2_unittest";

    @Option(names = "--out", paramLabel = "DIR", description = "keep predictions here (default: a temp directory)")
    Path out;

    @Option(names = "--bare", description = "code without the language stage (as 'vigil code --bare')")
    boolean bare;

    @Option(names = "--rounds", defaultValue = "3", description = "timed rounds over all data sets for the speed figure")
    int rounds;

    /**
     * Data sets whose gold uses the 2018 draft names of PLOVER types (DISAPPROVE, DEMAND, FIGHT, INVESTIGATE,
     * CRIME), as their README says; they are scored on the PLOVER2018 view.
     */
    private static final Set<String> PLOVER2018 = Set.of("plover_gsr", "up_es_protest_plover");

    /**
     * Data sets coded by PETRARCH (or corrected from its output), which counts one event per source-target pair;
     * they are scored on the CAMEO view.
     */
    private static final Set<String> DYADIC = Set.of("petr2_unittest", "petr2_gsr");

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) throw new UserError("no gold directory: " + data);
        Path score = scorer != null ? scorer : data.toAbsolutePath().getParent().getParent().resolve("bench/events/score.py");
        if (!Files.isRegularFile(score)) throw new UserError("no scorer at " + score + " (use --scorer)");
        List<Path> sets;
        try (Stream<Path> s = Files.list(data)) {
            sets = s.filter(p -> p.toString().endsWith(".jsonl") && !p.getFileName().toString().equals("all.jsonl"))
                    .sorted().toList();
        }
        if (sets.isEmpty()) throw new UserError("no <dataset>.jsonl files in " + data);
        Path dir = out != null ? Files.createDirectories(out) : Files.createTempDirectory("vigil-bench-events");
        DictionaryEventCoder coder = new DictionaryEventCoder(CodeCommand.loadDictionaries(dict));
        var annotator = CodeCommand.annotator(bare);
        System.out.println(bare ? "coding the text alone (--bare)" : "coding after the language stage, as ingest does");
        Path petr = petrarchDict != null ? petrarchDict : data.resolve("dictionaries/petr_validate");
        if (petrarchDict != null && !Files.isDirectory(petr)) throw new UserError("no dictionary directory: " + petr);
        DictionaryEventCoder petrCoder = Files.isDirectory(petr)
                ? new DictionaryEventCoder(CodeCommand.loadDictionaries(petr)) : null;

        List<Path> preds = new ArrayList<>();
        for (Path gold : sets) {
            String name = gold.getFileName().toString().replace(".jsonl", "");
            Views view = viewFor(name, gold);
            Path pred = dir.resolve(name + ".pred.jsonl");
            try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8);
                 Writer w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
                boolean usePetr = petrCoder != null && name.equals(PETRARCH_SET);
                new BatchCoder(usePetr ? petrCoder : coder, annotator, view, minConfidence).run(r, w, gold.toString());
            }
            preds.add(pred);
            System.out.println("== " + name + " (view " + view + ")");
            if (petrCoder != null && name.equals(PETRARCH_SET)) {
                System.out.println("   coded with the built-in dictionaries plus " + petr
                        + " (the PETRARCH validation dictionaries its gold is coded with), not with --dict");
            }
            for (String lang : List.of("en", "es", "ar")) {
                String res = python(score, gold, pred, "--lang", lang);
                if (!res.startsWith("gold records: 0 ")) print(res, false);
            }
        }
        // one combined prediction file for the per-language totals
        Path allPred = dir.resolve("all.pred.jsonl");
        try (Writer w = Files.newBufferedWriter(allPred, StandardCharsets.UTF_8)) {
            for (Path p : preds) w.write(Files.readString(p, StandardCharsets.UTF_8));
        }
        Path allGold = data.resolve("all.jsonl");
        if (Files.isRegularFile(allGold)) {
            for (String lang : List.of("en", "es", "ar")) {
                System.out.println("== ALL datasets, lang " + lang);
                print(python(score, allGold, allPred, "--lang", lang, "--quiet"), true);
            }
        }
        speed(coder, annotator, sets);
        System.out.println("predictions: " + dir);
        return 0;
    }

    private static Views viewFor(String name, Path gold) throws IOException {
        if (name.equals("up_es_protest_plover")) return Views.PLOVER2018_MOBILIZE; // its annotators' MOBILIZE: mass action
        if (PLOVER2018.contains(name)) return Views.PLOVER2018;
        if (DYADIC.contains(name)) return Views.CAMEO;
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first != null && first.contains("\"ontology\": \"ACLED\"")) return Views.ACLED;
        }
        return Views.STANDARD;
    }

    private void speed(DictionaryEventCoder coder, java.util.function.Function<vigil.model.Article, vigil.model.AnnotatedArticle> annotator, List<Path> sets) throws IOException {
        long nanos = 0, wall = 0;
        int sentences = 0, records = 0;
        for (int round = 0; round <= Math.max(1, rounds); round++) {
            for (Path gold : sets) {
                long t0 = System.nanoTime();
                try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
                    BatchCoder.Stats st = new BatchCoder(coder, annotator, Views.STANDARD).run(r, new StringWriter(), gold.toString());
                    if (round == 0) continue; // warm-up
                    wall += System.nanoTime() - t0;
                    nanos += st.nanos();
                    sentences += st.sentences();
                    records += st.records();
                }
            }
        }
        double secs = nanos / 1e9, wallSecs = wall / 1e9;
        long peak = PeakHeap.bytes();
        System.out.printf("== speed (one thread): %d records, %d sentences; end to end (read, parse, %s, write JSON) %.2f s = %.0f sentences/s, %.0f records/s; coding alone %.0f sentences/s; peak heap %.1f MB%n",
                records, sentences, bare ? "code" : "language stage, code", wallSecs, sentences / wallSecs, records / wallSecs, sentences / secs, peak / 1048576.0);
        System.out.println("   (shared 2-core machine: figures are noisy)");
    }

    private static void print(String s, boolean totals) {
        for (String line : s.split("\n")) {
            if (line.startsWith("gold records:") || (!totals && line.startsWith("ALL "))) continue;
            System.out.println("  " + line);
        }
    }

    private static String python(Path score, Path gold, Path pred, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", score.toString(), gold.toString(), pred.toString()));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String outText;
        try (var in = new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = in.read(buf)) > 0) b.append(buf, 0, n);
            outText = b.toString();
        }
        if (p.waitFor() != 0) throw new UserError("scorer failed: " + outText.strip());
        return outText;
    }
}
