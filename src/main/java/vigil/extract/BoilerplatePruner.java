package vigil.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text before the body is scored: scripts, forms controls, navigation, hidden
 * elements, and elements whose class, id or ARIA role names page furniture (share bars, cookie banners,
 * comments, related links, newsletter boxes). A named element is spared when it holds a large share of the
 * page's text, since whole-page wrappers sometimes carry such names.
 */
final class BoilerplatePruner {
    private BoilerplatePruner() {}

    private static final Set<String> ALWAYS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "video", "audio", "button", "input", "select", "textarea", "option",
            "nav", "dialog", "menu", "figcaption", "link", "meta", "head", "map", "picture", "source");
    /** Sectioning elements that hold furniture unless they hold most of the text. */
    private static final Set<String> FURNITURE = Set.of("aside", "footer", "header", "form", "figure");
    private static final Set<String> JUNK_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "tooltip");
    private static final Set<String> INLINE = Set.of("a", "em", "strong", "b", "i", "u", "abbr", "cite", "q", "mark",
            "sup", "sub", "small", "time", "code");
    private static final Set<String> CARDS = Set.of("li", "article", "div", "section");
    private static final Set<String> NEVER = Set.of("html", "body", "main");

    /**
     * What pruning saw.
     *
     * @param page       measures of the body before pruning (how link-heavy the whole page is)
     * @param wallPrompt whether a subscription / login prompt was removed (the body is likely cut)
     */
    record Pruned(TextStats.Counts page, boolean wallPrompt) {}

    /** Prunes in place. */
    static Pruned prune(Element body) {
        TextStats stats = TextStats.of(body);
        int total = Math.max(1, stats.get(body).text);
        int totalParagraphs = stats.get(body).paragraphs;
        boolean[] wallPrompt = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                if (TeaserDetector.isWallPrompt(e, stats.get(e).text)) {
                    wallPrompt[0] = true;
                    return FilterResult.REMOVE;
                }
                return remove(e, stats, total, totalParagraphs) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, body);
        return new Pruned(stats.get(body), wallPrompt[0]);
    }

    static boolean remove(Element e, TextStats stats, int total, int totalParagraphs) {
        String tag = e.normalName();
        if (ALWAYS.contains(tag)) return true;
        if (NEVER.contains(tag)) return false;
        if (isHidden(e)) return true;
        if (INLINE.contains(tag)) return false; // words inside a sentence stay, whatever their class says
        if (headedAsFurniture(e)) return true;
        TextStats.Counts c = stats.get(e);
        double share = (double) c.text / total;
        // Most of the page's real paragraphs inside: a page wrapper that happens to carry such a name
        boolean holdsArticle = c.paragraphs >= 1 && c.paragraphs >= 0.5 * totalParagraphs;
        if (FURNITURE.contains(tag)) {
            if (tag.equals("form")) return share < 0.3 && !holdsArticle;
            // an article's own header may carry the lead paragraph
            if (tag.equals("header") && c.paragraphs >= 1 && c.linkDensity() < 0.2) return false;
            return !holdsArticle && (share < 0.4 || c.linkDensity() > 0.5);
        }
        if (c.linkedHeadings > 0 && c.text < 1000 && c.paragraphs <= 1 && CARDS.contains(tag)) {
            return true; // a teaser card: another article's linked headline with an excerpt
        }
        String role = e.attr("role");
        if (!role.isEmpty() && JUNK_ROLES.contains(role.toLowerCase(Locale.ROOT))) return !holdsArticle && share < 0.5;
        int w = ClassHints.weight(e);
        if (w == -2) return !holdsArticle && share < 0.5;
        if (w == -1) return !holdsArticle && share < 0.3;
        return false;
    }

    /** A section whose heading is named as furniture ("related-posts-title") is that furniture, whatever its size. */
    private static boolean headedAsFurniture(Element e) {
        Element first = e.firstElementChild();
        if (first == null || first.attributesSize() == 0) return false;
        String t = first.normalName();
        boolean heading = t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '2' && t.charAt(1) <= '6';
        return heading && ClassHints.weight(first) == -2;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if ("true".equals(e.attr("aria-hidden")) && !e.nameIs("div") && !e.nameIs("section")) return true;
        String style = e.attr("style");
        if (style.length() < 11 || (style.indexOf("none") < 0 && style.indexOf("hidden") < 0)) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
