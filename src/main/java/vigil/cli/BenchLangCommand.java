package vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.ServiceLoader;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vigil.json.Json;
import vigil.text.LanguageDetector;
import vigil.text.OpenNlpLanguageId;
import vigil.text.ScriptWordsLanguageId;
import vigil.text.TextAnnotator;
import vigil.cli.LanguageIdCandidates.Candidate;

/**
 * {@code vigil bench lang}: language-id candidates side by side on texts of known language — accuracy per kind
 * of text (title, sentence, article) and per language, accuracy of the routing that matters (en / es / ar / not
 * coded), load time, heap the loaded model keeps, peak heap, docs/s and chars/s on one thread.
 *
 * <p>Default data, read in place from {@code ../shared/data}: {@code events/all.jsonl} (en/es/ar sentences and
 * snippets, "lang" per record), {@code corpus/gold.jsonl} texts and {@code corpus/manifest.tsv} titles (language
 * from {@code <html lang>}: en, de, es, no, is, ja), {@code geo/*.jsonl} (English articles and titles) and
 * {@code clusters/ecbplus.dev.jsonl} titles (English). More: {@code --jsonl FILE} with "text" and "lang".
 */
@Command(name = "lang", mixinStandardHelpOptions = true,
        description = "Benchmark language identification: accuracy (titles, sentences, articles), routing en/es/ar/other, "
                + "load time, model heap, docs/s and chars/s for Vigil's detector, OpenNLP and Lingua.")
