package vigil.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vigil.extract.ExtractionException;
import vigil.extract.HtmlArticleExtractor;
import vigil.extract.HtmlFiles;
import vigil.json.Json;
import vigil.model.Article;
import vigil.model.RawDocument;

/** {@code vigil extract}: one page (URL or file) to article JSON, or a directory of pages to one JSON file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the article (title, text, dates, author, language, page type) from HTML.",
                "  vigil extract URL|FILE                       print one article as JSON",
                "  vigil extract --html-dir DIR --out FILE.json  every *.html / *.html.gz of DIR"})
public final class ExtractCommand implements Runnable {
    @Parameters(arity = "0..1", paramLabel = "URL|FILE", description = "A page to extract.")
    String target;

    @Option(names = "--html-dir", paramLabel = "DIR", description = "Directory of saved pages.")
    Path htmlDir;

    @Option(names = "--out", paramLabel = "FILE", description = "Where --html-dir writes its JSON.")
    Path out;

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public void run() {
        try {
            if (htmlDir != null) {
                if (out == null) throw new UserError("--html-dir needs --out FILE.json");
                batch();
            } else if (target != null) {
                System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(single(target)));
            } else {
                throw new UserError("give a URL or FILE, or --html-dir DIR --out FILE.json");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Article single(String t) throws IOException {
        RawDocument raw = t.startsWith("http://") || t.startsWith("https://") ? fetch(t) : readFile(Path.of(t));
        try {
            return extractor.extract(raw);
        } catch (ExtractionException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static RawDocument readFile(Path p) throws IOException {
        if (!Files.isRegularFile(p)) throw new UserError("no such file: " + p);
        return HtmlFiles.read(p);
    }

    private static RawDocument fetch(String url) throws IOException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(15)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Vigil/0.1 (+https://github.com/vigil)").GET().build();
        try {
            HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            resp.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
            String ct = resp.headers().firstValue("content-type").orElse(null);
            String mediaType = ct == null ? null : ct.split(";")[0].trim();
            return new RawDocument(resp.uri().toString(), Instant.now(), resp.statusCode(), headers, mediaType,
                    resp.body(), url, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url);
        } catch (IllegalArgumentException e) {
            throw new UserError("bad URL: " + url);
        }
    }

    private void batch() throws IOException {
        if (!Files.isDirectory(htmlDir)) throw new UserError("not a directory: " + htmlDir);
        List<Path> files = HtmlFiles.list(htmlDir);
        ObjectNode root = Json.MAPPER.createObjectNode();
        int failed = 0;
        for (Path p : files) {
            ObjectNode o = root.putObject(HtmlFiles.id(p));
            try {
                Article a = extractor.extract(HtmlFiles.read(p));
                o.put("articleBody", a.text());
                o.put("title", a.title());
                o.put("published", a.published() == null ? null : a.published().toString());
                o.put("author", a.author());
                o.put("language", a.language());
                o.put("pageType", a.pageType().name());
            } catch (ExtractionException e) {
                failed++;
                o.put("articleBody", "");
                o.put("error", e.getMessage());
            }
        }
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
        System.err.printf("extracted %d pages (%d failed) to %s%n", files.size(), failed, out);
    }
}
