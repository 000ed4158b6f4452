package vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vigil.extract.ArticleExtractor;
import vigil.extract.ExtractionException;
import vigil.json.Json;
import vigil.model.Article;
import vigil.model.RawDocument;
import vigil.pipeline.Pipelines;
import vigil.source.Fetcher;
import vigil.source.FetchResult;
import vigil.source.FetchException;
import vigil.source.SourceException;
import vigil.source.SourceOptions;

/** {@code vigil extract}: one page as JSON, or a directory of pages in the benchmark's batch format. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the article (title, main text, dates, author, language, page type) from HTML.",
                "  vigil extract FILE|URL                 prints one article as JSON",
                "  vigil extract --html-dir DIR --out F    writes {\"<file name>\": {articleBody, title, published, author, language, pageType}}"})
public final class ExtractCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE|URL", description = "An HTML file or an http(s) URL.")
    String input;

    @Option(names = "--html-dir", paramLabel = "DIR", description = "Extract every *.html and *.html.gz file of DIR.")
    Path htmlDir;

    @Option(names = "--out", paramLabel = "FILE", description = "With --html-dir: where to write the JSON (default: standard output).")
    Path out;

    @Option(names = "--allow-private", description = "Allow fetching a URL on a private or loopback address.")
    boolean allowPrivate;

    @Override
    public Integer call() throws IOException {
        if ((input == null) == (htmlDir == null)) throw new UserError("give either FILE|URL or --html-dir DIR");
        ArticleExtractor extractor = Pipelines.extractor();
        PrintWriter pw = spec.commandLine().getOut();
        if (htmlDir != null) {
            Map<String, Object> all = batch(extractor, HtmlDir.files(htmlDir));
            String json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(all);
            if (out == null) pw.println(json);
            else Files.writeString(out, json);
            return 0;
        }
        RawDocument raw = load(input);
        try {
            pw.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(extractor.extract(raw)));
        } catch (ExtractionException e) {
            throw new UserError(input + ": " + e.getMessage());
        }
        pw.flush();
        return 0;
    }

    /** Extracts every file; a page that fails gets an empty body (and a line on standard error). */
    static Map<String, Object> batch(ArticleExtractor extractor, List<Path> files) throws IOException {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Path p : files) {
            Map<String, Object> row = new LinkedHashMap<>();
            try {
                Article a = extractor.extract(HtmlDir.read(p));
                row.put("articleBody", a.text());
                row.put("title", a.title());
                row.put("published", a.published() == null ? null : a.published().toString());
                row.put("author", a.author());
                row.put("language", a.language());
                row.put("pageType", a.pageType().name().toLowerCase(java.util.Locale.ROOT));
            } catch (ExtractionException e) {
                System.err.println("vigil: " + p.getFileName() + ": " + e.getMessage());
                row.put("articleBody", "");
            }
            all.put(HtmlDir.key(p), row);
        }
        return all;
    }

    private RawDocument load(String in) throws IOException {
        if (in.startsWith("http://") || in.startsWith("https://")) {
            try {
                Fetcher f = new Fetcher(SourceOptions.defaults().withAllowPrivateAddresses(allowPrivate));
                FetchResult r = f.fetch(in);
                if (!r.ok()) throw new UserError(in + ": " + r.statusLine());
                return r.toRawDocument(in);
            } catch (SourceException | FetchException e) {
                throw new UserError(in + ": " + e.getMessage());
            }
        }
        Path p = Path.of(in);
        if (!Files.isRegularFile(p)) throw new UserError("no such file: " + in);
        return HtmlDir.read(p);
    }
}
