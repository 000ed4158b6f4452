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
import org.jsoup.parser.Parser;
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
        return extract(doc, PageIndex.of(doc), pageUrl);
    }

    static PageMetadata extract(Document doc, PageIndex ix, String pageUrl) {
        Ld ld = new Ld();
        for (String json : ix.jsonLd) {
            try {
                JsonNode n = LENIENT.readTree(json);
                if (n != null) ld.visit(n, 0);
            } catch (Exception e) {
                // malformed JSON-LD is common; the other sources still apply
            }
        }
        String siteName = first(ld.publisher, ix.meta("og:site_name"), ix.meta("application-name"));

        Instant published = ld.published;
        if (published == null) published = metaDate(ix, PUBLISHED_META);
        if (published == null) published = itempropDate(ix, "datepublished");
        if (published == null) published = timeElement(ix);
        if (published == null) published = DateParser.fromUrl(pageUrl);
        Instant modified = ld.modified;
        if (modified == null) modified = metaDate(ix, MODIFIED_META);
        if (modified == null) modified = itempropDate(ix, "datemodified");

        List<String> authors = new ArrayList<>(ld.authors);
        if (authors.isEmpty()) {
            for (String key : new String[]{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author",
                    "byl"}) {
                String a = ix.meta(key);
                if (a != null && !a.startsWith("http")) {
                    for (String part : a.split("\\s*(?:,|;| and )\\s*")) addAuthor(authors, part);
                    break;
                }
            }
        }
        if (authors.isEmpty()) {
            for (Element e : ix.authorElements) {
                Element name = e.selectFirst("[itemprop=name]");
                addAuthor(authors, name != null ? name.text() : e.hasAttr("content") ? e.attr("content") : e.text());
                if (authors.size() >= 4) break;
            }
        }

        String title = cleanTitle(first(ld.headline, ix.meta("og:title"), ix.meta("twitter:title")), siteName);
        if (title == null || title.isBlank() || looksLikeCode(title)) title = cleanTitle(doc.title(), siteName);
        if ((title == null || title.isBlank()) && ix.h1 != null) title = ix.h1.text();

        String canonical = absoluteHttp(ix.canonical);
        if (canonical == null) canonical = absoluteHttp(ix.meta("og:url"));
        String image = first(ix.meta("og:image"), ix.meta("twitter:image"), ld.image);
        String type = ix.meta("og:type");
        if (ld.type != null) type = ld.type;
        String lang = Languages.normalise(ix.htmlLang);
        if (lang == null) lang = Languages.normalise(first(ix.meta("og:locale"), ix.meta("content-language"),
                ix.meta("language"), ix.meta("dc.language"), ld.language));
        return new PageMetadata(title == null ? "" : title.strip(), siteName, published, modified, authors, lang,
                canonical, absoluteHttp(image), type == null ? null : type.toLowerCase(Locale.ROOT), ld.paywalled);
    }

    /** An id or slug put where a headline belongs ("5b274ebc-2e46-40d6-..."): no spaces, digits and dashes. */
    private static boolean looksLikeCode(String t) {
        return t.indexOf(' ') < 0 && t.length() > 16 && t.chars().filter(Character::isDigit).count() > t.length() / 4;
    }

    /** Removes a trailing or leading " | Site Name" from a title. */
    static String cleanTitle(String title, String siteName) {
        if (title == null) return null;
        if (title.indexOf('&') >= 0) title = Parser.unescapeEntities(title, false); // entities escaped twice
        title = title.strip().replaceAll("\\s+", " ");
        String[] parts = TITLE_SEPARATORS.split(title);
        if (parts.length < 2) return cutCjkSiteName(title);
        String norm = siteName == null ? null : siteName.toLowerCase(Locale.ROOT).replaceAll("\\W+", "");
        if (norm != null && !norm.isEmpty()) {
            String last = parts[parts.length - 1].toLowerCase(Locale.ROOT).replaceAll("\\W+", "");
            String firstPart = parts[0].toLowerCase(Locale.ROOT).replaceAll("\\W+", "");
            if (last.contains(norm) || norm.contains(last)) title = title.substring(0, lastSeparator(title)).strip();
            else if (firstPart.contains(norm) || norm.contains(firstPart)) return title.substring(firstSeparatorEnd(title)).strip();
        }
        // Without a known site name, cut short name-like last segments ("Headline - World - The Paper")
        for (int cuts = 0; cuts < 2; cuts++) {
            parts = TITLE_SEPARATORS.split(title);
            if (parts.length < 2) break;
            String last = parts[parts.length - 1];
            int firstLen = title.length() - last.length();
            if (last.length() >= 30 || firstLen <= 2 * last.length() || !looksLikeName(last)) break;
            int at = lastSeparator(title);
            char sep = title.charAt(at + 1);
            if (sep == '—' || sep == ':') break; // headlines use these inside; page titles append with | - –
            title = title.substring(0, at).strip();
        }
        return title;
    }

    private static final Pattern CJK_SITE_SUFFIX = Pattern.compile("^(.*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].{4,})[-_|｜—]\\s*([^-_|｜—]{1,12})$");

    /** Chinese and Japanese titles append the site without spaces: "短缺药品保供稳价-新华网". */
    private static String cutCjkSiteName(String title) {
        var m = CJK_SITE_SUFFIX.matcher(title);
        return m.matches() ? m.group(1).strip() : title;
    }

    /** "BBC News", "eHow", "aerobuzz.de": at most three words, each with a capital, a digit or a dot. */
    private static boolean looksLikeName(String s) {
        String[] words = s.strip().split("\\s+");
        if (words.length > 3) return false;
        for (String w : words) {
            boolean marked = false;
            for (int i = 0; i < w.length() && !marked; i++) {
                char c = w.charAt(i);
                marked = Character.isUpperCase(c) || Character.isDigit(c) || c == '.';
            }
            if (!marked) return false;
        }
        return true;
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

    private static Instant metaDate(PageIndex ix, String[] keys) {
        for (String k : keys) {
            Instant i = DateParser.parse(ix.meta(k));
            if (i != null) return i;
        }
        return null;
    }

    private static Instant itempropDate(PageIndex ix, String prop) {
        Element e = ix.itemprops.get(prop);
        if (e == null) return null;
        return DateParser.parse(e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
    }

    /** The first {@code <time>} that is not marked as an update. */
    private static Instant timeElement(PageIndex ix) {
        for (Element t : ix.times) {
            String ctx = (t.className() + " " + (t.parent() == null ? "" : t.parent().className()) + " "
                    + t.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (ctx.contains("updat") || ctx.contains("modif")) continue;
            Instant i = DateParser.parse(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
            if (i != null) return i;
        }
        return null;
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
