package vigil.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vigil.json.Json;

/**
 * Title, dates, authors, site name, canonical URL, language and lead image from JSON-LD, OpenGraph/meta tags,
 * {@code <time>} elements, the URL and the text, in that order of trust.
 */
final class MetadataExtractor {
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenews", "blogposting",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report",
            "liveblogposting", "scholarlyarticle", "techarticle", "socialmediaposting");
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
            "article.published", "article_date_original", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "sailthru.date", "parsely-pub-date", "citation_publication_date", "date", "originalpublicationdate",
            "cxenseparse:recs:publishtime", "article.created");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "og:modified_time", "datemodified", "last-modified", "dcterms.modified", "article.updated", "lastmod");

    private MetadataExtractor() {}

    static PageMetadata extract(Document doc, String url) {
        PageScan scan = PageScan.of(doc);
        Map<String, String> meta = new HashMap<>();
        for (Element m : scan.metas) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            String value = m.attr("content").trim();
            if (key.isEmpty() || value.isEmpty()) continue;
            meta.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
        }
        LdFacts ld = new LdFacts();
        for (Element s : scan.jsonLd) ld.read(s.data());

        String siteName = first(ld.siteName, meta.get("og:site_name"), meta.get("application-name"));
        String title = Titles.choose(scan, first(ld.headline, meta.get("og:title"), meta.get("twitter:title")), siteName);

        Instant published = DateParser.parse(ld.published);
        if (published == null) for (String k : PUBLISHED_META) if ((published = DateParser.parse(meta.get(k))) != null) break;
        if (published == null) published = timeElement(scan.times);
        if (published == null) published = DateParser.fromUrl(url);
        Instant modified = DateParser.parse(ld.modified);
        if (modified == null) for (String k : MODIFIED_META) if ((modified = DateParser.parse(meta.get(k))) != null) break;

        Set<String> authors = new LinkedHashSet<>(ld.authors);
        if (authors.isEmpty()) {
            for (String k : List.of("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")) {
                String a = meta.get(k);
                if (a != null && !a.startsWith("http")) {
                    for (String part : a.split("\\s*(?:,|;| and )\\s*")) addAuthor(authors, part);
                    break;
                }
            }
        }
        if (authors.isEmpty()) {
            // visible bylines: the first selector that finds anything wins, names only
            for (String q : List.of("[itemprop=author] [itemprop=name]", "[rel=author]", ".byline a, .author-name")) {
                for (Element e : doc.select(q)) {
                    if (looksLikeName(e.text())) addAuthor(authors, e.text());
                    if (authors.size() >= 3) break;
                }
                if (!authors.isEmpty()) break;
            }
        }

        String canonical = null;
        Element link = scan.canonical;
        for (String c : new String[] {link == null ? null : link.absUrl("href"), meta.get("og:url")}) {
            if (c != null && (c.startsWith("http://") || c.startsWith("https://"))) {
                canonical = c;
                break;
            }
        }
        Element html = doc.firstElementChild();
        String lang = Languages.normalize(html == null ? null : html.attr("lang"));
        if (lang == null) lang = Languages.normalize(meta.get("og:locale"));
        if (lang == null) lang = Languages.normalize(meta.get("content-language"));
        if (lang == null) lang = Languages.normalize(meta.get("language"));
        if (lang == null) lang = Languages.normalize(ld.language);
        if (lang == null) {
            for (Element m : scan.metas) {
                if (m.attr("http-equiv").equalsIgnoreCase("content-language")) lang = Languages.normalize(m.attr("content"));
            }
        }

        String image = first(meta.get("og:image"), meta.get("og:image:url"), meta.get("twitter:image"), ld.image);
        if (image != null && !image.startsWith("http")) image = absolute(doc, image);
        String ogType = meta.getOrDefault("og:type", "").toLowerCase(Locale.ROOT);
        String type = ld.articleType != null ? ld.articleType : !ogType.isEmpty() ? ogType
                : ld.otherType != null ? ld.otherType : "";
        boolean paywalled = ld.notFree || "false".equalsIgnoreCase(meta.get("isaccessibleforfree"));
        return new PageMetadata(title, siteName, published, modified, List.copyOf(authors), canonical, lang, image, type,
                paywalled);
    }

    /** The publication date of a {@code <time>} element, skipping ones marked as updates. */
    private static Instant timeElement(List<Element> times) {
        for (Element t : times) {
            String hint = (t.className() + " " + t.attr("itemprop") + " " + (t.parent() == null ? "" : t.parent().className()))
                    .toLowerCase(Locale.ROOT);
            if (hint.contains("updat") || hint.contains("modif")) continue;
            Instant i = DateParser.parse(t.attr("datetime"));
            if (i == null) i = DateParser.fromText(t.text());
            if (i != null) return i;
        }
        return null;
    }

    /** Two to four capitalised words ("Mara Lindqvist", "J. I. da Silva" fails, which is the safe side). */
    static boolean looksLikeName(String s) {
        String t = s.replaceFirst("(?i)^\\s*(by|von|par|por|di)\\s+", "").trim();
        String[] words = t.split("\\s+");
        if (words.length < 2 || words.length > 4) return false;
        for (String w : words) if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        return true;
    }

    private static void addAuthor(java.util.Collection<String> authors, String name) {
        if (name == null) return;
        String n = name.replaceFirst("(?i)^\\s*(by|von|par|por|di)\\s+", "").trim();
        if (n.length() < 3 || n.length() > 60 || n.startsWith("http") || n.contains("@")) return;
        if (!authors.contains(n)) authors.add(n);
    }

    private static String absolute(Document doc, String href) {
        try {
            return java.net.URI.create(doc.location()).resolve(href).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.trim();
        return null;
    }

    /** Facts gathered from all JSON-LD blocks of a page; the first article-typed object wins. */
    private static final class LdFacts {
        String headline, published, modified, siteName, image, language, articleType, otherType;
        final List<String> authors = new ArrayList<>();
        boolean notFree;
        private boolean seenArticle;

        void read(String json) {
            try {
                walk(Json.MAPPER.readTree(json), 0);
            } catch (Exception e) {
                // broken JSON-LD is common; the meta tags still count
            }
        }

        private void walk(JsonNode n, int depth) {
            if (n == null || depth > 6) return;
            if (n.isArray()) {
                for (JsonNode x : n) walk(x, depth + 1);
                return;
            }
            if (!n.isObject()) return;
            if (n.has("@graph")) walk(n.get("@graph"), depth + 1);
            String type = typeOf(n);
            if (type != null && ARTICLE_TYPES.contains(type) && !seenArticle) {
                seenArticle = true;
                articleType = type;
                headline = text(n.get("headline"));
                published = text(n.get("datePublished"));
                if (published == null) published = text(n.get("dateCreated"));
                modified = text(n.get("dateModified"));
                language = text(n.get("inLanguage"));
                JsonNode free = n.get("isAccessibleForFree");
                notFree = free != null && (free.asText().equalsIgnoreCase("false"));
                authors(n.get("author"));
                JsonNode pub = n.get("publisher");
                if (pub != null && pub.isObject() && siteName == null) siteName = text(pub.get("name"));
                JsonNode img = n.get("image");
                if (img != null) image = img.isArray() && img.size() > 0 ? urlOf(img.get(0)) : urlOf(img);
            } else if (type != null) {
                if (type.equals("website") && siteName == null) siteName = text(n.get("name"));
                if (otherType == null && !type.equals("organization") && !type.equals("website")
                        && !type.equals("breadcrumblist") && !type.equals("person") && !type.equals("imageobject")) {
                    otherType = type;
                }
            }
        }

        private void authors(JsonNode a) {
            if (a == null) return;
            if (a.isArray()) {
                for (JsonNode x : a) authors(x);
            } else if (a.isObject()) {
                String name = text(a.get("name"));
                if (name != null && !"organization".equals(typeOf(a))) addAuthor(authors, name);
            } else if (a.isTextual()) {
                addAuthor(authors, a.asText());
            }
        }

        private static String typeOf(JsonNode n) {
            JsonNode t = n.get("@type");
            if (t == null) return null;
            if (t.isArray()) {
                for (JsonNode x : t) if (ARTICLE_TYPES.contains(x.asText().toLowerCase(Locale.ROOT))) return x.asText().toLowerCase(Locale.ROOT);
                return t.size() > 0 ? t.get(0).asText().toLowerCase(Locale.ROOT) : null;
            }
            return t.asText().toLowerCase(Locale.ROOT);
        }

        private static String urlOf(JsonNode n) {
            if (n == null) return null;
            if (n.isTextual()) return n.asText();
            return text(n.get("url"));
        }

        private static String text(JsonNode n) {
            if (n == null || n.isNull()) return null;
            if (n.isArray()) return n.size() > 0 ? text(n.get(0)) : null;
            if (n.isObject()) return text(n.has("name") ? n.get("name") : n.get("@value"));
            String s = n.asText().trim();
            return s.isEmpty() ? null : org.jsoup.parser.Parser.unescapeEntities(s, false);
        }
    }
}
