package vigil.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article text and returns its paragraphs. Each substantial, link-poor block
 * votes for its ancestors (parent fully, grandparent half, and so on, readability-style); the best-voted element
 * wins, siblings that vote nearly as well join it, and inside the chosen region each block is kept or dropped on
 * its own (link density, length, boilerplate phrases, the repeated title).
 */
final class MainTextExtractor {
    private static final int MIN_VOTING_CHARS = 25;

    private MainTextExtractor() {}

    /** The main text blocks of a cleaned body. */
    static Selection select(Element body, String title) {
        BlockSplitter.Result split = BlockSplitter.split(body);
        List<Block> all = split.blocks();
        List<Block> blocks = new ArrayList<>(all.size());
        for (Block b : all) if (!b.hardMark()) blocks.add(b);
        // A boilerplate-named element holding three real paragraphs is a mislabelled content container.
        Map<Element, Integer> substantial = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b.marks().length > 0 && b.substantial()) for (Element m : b.marks()) substantial.merge(m, 1, Integer::sum);
        }
        Map<Element, double[]> scores = new IdentityHashMap<>(); // score, text chars, link chars
        for (Block b : blocks) {
            int len = b.text().length();
            Element up = b.owner();
            for (int level = 0; up != null && level < 20; level++, up = up.parent()) {
                double[] s = scores.computeIfAbsent(up, k -> new double[3]);
                s[1] += len;
                s[2] += b.linkChars();
            }
            if (len < MIN_VOTING_CHARS || b.linkDensity() > 0.4 || b.kind() == Block.Kind.HEADING) continue;
            double vote = 1 + commas(b.text()) + Math.min(len / 100.0, 3);
            if (isMarked(b, substantial)) vote *= 0.3; // boilerplate-named: votes weakly
            if (b.kind() == Block.Kind.LIST_ITEM || b.kind() == Block.Kind.CELL) vote *= 0.5;
            Element p = b.owner();
            // the paragraph's container gets the vote, its ancestors a decaying share
            Element target = p.normalName().equals("p") || b.kind() != Block.Kind.PARAGRAPH ? p.parent() : p;
            double share = 1;
            for (int level = 0; target != null && level < 4; level++, target = target.parent()) {
                scores.computeIfAbsent(target, k -> new double[3])[0] += vote * share;
                share = level == 0 ? 0.5 : share * 0.66;
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> e : scores.entrySet()) {
            double[] s = e.getValue();
            if (s[0] == 0) continue;
            double ld = s[1] == 0 ? 0 : s[2] / s[1];
            double score = s[0] * (1 - ld) * hintFactor(e.getKey());
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        if (best == null) return new Selection(List.of(), 0, all, split.wallMarker());
        List<Element> regions = new ArrayList<>();
        // Climb while the winner is its parent's only voted child: the article may continue in a sibling of an
        // ancestor (text split around an ad or a media block into several wrappers).
        Element top = best;
        while (top.parent() != null && !top.normalName().equals("body") && onlyVotedChild(top, scores)) top = top.parent();
        if (top.normalName().equals("body") || top.normalName().equals("html")) top = best;
        Element parent = top.parent();
        if (parent != null && !top.normalName().equals("body")) {
            double threshold = Math.max(10, bestScore * 0.2);
            double[] ts = scores.get(top);
            double topScore = ts == null ? 0 : ts[0] * (1 - (ts[1] == 0 ? 0 : ts[2] / ts[1]));
            String shape = top.normalName() + "." + top.className();
            for (Element sib : parent.children()) {
                if (sib == top) {
                    regions.add(sib);
                    continue;
                }
                double[] s = scores.get(sib);
                if (s == null) continue;
                double ld = s[1] == 0 ? 0 : s[2] / s[1];
                double score = s[0] * (1 - ld) * hintFactor(sib);
                boolean sameShape = shape.equals(sib.normalName() + "." + sib.className()) && s[0] > 0 && ld < 0.3
                        && score >= topScore * 0.05;
                if (sameShape || score >= threshold && (BoilerplateHints.names(sib).isEmpty() | score >= bestScore * 0.3)) {
                    regions.add(sib);
                }
            }
        } else {
            regions.add(best);
        }
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            if (inside(b.owner(), regions) && !markedInside(b, regions, substantial) && BlockFilter.keep(b)) kept.add(b);
        }
        BlockFilter.trimEdges(kept, title);
        return new Selection(kept, bestScore, all, split.wallMarker());
    }

    /**
     * A boilerplate mark strictly inside the chosen region (a share bar in the article) drops the block; a mark on
     * the region or around it (a content container named "widget") does not.
     */
    private static boolean onlyVotedChild(Element e, Map<Element, double[]> scores) {
        for (Element sib : e.parent().children()) {
            if (sib == e) continue;
            double[] s = scores.get(sib);
            if (s != null && s[0] > 0) return false;
        }
        return true;
    }

    private static boolean isMarked(Block b, Map<Element, Integer> substantial) {
        for (Element m : b.marks()) if (substantial.getOrDefault(m, 0) < 3) return true;
        return false;
    }

    private static boolean markedInside(Block b, List<Element> regions, Map<Element, Integer> substantial) {
        for (Element m : b.marks()) {
            if (substantial.getOrDefault(m, 0) >= 3) continue;
            for (Element r : regions) if (m != r && inside(m, List.of(r))) return true;
        }
        return false;
    }

    private static boolean inside(Element e, List<Element> regions) {
        for (Element up = e; up != null; up = up.parent()) {
            for (Element r : regions) if (r == up) return true;
        }
        return false;
    }

    private static double hintFactor(Element e) {
        String names = BoilerplateHints.names(e);
        if (BoilerplateHints.isContent(names)) return 1.5;
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main")) return 1.25;
        if (BoilerplateHints.isBoilerplate(names)) return 0.5;
        return 1;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '،' || c == '，' || c == '、') n++;
        }
        return n;
    }

    /** The chosen blocks, the winner's score, and all blocks of the page (for page classification). */
    record Selection(List<Block> blocks, double score, List<Block> all, boolean wallMarker) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Block b : blocks) {
                if (sb.length() > 0) sb.append("\n\n"); // list items too: every item its own paragraph
                sb.append(b.text());
            }
            return sb.toString();
        }
    }
}
