package vigil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/** Texts of known language for {@code vigil bench lang}, read in place from the shared data directory. */
final class LangBenchData {
    private LangBenchData() {}

    static List<BenchLangCommand.Doc> read(Path data, List<Path> extra, int maxChars) {
        if (!Files.isDirectory(data) && extra.isEmpty()) throw new UserError("no such directory: " + data);
        List<BenchLangCommand.Doc> docs = new ArrayList<>();
        if (Files.isDirectory(data)) {
            events(data.resolve("events/all.jsonl"), docs);
            corpus(data.resolve("corpus"), docs);
            geo(data.resolve("geo"), docs);
            titles(data.resolve("clusters/ecbplus.dev.jsonl"), "ecbplus", docs);
        }
        for (Path p : extra) {
            if (!Files.isRegularFile(p)) throw new UserError("no such file: " + p);
            for (JsonNode n : BenchLangCommand.jsonLines(p)) {
                if (!n.hasNonNull("text") || !n.hasNonNull("lang")) continue;
                String text = n.get("text").asText();
                String kind = text.length() <= 150 ? "title" : text.length() <= 600 ? "sentence" : "article";
                add(docs, p.getFileName().toString(), kind, n.get("lang").asText(), text);
            }
        }
        List<BenchLangCommand.Doc> cut = new ArrayList<>(docs.size());
        for (BenchLangCommand.Doc d : docs) {
            String t = d.text().length() > maxChars ? d.text().substring(0, maxChars) : d.text();
            cut.add(new BenchLangCommand.Doc(d.source(), d.kind(), d.lang(), t));
        }
        return cut;
    }

    /** en/es/ar event-coding gold: sentences and short snippets with a "lang" field. */
    private static void events(Path p, List<BenchLangCommand.Doc> docs) {
        if (!Files.isRegularFile(p)) return;
        for (JsonNode n : BenchLangCommand.jsonLines(p)) {
            if (n.hasNonNull("text") && n.hasNonNull("lang")) {
                add(docs, "events", "sentence", n.get("lang").asText(), n.get("text").asText());
            }
        }
    }

    /** The end-to-end corpus: page titles from the manifest and gold article texts, language from {@code <html lang>}. */
    private static void corpus(Path dir, List<BenchLangCommand.Doc> docs) {
        Path manifest = dir.resolve("manifest.tsv");
        if (!Files.isRegularFile(manifest)) return;
        Map<String, String> langOf = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length < 10 || !f[1].equals("html")) continue;
                String lang = f[7].strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
                if (lang.length() != 2) continue; // not declared
                langOf.put(f[0], lang);
                add(docs, "corpus", "title", lang, f[9]);
            }
        } catch (IOException e) {
            throw new UserError("cannot read " + manifest + ": " + e.getMessage());
        }
        Path gold = dir.resolve("gold.jsonl");
        if (!Files.isRegularFile(gold)) return;
        for (JsonNode n : BenchLangCommand.jsonLines(gold)) {
            String lang = langOf.get(n.path("file").asText());
            if (lang != null && n.hasNonNull("text")) add(docs, "corpus", "article", lang, n.get("text").asText());
        }
    }

    /** Geoparsing gold: English news articles and their titles. */
    private static void geo(Path dir, List<BenchLangCommand.Doc> docs) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (JsonNode n : BenchLangCommand.jsonLines(p)) {
                    if (n.hasNonNull("text")) add(docs, "geo", "article", "en", n.get("text").asText());
                    if (n.hasNonNull("title")) add(docs, "geo", "title", "en", n.get("title").asText());
                }
            }
        } catch (IOException e) {
            throw new UserError("cannot list " + dir + ": " + e.getMessage());
        }
    }

    /** Titles of an English news collection. */
    private static void titles(Path p, String source, List<BenchLangCommand.Doc> docs) {
        if (!Files.isRegularFile(p)) return;
        for (JsonNode n : BenchLangCommand.jsonLines(p)) {
            if (n.hasNonNull("title")) add(docs, source, "title", "en", n.get("title").asText());
        }
    }

    private static void add(List<BenchLangCommand.Doc> docs, String source, String kind, String lang, String text) {
        if (text == null || text.isBlank()) return;
        docs.add(new BenchLangCommand.Doc(source, kind, lang.strip().toLowerCase(Locale.ROOT), text.strip()));
    }
}
