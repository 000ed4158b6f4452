package vigil.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the article text, in the manner of Readability: every paragraph-like block
 * gives points (length, commas) to its ancestors, decaying with distance; a candidate's points are discounted
 * by its link density and shifted by its class/id hints. The best candidate and the siblings that score close
 * to it (or are clean paragraphs) form the content.
 */
final class ContentScorer {
    private ContentScorer() {}

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "dd");
    private static final Set<String> INLINE = Set.of("a", "b", "i", "em", "strong", "span", "font", "small", "u",
            "sup", "sub", "abbr", "cite", "code", "mark", "q", "s", "time", "label");

    /** The content elements, in document order. Empty when nothing scores. */
    static List<Element> select(Element body, TextStats stats) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            TextStats.Counts c = stats.get(e);
            int len;
            if (PARAGRAPHS.contains(tag)) len = c.text;
            else if (!INLINE.contains(tag) && c.own >= 25) len = c.own;
            else continue;
            if (len < 25) continue;
            double points = 1 + c.commas + Math.min(len / 100.0, 3);
            Element anc = PARAGRAPHS.contains(tag) ? e.parent() : e;
            for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
                double[] s = scores.get(anc);
                if (s == null) {
                    s = new double[]{initial(anc)};
                    scores.put(anc, s);
                }
                s[0] += level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
                if (anc == body) break;
            }
        }
        Element top = null;
        double topScore = 0;
        for (var en : scores.entrySet()) {
            Element e = en.getKey();
            TextStats.Counts c = stats.get(e);
            double s = en.getValue()[0] * (1 - c.linkDensity());
            // holding several <article>s makes an element a listing of other stories, not one story
            if (c.articles - (e.nameIs("article") ? 1 : 0) >= 2) s *= 0.3;
            en.getValue()[0] = s;
            if (s > topScore) {
                topScore = s;
                top = e;
            }
        }
        if (top == null) return List.of();
        if (Boolean.getBoolean("vigil.debug")) {
            scores.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0])).limit(8)
                    .forEach(en -> System.err.printf("cand %.1f %s.%s%n", en.getValue()[0], en.getKey().normalName(),
                            en.getKey().className()));
        }
        top = climb(top, topScore, scores, body);
        topScore = score(scores, top);
        return withSiblings(top, topScore, scores, stats);
    }

    private static double score(Map<Element, double[]> scores, Element e) {
        double[] s = scores.get(e);
        return s == null ? 0 : s[0];
    }

    /** Moves up to a parent that scores higher than the candidate (the text is spread over siblings). */
    private static Element climb(Element top, double topScore, Map<Element, double[]> scores, Element body) {
        double last = topScore;
        double threshold = topScore / 3;
        Element p = top.parent();
        while (p != null && p != body && !p.nameIs("html")) {
            double ps = score(scores, p);
            if (ps == 0) {
                p = p.parent();
                continue;
            }
            if (ps < threshold) break;
            if (ps > last) return p;
            last = ps;
            p = p.parent();
        }
        // A lone child adds nothing: take the parent so siblings can join
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) top = top.parent();
        return top;
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, double[]> scores,
                                              TextStats stats) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            if (sib.getElementsByTag("article").size() >= 3) continue; // a listing of other articles
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            if (score(scores, sib) + bonus >= threshold) {
                out.add(sib);
                continue;
            }
            if (sib.nameIs("p") || sib.nameIs("blockquote") || sib.nameIs("ul") || sib.nameIs("ol")) {
                TextStats.Counts c = stats.get(sib);
                if (c.text > 80 && c.linkDensity() < 0.25) out.add(sib);
            }
        }
        return out;
    }

    private static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        int w = ClassHints.weight(e);
        return s + (w > 0 ? 25 : w < 0 ? -25 : 0) + (e.nameIs("article") ? 10 : 0);
    }
}
