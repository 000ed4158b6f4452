package vigil.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the content elements out as paragraphs: one per block element, list item, block quote or table row
 * (cells separated by a space). Containers and paragraphs that are mostly links (related-article lists,
 * "read more" teasers) are skipped.
 */
final class TextEmitter {
    private TextEmitter() {}

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead",
            "tfoot", "tr", "header", "footer", "aside", "figure", "address", "center", "hr", "br", "caption",
            "details", "summary", "form", "fieldset", "hgroup");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "dl", "table", "form",
            "aside", "header", "footer", "center", "details", "fieldset", "figure");
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6");

    static void emit(List<Element> content, TextStats stats, List<String> out) {
        StringBuilder cur = new StringBuilder();
        for (Element root : content) {
            // iterative walk: pages nest elements tens of thousands deep
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        appendText(cur, t.getWholeText());
                    } else if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (e != root && skip(e, tag, stats)) return FilterResult.SKIP_ENTIRELY;
                        if (BLOCKS.contains(tag)) flush(cur, out);
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("td") || tag.equals("th")) cur.append(' ');
                        if (BLOCKS.contains(tag)) flush(cur, out);
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
        }
        flush(cur, out);
    }

    private static boolean skip(Element e, String tag, TextStats stats) {
        if (tag.equals("h1")) return true; // the headline: reported as the title, not the text
        TextStats.Counts c = stats.get(e);
        if (c.text == 0) return !tag.equals("br") && !tag.equals("hr");
        double ld = c.linkDensity();
        if (CONTAINERS.contains(tag) || tag.equals("li") || tag.equals("article")) {
            if (c.text < 1500 && c.linkedHeadings > 0) return true; // a teaser card for another article
        }
        if (CONTAINERS.contains(tag)) {
            int w = ClassHints.weight(e);
            if (c.commas >= 10 && ld < 0.5) return false;
            if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) return ld > 0.5 || w < 0;
            return ld > 0.5 || (ld > 0.33 && w <= 0);
        }
        if (tag.equals("li")) return ld > 0.8; // items that lead with a link and go on are text
        if (TEXT_BLOCKS.contains(tag)) return ld > 0.6;
        return false;
    }

    private static void appendText(StringBuilder cur, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '\u00a0' || c == '\u200b' || c == '\u2028' || c == '\u2029') {
                if (cur.length() > 0 && cur.charAt(cur.length() - 1) != ' ') cur.append(' ');
            } else {
                cur.append(c);
            }
        }
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String s = cur.toString().strip();
        cur.setLength(0);
        if (!s.isEmpty()) out.add(s);
    }
}
