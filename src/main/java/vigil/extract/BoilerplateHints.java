package vigil.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What class and id attributes say about an element: boilerplate, main content, or nothing. Matching is by
 * keyword on the lower-cased names with separators removed ("most-popular", "most_popular" and "mostPopular" all
 * read "mostpopular"), plus whole-word checks for short words ("ad", "nav"); plain substring tests are several
 * times faster than regular expressions on every element of a page.
 */
final class BoilerplateHints {
    /** Never part of an article body, whatever it contains. */
    private static final String[] NEVER = {"comment", "related", "recommend", "newsletter", "subscri", "signup",
            "cookie", "consent", "gdpr", "outbrain", "taboola", "disqus", "mostpopular", "mostread", "morestories",
            "popup", "modal"};
    /** Usually not part of an article body; a container with these names that holds real paragraphs is kept. */
    private static final String[] USUALLY = {"share", "sharing", "social", "trending", "readmore", "nextarticle",
            "paywall", "promo", "sponsor", "advert", "adslot", "dfp", "banner", "breadcrumb", "skiplink", "skipto",
            "authorbio", "aboutauthor", "abouttheauthor", "caption", "credit", "byline", "dateline", "taglist",
            "print", "toolbar", "pagination", "pager", "sidebar", "widget", "masthead", "menu", "siteheader",
            "pageheader", "globalheader", "mobileversion", "postmeta", "entrymeta", "articlemeta", "metadata"};
    /** Whole words (between separators) that mean boilerplate; too short to test as substrings. */
    private static final String[] WORDS = {"ad", "ads", "nav", "navbar", "navigation", "tags", "header", "footer", "meta"};
    private static final String[] CONTENT_HEADS = {"article", "story", "entry", "post", "main", "news", "blog", "page"};
    private static final String[] CONTENT_TAILS = {"body", "content", "text", "copy"};

    private BoilerplateHints() {}

    /** Class and id, lower-cased, or "" when the element has neither. */
    static String names(Element e) {
        if (e.attributesSize() == 0 || !e.hasAttr("class") && !e.hasAttr("id")) return "";
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }

    /** 0: nothing known, 1: usually boilerplate, 2: never content; content names override both. */
    static int classify(String names) {
        if (names.isEmpty()) return 0;
        String joined = squeeze(names);
        if (isContentSqueezed(joined)) return 0;
        for (String k : NEVER) if (joined.contains(k)) return 2;
        for (String k : USUALLY) if (joined.contains(k)) return 1;
        if (hasWord(names)) return 1;
        return 0;
    }

    static boolean isContent(String names) {
        return !names.isEmpty() && isContentSqueezed(squeeze(names));
    }

    static boolean isBoilerplate(String names) {
        return classify(names) != 0;
    }

    static boolean isNeverContent(String names) {
        return classify(names) == 2;
    }

    private static boolean isContentSqueezed(String joined) {
        for (String h : CONTENT_HEADS) {
            int i = joined.indexOf(h);
            while (i >= 0) {
                int after = i + h.length();
                for (String t : CONTENT_TAILS) if (joined.startsWith(t, after)) return true;
                i = joined.indexOf(h, after);
            }
        }
        return joined.contains("bodytext") || joined.contains("contentbody") || joined.contains("richtext")
                || joined.contains("textbody");
    }

    /** Lower-case letters and digits only, with a space where a name ends. */
    private static String squeeze(String names) {
        StringBuilder sb = new StringBuilder(names.length());
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (c == ' ') sb.append(' ');
            else if (c != '-' && c != '_') sb.append(c);
        }
        return sb.toString();
    }

    private static boolean hasWord(String names) {
        int start = 0, n = names.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? names.charAt(i) : ' ';
            if (c == ' ' || c == '-' || c == '_' || c == ':' || c == '.') {
                if (i > start) {
                    for (String w : WORDS) {
                        if (w.length() == i - start && names.regionMatches(start, w, 0, w.length())) return true;
                    }
                }
                start = i + 1;
            }
        }
        return false;
    }
}
