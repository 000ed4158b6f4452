package vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts the body into text {@link Block}s in document order, in one traversal. What is never text (scripts,
 * forms controls, hidden elements, captions) is skipped; what is usually boilerplate (navigation, headers,
 * footers, asides, share bars, related links, cookie and newsletter boxes...) is marked on each block, so the
 * main-text stage can still keep a mislabelled container that holds real paragraphs.
 */
final class BlockSplitter implements NodeFilter {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "td", "th", "tr", "table", "ul", "ol", "dl", "dd", "dt", "section", "article", "main", "body",
            "header", "footer", "figure", "center", "details", "summary", "address", "hr", "caption", "tbody", "thead",
            "nav", "aside", "form", "fieldset", "legend");
    private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "input", "select", "textarea", "figcaption", "object", "embed", "canvas", "video", "audio",
            "map", "dialog", "menu", "head", "link", "meta", "picture", "source", "label", "option");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "header", "form");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "search", "menu", "menubar", "toolbar");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Element> stack = new ArrayList<>();
    private int linkChars;
    private int inLink;
    private final List<Element> marks = new ArrayList<>();
    private final java.util.Set<Element> hardMarkers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final java.util.Map<String, Integer> classCache = new java.util.HashMap<>();
    private int hardMarks;
    private boolean wallMarker;

    /** The blocks of a body. */
    static Result split(Element root) {
        BlockSplitter s = new BlockSplitter();
        NodeTraversor.filter(s, root);
        s.flush();
        return new Result(s.blocks, s.wallMarker);
    }

    /** Blocks, and whether an element named like a paywall was seen. */
    record Result(List<Block> blocks, boolean wallMarker) {}

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            int before = text.length();
            appendCollapsed(t.getWholeText());
            if (inLink > 0) linkChars += text.length() - before;
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY; // comments, doctype
        String tag = e.normalName();
        if (SKIP_TAGS.contains(tag) || hidden(e)) return FilterResult.SKIP_ENTIRELY;
        if (BLOCK_TAGS.contains(tag)) {
            flush();
            stack.add(e);
            mark(e, tag);
        } else if (tag.equals("a")) {
            inLink++;
        } else if (tag.equals("br") || tag.equals("img")) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
        } else if (tag.equals("span") && mark(e, tag) != 0) {
            // inline boilerplate (a share <span>): a block boundary, so that its text carries the mark
            flush();
            stack.add(e);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                inLink--;
            } else if (!stack.isEmpty() && stack.get(stack.size() - 1) == e) {
                flush();
                stack.remove(stack.size() - 1);
                if (!marks.isEmpty() && marks.get(marks.size() - 1) == e) {
                    marks.remove(marks.size() - 1);
                    if (hardMarkers.remove(e)) hardMarks--;
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    /** Pushes {@code e} on the mark stack when it is boilerplate; returns 0 (not), 1 (usually) or 2 (never content). */
    private int mark(Element e, String tag) {
        int m = markOf(e, tag);
        if (m != 0) {
            marks.add(e);
            if (m == 2) {
                hardMarks++;
                hardMarkers.add(e);
            }
        }
        return m;
    }

    private int markOf(Element e, String tag) {
        if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("p")) return 0;
        String names = BoilerplateHints.names(e);
        if (!names.isEmpty()) {
            // class strings repeat within a page: classify each distinct one once
            int c = classCache.computeIfAbsent(names, n -> {
                if (!wallMarker && TeaserDetector.isWallName(n)) wallMarker = true;
                return BoilerplateHints.classify(n);
            });
            if (c != 0) return c;
        }
        if (BOILERPLATE_TAGS.contains(tag)) return 1;
        String role = e.attributesSize() == 0 ? "" : e.attr("role");
        if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role.toLowerCase(Locale.ROOT))) return 1;
        return 0;
    }

    private static boolean hidden(Element e) {
        if (e.attributesSize() == 0) return false;
        if (e.hasAttr("hidden")) return true;
        String style = e.attr("style");
        if (!style.isEmpty() && style.indexOf(':') >= 0) {
            String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
            if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
        }
        return false;
    }

    private void appendCollapsed(String s) {
        boolean space = text.length() == 0 || text.charAt(text.length() - 1) == ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\f' || c == '\u200b') {
                if (!space) {
                    text.append(' ');
                    space = true;
                }
            } else {
                text.append(c);
                space = false;
            }
        }
    }

    private void flush() {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = text.length() > 0 && text.charAt(0) == ' ' ? 1 : 0;
        if (end > start && !stack.isEmpty()) {
            Element owner = stack.get(stack.size() - 1);
            blocks.add(new Block(owner, text.substring(start, end), Math.min(linkChars, end - start), kindOf(owner),
                    marks.isEmpty() ? Block.NO_MARKS : marks.toArray(Block.NO_MARKS), hardMarks > 0));
        }
        text.setLength(0);
        linkChars = 0;
    }

    private Block.Kind kindOf(Element owner) {
        switch (owner.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6": return Block.Kind.HEADING;
            case "li", "dd", "dt": return Block.Kind.LIST_ITEM;
            case "td", "th", "tr": return Block.Kind.CELL;
            case "pre": return Block.Kind.PRE;
            default: break;
        }
        for (int i = stack.size() - 1; i >= 0 && i >= stack.size() - 4; i--) {
            if (stack.get(i).normalName().equals("blockquote")) return Block.Kind.QUOTE;
        }
        return Block.Kind.PARAGRAPH;
    }
}
