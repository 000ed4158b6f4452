package vigil.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vigil.model.Article;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.RawDocument;
import vigil.model.Urls;

/**
 * A first, simple extractor: paragraphs and list items of the page's {@code <article>} (or {@code <main>}, or
 * body) without navigation, headers, footers and asides; dates and author from meta tags. Kept as a baseline
 * for benchmarks and as a fallback.
 */
public final class BasicArticleExtractor implements ArticleExtractor {
    @Override
    public Article extract(RawDocument raw) throws ExtractionException {
        if (raw.body().length == 0) throw new ExtractionException("empty document");
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(raw.body()), raw.declaredCharset(), raw.url());
        } catch (IOException | IllegalArgumentException e) {
            throw new ExtractionException("not readable as HTML: " + e.getMessage());
        }
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
        Element root = first(doc, "article", "main", "[role=main]");
        if (root == null) root = doc.body();
        List<String> paragraphs = new ArrayList<>();
        for (Element e : root.select("p, li, h2, h3, blockquote")) {
            if (e.select("p, li").size() > 1 && !e.tagName().equals("li")) continue; // containers: take children
            String t = e.text().trim();
            if (t.length() >= 25 || e.tagName().equals("li") && t.length() >= 3) paragraphs.add(t);
        }
        String text = String.join("\n\n", paragraphs);
        String title = meta(doc, "og:title");
        if (title == null) title = doc.selectFirst("h1") != null ? doc.selectFirst("h1").text() : doc.title();
        if (text.isBlank() && title.isBlank()) throw new ExtractionException("no readable text");
        String canonical = canonical(doc, raw.url());
        String hash = Ids.contentHash(title + "\n" + text);
        String author = meta(doc, "author");
        String lang = doc.selectFirst("html") != null ? doc.selectFirst("html").attr("lang") : "";
        lang = lang.isBlank() ? null : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return new Article(Ids.articleId(canonical, hash), raw.url(), canonical, Urls.site(canonical), meta(doc, "og:site_name"),
                title, text, date(meta(doc, "article:published_time")), date(meta(doc, "article:modified_time")),
                author == null ? List.of() : List.of(author), lang, raw.fetchedAt(), hash, raw.rawRef(),
                paragraphs.size() < 2 ? PageType.NOT_ARTICLE : PageType.ARTICLE, false, meta(doc, "og:image"));
    }

    private static Element first(Document doc, String... selectors) {
        for (String s : selectors) {
            Element e = doc.selectFirst(s);
            if (e != null) return e;
        }
        return null;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        if (e == null) return null;
        String v = e.attr("content").trim();
        return v.isEmpty() ? null : v;
    }

    private static String canonical(Document doc, String url) {
        Element link = doc.selectFirst("link[rel=canonical]");
        String href = link == null ? "" : link.absUrl("href");
        return Urls.canonicalize(href.startsWith("http") ? href : url);
    }

    private static Instant date(String s) {
        if (s == null) return null;
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
