package vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it. Names are split into words ("article-share__btn" gives
 * article, share, btn) so that a word like "ad" does not match inside "head" or "shadow".
 */
final class ClassHints {
    private ClassHints() {}

    /** Words naming page furniture that is never article text. */
    private static final Set<String> JUNK = Set.of("nav", "navbar", "navigation", "menu", "menus", "breadcrumb",
            "breadcrumbs", "share", "sharing", "shares", "sharebar", "social", "socials", "sociallinks", "related",
            "comment", "comments", "disqus", "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters",
            "subscribe", "subscription", "signup", "promo", "promotion", "promoted", "sponsor", "sponsored", "ad",
            "ads", "advert", "adverts", "advertisement", "advertising", "banner", "sidebar", "widget", "widgets",
            "footer", "masthead", "popup", "modal", "overlay", "outbrain", "taboola", "recirc", "recommended",
            "recommendations", "trending", "popular", "mostread", "mostpopular", "tags", "tag", "tagcloud", "byline",
            "caption", "captions", "credit", "credits", "copyright", "skip", "toolbar", "pagination", "pager",
            "print", "rss", "author", "authors", "bio", "dateline", "timestamp", "meta", "metadata", "hidden",
            "jumplink", "toc", "login", "signin", "more", "readmore", "also",
            "livefyre", "icon", "icons", "button",
            "buttons", "btn", "header", "topbar", "subnav", "ticker", "alert", "alerts", "follow", "donate",
            "donation", "tooltip", "sr", "visually", "screenreader", "offscreen", "tools", "utility", "utilities",
            "next", "prev", "previous", "pullquote", "embed", "video", "audio", "player", "gallery", "slideshow",
            "carousel", "thumbnail", "thumbnails", "thumb", "reactions", "feedback",
            "rating", "poll", "survey", "disclaimer");
    /** Words naming the article body. */
    private static final Set<String> GOOD = Set.of("article", "articles", "content", "body", "story", "entry", "post",
            "text", "main", "blog", "news", "prose", "richtext", "paragraph", "paragraphs", "copy", "page", "column");
    /** Junk words so specific that a "good" word next to them does not rescue the element. */
    private static final Set<String> STRONG_JUNK = Set.of("share", "sharing", "social", "related", "comment",
            "comments", "cookie", "cookies", "consent", "newsletter", "subscribe", "promo", "sponsored", "advert",
            "advertisement", "ad", "ads", "outbrain", "taboola", "recirc", "recommended", "nav", "navigation", "menu",
            "breadcrumb", "breadcrumbs", "byline", "caption", "sidebar", "footer", "disqus", "gdpr", "popup",
            "modal", "tags", "toolbar", "tools");

    /** +1 when the names speak of article text, -1 of page furniture, -2 of furniture beyond doubt, else 0. */
    static int weight(Element e) {
        if (e.attributesSize() == 0) return 0;
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return 0;
        int flags = scan(bemElements(cls), 0);
        flags = scan(id, flags);
        if ((flags & STRONG) != 0) return -2;
        if ((flags & WEAK) != 0) return (flags & GOOD_WORD) != 0 ? 0 : -1;
        return (flags & GOOD_WORD) != 0 ? 1 : 0;
    }

    private static final int STRONG = 1, WEAK = 2, GOOD_WORD = 4;

    /** Classifies the words of a name without building a word list (this runs for every element). */
    private static int scan(String s, int flags) {
        int start = -1;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : ' ';
            boolean letter = Character.isLetter(c);
            boolean hump = letter && i > 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
            if (start >= 0 && (!letter || hump)) {
                String w = s.substring(start, i).toLowerCase(Locale.ROOT);
                if (STRONG_JUNK.contains(w) || startsWithStrong(w)) flags |= STRONG;
                else if (JUNK.contains(w)) flags |= WEAK;
                else if (GOOD.contains(w)) flags |= GOOD_WORD;
                start = -1;
            }
            if (letter && start < 0) start = i;
        }
        return flags;
    }

    /**
     * BEM names ("sidebar-grid__content") describe the element by the part after the last "__"; the block
     * name is the parent's business (a "sidebar-grid" layout may well hold the article).
     */
    static String bemElements(String cls) {
        if (cls.indexOf("__") < 0) return cls;
        StringBuilder sb = new StringBuilder();
        for (String c : cls.split("\\s+")) {
            int i = c.lastIndexOf("__");
            sb.append(i >= 0 ? c.substring(i + 2) : c).append(' ');
        }
        return sb.toString();
    }

    /** Run-together names ("relatedposts", "commentlist", "socialicons") start with a furniture word. */
    private static final String[] STRONG_PREFIXES = {"related", "comment", "social", "sharing", "newsletter",
            "sidebar", "cookie", "footer", "promo", "breadcrumb", "advert", "outbrain", "taboola", "disqus"};

    private static boolean startsWithStrong(String w) {
        if (w.length() < 8) return false;
        for (String p : STRONG_PREFIXES) if (w.startsWith(p)) return true;
        return false;
    }

    /** Lower-case words of a class/id string, split at non-letters and camelCase humps. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>(4);
        StringBuilder sb = new StringBuilder(16);
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = Character.isLetter(c);
            if (!letter || (Character.isUpperCase(c) && Character.isLowerCase(prev))) {
                if (sb.length() > 0) {
                    out.add(sb.toString());
                    sb.setLength(0);
                }
            }
            if (letter) sb.append(Character.toLowerCase(c));
            prev = c;
        }
        if (sb.length() > 0) out.add(sb.toString());
        return out;
    }

    static boolean hasWord(Element e, Set<String> words) {
        for (String w : ClassHints.words(e.className() + " " + e.id())) if (words.contains(w)) return true;
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
