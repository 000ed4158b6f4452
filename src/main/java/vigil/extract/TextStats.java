package vigil.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one pass: visible characters (white space not
 * counted), characters inside links, commas, characters in the element's own text nodes and long paragraphs.
 */
final class TextStats {
    /** Measures of one element. */
    static final class Counts {
        int text, link, commas, own, paragraphs, linkedHeadings, articles;

        double linkDensity() {
            return text == 0 ? 0 : (double) link / text;
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats ts = new TextStats();
        ts.measure(root);
        return ts;
    }

    Counts get(Element e) {
        Counts c = counts.get(e);
        return c == null ? EMPTY : c;
    }

    private static final Counts EMPTY = new Counts();

    private static boolean isSubheading(Element e) {
        String t = e.normalName();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '2' && t.charAt(1) <= '6';
    }

    private void measure(Element root) {
        Counts[] stack = new Counts[64];
        int[] depthHolder = {0};
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            Counts[] st = stack;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (depthHolder[0] == st.length) st = java.util.Arrays.copyOf(st, st.length * 2);
                    st[depthHolder[0]++] = new Counts();
                    if (el.nameIs("a")) linkDepth[0]++;
                } else if (node instanceof TextNode t && depthHolder[0] > 0) {
                    String s = t.getWholeText();
                    int n = 0, commas = 0;
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (c > ' ' && c != '\u00a0') {
                            n++;
                            if (c == ',' || c == '\uff0c' || c == '\u060c' || c == '\u3001') commas++;
                        }
                    }
                    Counts top = st[depthHolder[0] - 1];
                    top.text += n;
                    top.own += n;
                    top.commas += commas;
                    if (linkDepth[0] > 0) top.link += n;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    Counts c = st[--depthHolder[0]];
                    if (el.nameIs("a")) linkDepth[0]--;
                    if (el.nameIs("p") && c.text >= 80) c.paragraphs++;
                    if (el.nameIs("article")) c.articles++;
                    if (isSubheading(el) && c.text > 0 && c.link > 0.9 * c.text) c.linkedHeadings++;
                    counts.put(el, c);
                    if (depthHolder[0] > 0) {
                        Counts p = st[depthHolder[0] - 1];
                        p.text += c.text;
                        p.link += c.link;
                        p.commas += c.commas;
                        p.paragraphs += c.paragraphs;
                        p.linkedHeadings += c.linkedHeadings;
                        p.articles += c.articles;
                    }
                }
            }
        }, root);
    }
}
