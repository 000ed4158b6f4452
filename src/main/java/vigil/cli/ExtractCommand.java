package vigil.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vigil.extract.ArticleExtractor;
import vigil.extract.ExtractionException;
import vigil.extract.HtmlArticleExtractor;
import vigil.json.Json;
import vigil.model.Article;
import vigil.model.RawDocument;
import vigil.source.FetchException;
import vigil.source.Fetcher;
import vigil.source.SourceException;
import vigil.source.SourceOptions;

/** {@code vigil extract}: one page (URL or file) to article JSON, or a directory of pages to one JSON file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the article of a page: title, text, dates, author, language, page type.",
                "With --html-dir DIR --out FILE, extract every *.html / *.html.gz of DIR into one JSON object keyed by file name."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "URL|FILE", description = "An http(s) URL or an HTML file.")
    String target;

    @Option(names = "--html-dir", paramLabel = "DIR", description = "Directory of pages to extract in batch.")
    Path htmlDir;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the batch JSON goes (with --html-dir).")
    Path out;

    @Override
    public Integer call() throws IOException {
        ArticleExtractor extractor = new HtmlArticleExtractor();
        if (htmlDir != null) {
            if (target != null) throw new UserError("give either URL|FILE or --html-dir, not both");
            if (out == null) throw new UserError("--html-dir needs --out FILE");
            Map<String, ObjectNode> results = batch(extractor, Pages.load(htmlDir));
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), results);
            System.err.printf("%d pages extracted to %s%n", results.size(), out);
            return 0;
        }
        if (target == null) throw new UserError("give a URL or FILE, or --html-dir DIR --out FILE");
        RawDocument raw = target.startsWith("http://") || target.startsWith("https://") ? fetch(target) : Pages.read(Path.of(target));
        try {
            Article a = extractor.extract(raw);
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(a));
        } catch (ExtractionException e) {
            throw new UserError(target + ": " + e.getMessage());
        }
        return 0;
    }

    /** The benchmark's output shape: file name (without .html) to the extracted fields. */
    static Map<String, ObjectNode> batch(ArticleExtractor extractor, List<Pages.Page> pages) {
        Map<String, ObjectNode> results = new TreeMap<>();
        for (Pages.Page p : pages) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            try {
                Article a = extractor.extract(p.raw());
                o.put("articleBody", a.text());
                o.put("title", a.title());
                o.put("published", a.published() == null ? null : a.published().toString());
                o.put("author", a.author());
                o.put("language", a.language());
                o.put("pageType", a.pageType().name());
            } catch (ExtractionException e) {
                o.put("articleBody", "");
                o.put("error", e.getMessage());
            }
            results.put(p.name(), o);
        }
        return results;
    }

    private static RawDocument fetch(String url) {
        try {
            Fetcher f = new Fetcher(SourceOptions.defaults());
            return f.fetch(url).toRawDocument(url);
        } catch (FetchException | SourceException e) {
            throw new UserError("cannot fetch " + url + ": " + e.getMessage());
        }
    }

}
