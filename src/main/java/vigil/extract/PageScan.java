package vigil.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The elements metadata comes from, gathered in one traversal instead of one query each. */
final class PageScan implements NodeFilter {
    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    Element title;
    Element canonical;

    static PageScan of(Document doc) {
        PageScan s = new PageScan();
        NodeTraversor.filter(s, doc);
        return s;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "script" -> {
                if (e.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) jsonLd.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            case "style", "svg", "noscript" -> {
                return FilterResult.SKIP_ENTIRELY;
            }
            case "time" -> {
                if (times.size() < 10) times.add(e);
            }
            case "h1" -> {
                if (h1s.size() < 5) h1s.add(e);
            }
            case "title" -> {
                if (title == null) title = e;
            }
            case "link" -> {
                if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) canonical = e;
            }
            default -> { }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
    }
}
