package vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Cuts a cleaned DOM into text {@link Block}s in document order, in one traversal. */
final class BlockSplitter implements NodeVisitor {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "td", "th", "tr", "table", "ul", "ol", "dl", "dd", "dt", "section", "article", "main", "body",
            "header", "footer", "figure", "center", "details", "summary", "address", "hr", "caption", "tbody", "thead");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int inLink;
    private final List<Element> stack = new ArrayList<>();

    static List<Block> split(Element root) {
        BlockSplitter s = new BlockSplitter();
        NodeTraversor.traverse(s, root);
        s.flush();
        return s.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            int before = text.length();
            appendCollapsed(s);
            if (inLink > 0) linkChars += text.length() - before;
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                stack.add(e);
            } else if (tag.equals("a")) {
                inLink++;
            } else if (tag.equals("br")) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
            } else if (tag.equals("img") && text.length() > 0) {
                appendCollapsed(" ");
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                if (!stack.isEmpty()) stack.remove(stack.size() - 1);
            } else if (tag.equals("a")) {
                inLink--;
            }
        }
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
            blocks.add(new Block(owner, text.substring(start, end), Math.min(linkChars, end - start), kindOf(owner)));
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