public final class BenchLangCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "../shared/data", description = "Shared data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--jsonl", description = "Extra JSONL file(s) with \"text\" and \"lang\" (kind: by length).")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--max-chars", defaultValue = "3000",
            description = "Each text is cut to this many characters before detection (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--passes", defaultValue = "2", description = "Timed passes after one warm-up pass (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--show-errors", defaultValue = "0", description = "Print this many misidentified texts per candidate.")
    int showErrors;

    @Option(names = "--only", split = ",", description = "Candidates to run, by name prefix (e.g. vigil,opennlp,lingua-low).")
    List<String> only = new ArrayList<>();

    record Doc(String source, String kind, String lang, String text) {}

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (passes < 1) throw new UserError("--passes must be at least 1");
        if (maxChars < 20) throw new UserError("--max-chars must be at least 20");
        List<Doc> docs = LangBenchData.read(data, extra, maxChars);
        if (docs.isEmpty()) throw new UserError("no texts with a known language found under " + data);
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> byLang = new TreeMap<>();
        for (Doc d : docs) {
            byKind.merge(d.kind(), 1L, Long::sum);
            byLang.merge(d.lang(), 1L, Long::sum);
        }
        out.printf("vigil bench lang: %,d texts, %,d chars (cut to %,d chars each), %d timed passes on 1 thread%n",
                docs.size(), chars, maxChars, passes);
        out.println("  kinds: " + byKind + "  languages: " + byLang);
        out.println("  (shared machine: speed figures are noisy; \"model heap\" = heap retained after loading, after GC)");

        List<Candidate> candidates = List.of(
                new Candidate("vigil-words", "before: script + function words, ~30 languages, no model",
                        () -> ScriptWordsLanguageId::detect),
                new Candidate("opennlp", "OpenNLP langdetect-183 alone, 103 languages, 10.6 MB jar",
                        () -> t -> {
                            OpenNlpLanguageId.Guess g = OpenNlpLanguageId.get().raw(t, Integer.MAX_VALUE);
                            return g == null ? null : g.language();
                        }),
                new Candidate("vigil-script+opennlp", "chosen: script first, OpenNLP for Latin script (first "
                        + "1,000 chars); load shared with opennlp above", () -> LanguageDetector::detect));
        List<Candidate> all = new ArrayList<>(candidates);
        try {
            for (LanguageIdCandidates more : ServiceLoader.load(LanguageIdCandidates.class)) all.addAll(more.candidates());
        } catch (java.util.ServiceConfigurationError | NoClassDefFoundError e) {
            // classes left in target/ by an earlier -Pbench-lingua build, without Lingua's jar on this classpath
        }
        if (all.size() == candidates.size()) {
            out.println("  (Lingua is not in this build: build with `mvn -Pbench-lingua -DskipTests package` to compare it)");
        }

        out.printf("  %-22s %6s %7s %7s %8s %11s | %6s %6s %6s %6s | %6s%n", "candidate", "load s", "modelMB", "peakMB",
                "docs/s", "chars/s", "title", "sent", "articl", "all", "route");
        List<String> details = new ArrayList<>();
        for (Candidate c : all) {
            if (!only.isEmpty() && only.stream().noneMatch(c.name()::startsWith)) continue;
            measure(c, docs, chars, out, details);
        }
        out.println("  title/sent/articl/all = exact-language accuracy; route = en/es/ar/not-coded decision accuracy");
        details.forEach(out::println);
        out.flush();
    }

    private void measure(Candidate c, List<Doc> docs, long chars, PrintWriter out, List<String> details) {
        long before = usedAfterGc();
        PeakHeap.reset();
        long t0 = System.nanoTime();
        Function<String, String> detector = c.loader().get();
        detector.apply("warm up"); // lazy models load here
        double load = (System.nanoTime() - t0) / 1e9;
        long model = Math.max(0, usedAfterGc() - before);
        String[] got = new String[docs.size()];
        for (int i = 0; i < docs.size(); i++) got[i] = detector.apply(docs.get(i).text()); // warm-up pass, kept
        long start = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (Doc d : docs) detector.apply(d.text());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = PeakHeap.bytes();

        Map<String, long[]> kind = new TreeMap<>();
        Map<String, long[]> lang = new TreeMap<>();
        Map<String, Long> confusions = new HashMap<>();
        long route = 0;
        int shown = 0;
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            boolean ok = d.lang().equals(got[i]);
            for (String k : List.of(d.kind(), "all")) count(kind, k, ok);
            count(lang, d.lang() + "/" + d.kind(), ok);
            if (routeOf(d.lang()).equals(routeOf(got[i]))) route++;
            if (!ok) confusions.merge(d.lang() + "->" + got[i], 1L, Long::sum);
            if (!ok && shown++ < showErrors) {
                details.add("    " + c.name() + " " + d.lang() + "->" + got[i] + ": " + d.text().substring(0, Math.min(100, d.text().length())).replace('\n', ' '));
            }
        }
        out.printf("  %-22s %6.2f %7d %7d %8.0f %,11.0f | %6s %6s %6s %6s | %6.3f%n", c.name(), load, model >> 20, peak >> 20,
                docs.size() * passes / seconds, chars * passes / seconds, acc(kind.get("title")), acc(kind.get("sentence")),
                acc(kind.get("article")), acc(kind.get("all")), (double) route / docs.size());
        StringBuilder sb = new StringBuilder("  ").append(c.name()).append(" (").append(c.note()).append(")\n    per language/kind: ");
        lang.forEach((k, v) -> sb.append(k).append(' ').append(v[0]).append('/').append(v[1]).append("  "));
        Map<String, Long> top = new LinkedHashMap<>();
        confusions.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        sb.append("\n    top errors: ").append(top);
        details.add(sb.toString());
    }

    /** Where the pipeline sends a language: one of the coded three, or "not coded" (unknown included). */
    static String routeOf(String lang) {
        return TextAnnotator.isCoded(lang) ? lang : "other";
    }

    private static void count(Map<String, long[]> m, String key, boolean ok) {
        long[] c = m.computeIfAbsent(key, k -> new long[2]);
        if (ok) c[0]++;
        c[1]++;
    }

    private static String acc(long[] c) {
        return c == null || c[1] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) c[0] / c[1]);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }



    /** Reads a JSONL file's records as parsed JSON, with a one-line error for a broken line. */
    static List<JsonNode> jsonLines(Path p) {
        List<JsonNode> nodes = new ArrayList<>();
        try {
            int no = 0;
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                no++;
                if (line.isBlank()) continue;
                try {
                    nodes.add(Json.MAPPER.readTree(line));
                } catch (IOException e) {
                    throw new UserError(p + ":" + no + ": not JSON");
                }
            }
        } catch (IOException e) {
            throw new UserError("cannot read " + p + ": " + e.getMessage());
        }
        return nodes;
    }
}
