package vigil.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vigil.json.Json;

/**
 * Reads a page's own statements about itself, in order of trust: JSON-LD ({@code NewsArticle} and kin), then
 * OpenGraph and other meta tags, then {@code <time>} elements, then the URL.
 */
final class MetadataExtractor {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "webpage",
            "liveblogposting", "scholarlyarticle", "techarticle", "report");

    private MetadataExtractor() {}

    static Metadata extract(Document doc, String url) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"), meta(doc, "headline"));
        Instant published = firstDate(text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "og:article:published_time"), meta(doc, "datePublished"), meta(doc, "pubdate"),
                meta(doc, "publishdate"), meta(doc, "publish-date"), meta(doc, "date"), meta(doc, "dc.date"),
                meta(doc, "dcterms.created"), meta(doc, "sailthru.date"), meta(doc, "parsely-pub-date"),
                itemprop(doc, "datePublished"), timeElement(doc));
        if (published == null) published = DateParser.fromUrl(url);
        Instant modified = firstDate(text(ld, "dateModified"), meta(doc, "article:modified_time"),
                meta(doc, "og:updated_time"), meta(doc, "dateModified"), itemprop(doc, "dateModified"));
        List<String> authors = authors(ld);
        if (authors.isEmpty()) {
            for (String name : new String[] {"author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"}) {
                String a = meta(doc, name);
                if (a != null && !a.startsWith("http")) {
                    authors.add(a.replaceFirst("(?i)^by\\s+", ""));
                    break;
                }
            }
        }
        if (authors.isEmpty()) {
            Element a = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .author-name, .byline__name");
            if (a != null && a.text().length() > 2 && a.text().length() < 80) authors.add(a.text().replaceFirst("(?i)^by\\s+", ""));
        }
        String site = first(text(ld == null ? null : ld.get("publisher"), "name"), meta(doc, "og:site_name"),
                meta(doc, "application-name"));
        Element canonicalLink = doc.selectFirst("link[rel=canonical]");
        String canonical = first(canonicalLink == null ? null : absoluteHttp(canonicalLink.absUrl("href")),
                absoluteHttp(meta(doc, "og:url")));
        String lang = language(doc);
        String image = first(meta(doc, "og:image"), meta(doc, "twitter:image"));
        String type = ld != null && ld.hasNonNull("@type") ? ld.get("@type").asText() : meta(doc, "og:type");
        return new Metadata(title, published, modified, authors, site, canonical, lang, image, type);
    }

    private static String language(Document doc) {
        Element html = doc.selectFirst("html");
        String l = html == null ? "" : html.attr("lang");
        if (l.isBlank()) l = firstNonNull(meta(doc, "og:locale"), meta(doc, "content-language"), meta(doc, "language"));
        if (l == null || l.isBlank()) {
            Element e = doc.selectFirst("meta[http-equiv=content-language]");
            l = e == null ? null : e.attr("content");
        }
        if (l == null || l.isBlank()) return null;
        String code = l.trim().toLowerCase(Locale.ROOT).split("[-_,; ]")[0];
        return code.matches("[a-z]{2}") ? code : null;
    }

    private static JsonNode jsonLdArticle(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(Json.MAPPER.readTree(s.data()), 0);
                if (found != null) return found;
            } catch (Exception e) {
                // Broken JSON-LD is common; the meta tags still count.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode n, int depth) {
        if (n == null || depth > 5) return null;
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode f = findArticle(c, depth + 1);
                if (f != null) return f;
            }
            return null;
        }
        if (!n.isObject()) return null;
        JsonNode type = n.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT)) && (n.has("headline") || n.has("datePublished"))) return n;
            }
        }
        JsonNode graph = n.get("@graph");
        if (graph != null) return findArticle(graph, depth + 1);
        JsonNode main = n.get("mainEntity");
        return main != null ? findArticle(main, depth + 1) : null;
    }

    private static List<String> authors(JsonNode ld) {
        List<String> out = new ArrayList<>();
        if (ld == null) return out;
        JsonNode a = ld.get("author");
        if (a == null) return out;
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (JsonNode x : a.isArray() ? a : List.of(a)) {
            String n = x.isTextual() ? x.asText() : x.hasNonNull("name") ? x.get("name").asText() : null;
            if (n != null && !n.isBlank() && !n.startsWith("http")) names.add(n.trim());
        }
        out.addAll(names);
        return out;
    }

    private static String text(JsonNode n, String field) {
        if (n == null) return null;
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isArray() && v.size() > 0) v = v.get(0);
        String s = v.isTextual() ? v.asText() : null;
        // JSON-LD written by templates often carries HTML entities ("&#163;").
        return s == null || s.isBlank() ? null : org.jsoup.parser.Parser.unescapeEntities(s.trim(), false);
    }

    static String meta(Document doc, String name) {
        for (Element e : doc.getElementsByTag("meta")) {
            String p = e.attr("property");
            String n = e.attr("name");
            String i = e.attr("itemprop");
            if (p.equalsIgnoreCase(name) || n.equalsIgnoreCase(name) || i.equalsIgnoreCase(name)) {
                String v = e.attr("content").trim();
                if (!v.isEmpty()) return v;
            }
        }
        return null;
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) return null;
        String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
        return v.isBlank() ? null : v;
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    private static String absoluteHttp(String u) {
        return u != null && (u.startsWith("http://") || u.startsWith("https://")) ? u : null;
    }

    private static Instant firstDate(String... values) {
        for (String v : values) {
            Instant i = DateParser.parse(v);
            if (i != null) return i;
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.trim();
        return null;
    }

    private static String firstNonNull(String... values) {
        return first(values);
    }
}
