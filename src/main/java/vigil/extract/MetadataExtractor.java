package vigil.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vigil.json.Json;

/**
 * Reads title, dates, authors, site name, language, canonical URL and image from a page's metadata.
 * Trust order for dates: JSON-LD, then OpenGraph / meta, then {@code <time>}, then the URL.
 */
final class MetadataExtractor {
    private MetadataExtractor() {}

    private static final ObjectReader LENIENT = Json.MAPPER.reader()
            .with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .with(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .with(JsonReadFeature.ALLOW_SINGLE_QUOTES);
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenews",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report",
            "scholarlyarticle", "techarticle", "liveblogposting", "socialmediaposting", "posting", "webpage",
            "medicalwebpage", "videoobject", "creativework");
    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
            "datepublished", "publishdate", "publish-date", "pubdate", "publish_date", "date", "dc.date.issued",
            "dc.date", "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published",
            "published_time", "published-date", "cxenseparse:recs:publishtime", "displaydate", "og:published_time",
            "release_date", "originalpublicationdate", "citation_publication_date", "article_date_original"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "datemodified",
            "lastmod", "last-modified", "dcterms.modified", "article.updated", "modified_time", "og:modified_time"};
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\\-–—:·»•]\\s+");

    static PageMetadata extract(Document doc, String pageUrl) {
        Ld ld = new Ld();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = LENIENT.readTree(s.data());
                if (n != null) ld.visit(n, 0);
            } catch (Exception e) {
                // malformed JSON-LD is common; the other sources still apply
            }
        }
        String siteName = first(ld.publisher, meta(doc, "og:site_name"), meta(doc, "application-name"));

        Instant published = ld.published;
        if (published == null) published = metaDate(doc, PUBLISHED_META);
        if (published == null) published = itempropDate(doc, "datePublished");
        if (published == null) published = timeElement(doc);
        if (published == null) published = DateParser.fromUrl(pageUrl);
        Instant modified = ld.modified;
        if (modified == null) modified = metaDate(doc, MODIFIED_META);
        if (modified == null) modified = itempropDate(doc, "dateModified");

        List<String> authors = new ArrayList<>(ld.authors);
        if (authors.isEmpty()) {
            for (String key : new String[]{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author",
                    "byl"}) {
                String a = meta(doc, key);
                if (a != null && !a.startsWith("http")) {
                    for (String part : a.split("\\s*(?:,|;| and )\\s*")) addAuthor(authors, part);
                    break;
                }
            }
        }
        if (authors.isEmpty()) {
            for (Element e : doc.select("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], a[href*=/author/]")) {
                addAuthor(authors, e.text());
                if (authors.size() >= 4) break;
            }
        }

        String title = cleanTitle(first(ld.headline, meta(doc, "og:title"), meta(doc, "twitter:title")), siteName);
        String docTitle = cleanTitle(doc.title(), siteName);
        if (title == null || title.isBlank()) title = docTitle;
        if (title == null || title.isBlank()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? null : h1.text();
        }

        String canonical = absoluteHttp(attr(doc, "link[rel=canonical]", "href"));
        if (canonical == null) canonical = absoluteHttp(meta(doc, "og:url"));
        String image = first(meta(doc, "og:image"), meta(doc, "twitter:image"), ld.image);
        String type = meta(doc, "og:type");
        if (ld.type != null) type = ld.type;
        String lang = Languages.normalise(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));
        if (lang == null) lang = Languages.normalise(first(meta(doc, "og:locale"), meta(doc, "content-language"),
                meta(doc, "language"), meta(doc, "dc.language"), ld.language));
        return new PageMetadata(title == null ? "" : title.strip(), siteName, published, modified, authors, lang,
                canonical, absoluteHttp(image), type == null ? null : type.toLowerCase(Locale.ROOT), ld.paywalled);
    }

    /** Removes a trailing or leading " | Site Name" from a title. */
    static String cleanTitle(String title, String siteName) {
        if (title == null) return null;
        title = title.strip().replaceAll("\\s+", " ");
        String[] parts = TITLE_SEPARATORS.split(title);
        if (parts.length < 2) return title;
        String norm = siteName == null ? null : siteName.toLowerCase(Locale.ROOT).replaceAll("\\W+", "");
        if (norm != null && !norm.isEmpty()) {
            String last = parts[parts.length - 1].toLowerCase(Locale.ROOT).replaceAll("\\W+", "");
            String firstPart = parts[0].toLowerCase(Locale.ROOT).replaceAll("\\W+", "");
            if (last.contains(norm) || norm.contains(last)) return title.substring(0, lastSeparator(title)).strip();
            if (firstPart.contains(norm) || norm.contains(firstPart)) return title.substring(firstSeparatorEnd(title)).strip();
        }
        // Without a known site name, cut a short last segment ("Headline - The Paper")
        String last = parts[parts.length - 1];
        int firstLen = title.length() - last.length();
        if (last.length() < 30 && firstLen > 2 * last.length() && last.split("\\s+").length <= 4) {
            return title.substring(0, lastSeparator(title)).strip();
        }
        return title;
    }

    private static int lastSeparator(String t) {
        var m = TITLE_SEPARATORS.matcher(t);
        int at = t.length();
        while (m.find()) at = m.start();
        return at;
    }

    private static int firstSeparatorEnd(String t) {
        var m = TITLE_SEPARATORS.matcher(t);
        return m.find() ? m.end() : 0;
    }

    private static void addAuthor(List<String> authors, String name) {
        if (name == null) return;
        String n = name.strip().replaceAll("\\s+", " ").replaceFirst("(?i)^by\\s+", "");
        if (n.isEmpty() || n.length() > 60 || n.startsWith("http") || authors.contains(n)) return;
        authors.add(n);
    }

    static String meta(Document doc, String key) {
        for (Element m : doc.getElementsByTag("meta")) {
            String k = m.attr("property");
            if (k.isEmpty()) k = m.attr("name");
            if (k.isEmpty()) k = m.attr("itemprop");
            if (k.isEmpty()) k = m.attr("http-equiv");
            if (k.equalsIgnoreCase(key)) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) return c;
            }
        }
        return null;
    }

    private static Instant metaDate(Document doc, String[] keys) {
        for (String k : keys) {
            Instant i = DateParser.parse(meta(doc, k));
            if (i != null) return i;
        }
        return null;
    }

    private static Instant itempropDate(Document doc, String prop) {
        for (Element e : doc.select("[itemprop=" + prop + "]")) {
            String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            Instant i = DateParser.parse(v);
            if (i != null) return i;
        }
        return null;
    }

    /** The first {@code <time>} that is not marked as an update. */
    private static Instant timeElement(Document doc) {
        for (Element t : doc.getElementsByTag("time")) {
            String ctx = (t.className() + " " + t.parent().className() + " " + t.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (ctx.contains("updat") || ctx.contains("modif")) continue;
            Instant i = DateParser.parse(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
            if (i != null) return i;
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    static String absoluteHttp(String url) {
        if (url == null) return null;
        String u = url.strip();
        return u.startsWith("http://") || u.startsWith("https://") ? u : null;
    }

    private static String first(String... xs) {
        for (String x : xs) if (x != null && !x.isBlank()) return x.strip();
        return null;
    }

    /** Collects article fields from JSON-LD, preferring the first article-typed object. */
    private static final class Ld {
        String headline, publisher, image, type, language;
        Instant published, modified;
        final Set<String> authors = new LinkedHashSet<>();
        boolean paywalled;
        boolean articleSeen;

        void visit(JsonNode n, int depth) {
            if (depth > 6 || n == null) return;
            if (n.isArray()) {
                for (JsonNode c : n) visit(c, depth + 1);
                return;
            }
            if (!n.isObject()) return;
            if (n.has("@graph")) visit(n.get("@graph"), depth + 1);
            String t = typeOf(n);
            if (t == null || !ARTICLE_TYPES.contains(t)) return;
            boolean isArticle = !t.equals("webpage") && !t.equals("creativework");
            if (articleSeen && !isArticle) return;
            if (isArticle && !articleSeen) {
                articleSeen = true;
                type = t;
                headline = null; // a real article overrides what a WebPage object said
                published = null;
            }
            if (headline == null) headline = text(n.get("headline"));
            if (headline == null && isArticle) headline = text(n.get("name"));
            if (published == null || isArticle) {
                Instant p = DateParser.parse(text(n.get("datePublished")));
                if (p == null) p = DateParser.parse(text(n.get("dateCreated")));
                if (p != null) published = p;
            }
            Instant m = DateParser.parse(text(n.get("dateModified")));
            if (m != null) modified = m;
            if (authors.isEmpty()) names(n.get("author"), authors);
            if (publisher == null) {
                JsonNode p = n.get("publisher");
                if (p != null && p.isArray() && p.size() > 0) p = p.get(0);
                if (p != null) publisher = p.isObject() ? text(p.get("name")) : text(p);
            }
            if (image == null) image = imageUrl(n.get("image"));
            if (language == null) language = text(n.get("inLanguage"));
            JsonNode free = n.get("isAccessibleForFree");
            if (free != null && (free.asText().equalsIgnoreCase("false"))) paywalled = true;
        }

        private static String typeOf(JsonNode n) {
            JsonNode t = n.get("@type");
            if (t == null) return null;
            if (t.isArray()) {
                for (JsonNode x : t) {
                    String s = x.asText().toLowerCase(Locale.ROOT);
                    if (ARTICLE_TYPES.contains(s)) return s;
                }
                return null;
            }
            return t.asText().toLowerCase(Locale.ROOT);
        }

        private static void names(JsonNode a, Set<String> out) {
            if (a == null) return;
            if (a.isArray()) {
                for (JsonNode x : a) names(x, out);
            } else if (a.isObject()) {
                String name = text(a.get("name"));
                if (name != null && name.length() <= 60 && !name.startsWith("http")) out.add(name.strip());
            } else if (a.isTextual() && !a.asText().isBlank() && a.asText().length() <= 60
                    && !a.asText().startsWith("http")) {
                out.add(a.asText().strip());
            }
        }

        private static String imageUrl(JsonNode i) {
            if (i == null) return null;
            if (i.isArray()) return i.size() == 0 ? null : imageUrl(i.get(0));
            if (i.isObject()) return text(i.get("url"));
            return text(i);
        }

        private static String text(JsonNode n) {
            if (n == null || n.isNull()) return null;
            if (n.isArray()) return n.size() == 0 ? null : text(n.get(0));
            String s = n.asText();
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
