package vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text: scripts, forms, navigation, hidden elements, and elements whose names say
 * boilerplate (share bars, related links, cookie banners, newsletter boxes, comments, captions) unless they hold
 * many real paragraphs, which a mislabelled article container does.
 */
final class DomCleaner implements NodeFilter {
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "input", "select", "textarea", "nav", "aside", "footer", "figcaption", "object", "embed",
            "canvas", "video", "audio", "map", "dialog", "menu", "head", "link", "meta", "picture", "source");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "dialog",
            "alertdialog", "search", "menu", "menubar", "toolbar");

    private final List<Node> doomed = new ArrayList<>();
    private boolean wallMarker;

    /** Cleans {@code root} in place; returns true when it saw a paywall or subscription-wall marker. */
    static boolean clean(Element root) {
        DomCleaner c = new DomCleaner();
        NodeTraversor.filter(c, root);
        for (Node n : c.doomed) n.remove();
        return c.wallMarker;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) {
            doomed.add(node);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html")) return FilterResult.CONTINUE;
        if (DROP_TAGS.contains(tag) || tag.equals("header") && !hasManyParagraphs(e) || hidden(e)) {
            doomed.add(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("form") && !hasManyParagraphs(e)) {
            doomed.add(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && ROLES.contains(role) && !hasManyParagraphs(e)) {
            doomed.add(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("article") || tag.equals("main") || tag.equals("a") || tag.equals("p")) return FilterResult.CONTINUE;
        String names = BoilerplateHints.names(e);
        if (!wallMarker && !names.isEmpty() && TeaserDetector.isWallName(names)) wallMarker = true;
        if (BoilerplateHints.isBoilerplate(names) && !hasManyParagraphs(e)) {
            doomed.add(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
        }
        return "true".equals(e.attr("aria-hidden")) && e.childrenSize() < 3 && e.text().length() < 200;
    }

    /** Three or more substantial paragraphs: this is content, whatever its name says. */
    static boolean hasManyParagraphs(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= 120 && linkChars(p) < 20 && ++n >= 3) return true;
        }
        return false;
    }

    private static int linkChars(Element p) {
        int n = 0;
        for (Element a : p.getElementsByTag("a")) n += a.text().length();
        return n;
    }
}
