package vigil.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article's main text. Paragraph-like blocks score their parents (readability's idea: the article
 * is the container whose children hold the most prose with the fewest links); the best container and its
 * worthy siblings are then written out block by block: paragraphs, headings, list items, quotes, table rows.
 * Text lengths are computed once per element, so the whole pass is linear in the page size.
 */
final class MainText {
    private static final String PARAGRAPHS = "p, pre, blockquote, li, td, dd, h2, h3, h4";

    private MainText() {}

    /** Paragraphs of the main text, in page order; empty when the page holds none. */
    static List<String> paragraphs(Document doc, String title) {
        Element body = doc.body();
        if (body == null) return List.of();
        clean(body);
        TextStats stats = TextStats.of(body);
        Element top = bestContainer(body, stats);
        if (top == null) return List.of();
        List<Element> parts = withSiblings(top, stats);
        List<String> out = new ArrayList<>();
        for (Element part : parts) emit(part, stats, out);
        return finish(out, title);
    }

    private static void clean(Element body) {
        body.select(Boilerplate.REMOVED_TAGS).remove();
        // Class/id hints, outermost first; an element that holds most of the page's prose is never removed.
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            // Forms are search boxes and sign-ups, except on sites that wrap the whole page in one.
            if (e != body && (Boilerplate.negative(e) || e.tagName().equals("form"))) doomed.add(e);
        }
        if (doomed.isEmpty()) return;
        TextStats before = TextStats.of(body);
        int total = before.text(body);
        java.util.Set<Element> removed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : doomed) {
            if (insideRemoved(e, removed)) continue;
            if (total > 0 && before.text(e) > total * 0.6) continue;
            e.remove();
            removed.add(e);
        }
    }

    private static boolean insideRemoved(Element e, java.util.Set<Element> removed) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (removed.contains(p)) return true;
        return false;
    }

    private static Element bestContainer(Element body, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select(PARAGRAPHS)) {
            int len = stats.text(p);
            if (len < 25) continue;
            double s = 1 + commas(p.text()) + Math.min(len / 100.0, 3.0);
            // Ancestors share the score with decay (as readability.js does), so a body split into one wrapper per
            // paragraph still adds up in the element that holds them all.
            Element a = p.parent();
            for (int level = 0; a != null && a != body && level < 5; level++, a = a.parent()) {
                scores.merge(a, s / (level == 0 ? 1 : level == 1 ? 2 : level * 3), Double::sum);
            }
        }
        // Plain <div>s full of text and <br>s are paragraphs too.
        for (Element d : body.select("div")) {
            int own = ownTextLength(d);
            if (own < 100) continue;
            double s = 1 + commas(d.ownText()) + Math.min(own / 100.0, 3.0);
            scores.merge(d, s, Double::sum);
            if (d.parent() != null) scores.merge(d.parent(), s / 2, Double::sum);
        }
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> finalScores = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element el = e.getKey();
            double s = e.getValue() * (1 - stats.linkDensity(el));
            if (Boilerplate.positive(el)) s *= 1.25;
            finalScores.put(el, s);
            if (s > bestScore) {
                bestScore = s;
                best = el;
            }
        }
        return best == null ? null : commonAncestorOfRivals(best, bestScore, finalScores, body);
    }

    /**
     * When several near-best candidates sit under one ancestor (a body split into one wrapper per paragraph),
     * the article is that ancestor, not the single best wrapper.
     */
    private static Element commonAncestorOfRivals(Element best, double bestScore, Map<Element, Double> scores, Element body) {
        List<Element> rivals = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getKey() != best && e.getValue() >= bestScore * 0.6) rivals.add(e.getKey());
        }
        if (rivals.size() < 2) return best;
        for (Element a = best.parent(); a != null && a != body; a = a.parent()) {
            int inside = 0;
            for (Element r : rivals) if (r != a && isAncestor(a, r)) inside++;
            if (inside >= 2) return a;
        }
        return best;
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == a) return true;
        return false;
    }

    /** The container plus siblings that look like more of the same article (split bodies, ad breaks). */
    private static List<Element> withSiblings(Element top, TextStats stats) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        List<Element> out = new ArrayList<>();
        int topLen = Math.max(1, stats.text(top));
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            int len = stats.text(sib);
            double ld = stats.linkDensity(sib);
            boolean sameKind = sib.tagName().equals(top.tagName()) && sib.className().equals(top.className())
                    && !top.className().isEmpty();
            if (sameKind && len > 0 && ld < 0.3) out.add(sib);
            else if (sib.tagName().equals("p") && len > 80 && ld < 0.25) out.add(sib);
            else if (len > topLen * 0.3 && ld < 0.2) out.add(sib);
        }
        return out;
    }

    /** Writes the text of {@code e} as paragraphs: block children become paragraphs of their own. */
    private static void emit(Element e, TextStats stats, List<String> out) {
        StringBuilder inline = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                inline.append(t.text());
            } else if (n instanceof Element c) {
                String tag = c.tagName();
                if (tag.equals("br")) {
                    flush(inline, out);
                } else if (!Boilerplate.BLOCK_TAGS.contains(tag)) {
                    inline.append(c.text());
                } else if (isLeafBlock(c)) {
                    flush(inline, out);
                    if (stats.linkDensity(c) <= (tag.equals("li") ? 0.5 : 0.6) || stats.text(c) > 200) {
                        if (tag.equals("tr")) add(out, rowText(c));
                        else emit(c, stats, out);
                    }
                } else {
                    flush(inline, out);
                    if (stats.linkDensity(c) < 0.6 || stats.text(c) > 400) emit(c, stats, out);
                }
            }
        }
        flush(inline, out);
    }

    private static boolean isLeafBlock(Element c) {
        switch (c.tagName()) {
            case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "dt", "dd", "blockquote":
                return true;
            default:
                return false;
        }
    }

    private static String rowText(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Element td : tr.children()) {
            String t = td.text().trim();
            if (!t.isEmpty()) cells.add(t);
        }
        return String.join(" | ", cells);
    }

    private static void flush(StringBuilder inline, List<String> out) {
        add(out, inline.toString());
        inline.setLength(0);
    }

    private static void add(List<String> out, String text) {
        String t = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        if (!t.isEmpty()) out.add(t);
    }

    private static List<String> finish(List<String> blocks, String title) {
        String normTitle = title == null ? "" : norm(title);
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String b : blocks) {
            if (Boilerplate.junkLine(b)) continue;
            String n = norm(b);
            if (!normTitle.isEmpty() && n.equals(normTitle)) continue; // the headline repeated in the body
            if (n.length() > 20 && !seen.add(n)) continue; // a block shown twice (mobile and desktop copies)
            out.add(b);
        }
        return out;
    }

    static String norm(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') n++;
        }
        return n;
    }

    private static int ownTextLength(Element e) {
        int n = 0;
        for (TextNode t : e.textNodes()) n += t.text().trim().length();
        return n;
    }

    /** Text and link-text lengths of every element, computed bottom-up in one pass. */
    static final class TextStats {
        private final Map<Element, int[]> lengths = new IdentityHashMap<>();

        static TextStats of(Element root) {
            TextStats s = new TextStats();
            s.walk(root, false);
            return s;
        }

        private int[] walk(Element e, boolean inLink) {
            boolean link = inLink || e.tagName().equals("a");
            int text = 0, linked = 0;
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    int l = t.text().trim().length();
                    text += l;
                    if (link) linked += l;
                } else if (n instanceof Element c) {
                    int[] r = walk(c, link);
                    text += r[0];
                    linked += r[1];
                }
            }
            int[] r = {text, linked};
            lengths.put(e, r);
            return r;
        }

        int text(Element e) {
            int[] r = lengths.get(e);
            return r == null ? e.text().length() : r[0];
        }

        double linkDensity(Element e) {
            int[] r = lengths.get(e);
            if (r == null || r[0] == 0) return 0;
            return (double) r[1] / r[0];
        }
    }
}
