package vigil.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements metadata is read from, gathered in a single walk over the document (a CSS query per field
 * would walk it a dozen times): meta tags, JSON-LD scripts, itemprops, {@code <time>}, canonical link,
 * author links and the first h1.
 */
final class PageIndex {
    final Map<String, String> metas = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>(2);
    final List<Element> times = new ArrayList<>();
    final List<Element> authorElements = new ArrayList<>();
    final Map<String, Element> itemprops = new HashMap<>();
    String canonical;
    String htmlLang;
    Element h1;

    private PageIndex() {}

    static PageIndex of(Document doc) {
        PageIndex ix = new PageIndex();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) ix.visit(e);
        }, doc);
        return ix;
    }

    private void visit(Element e) {
        String tag = e.normalName();
        if (e.attributesSize() > 0) {
            String prop = e.attr("itemprop");
            if (!prop.isEmpty()) {
                itemprops.putIfAbsent(prop.toLowerCase(Locale.ROOT), e);
                if (prop.equalsIgnoreCase("author") && authorElements.size() < 8) authorElements.add(e);
            }
        }
        switch (tag) {
            case "meta" -> {
                String k = e.attr("property");
                if (k.isEmpty()) k = e.attr("name");
                if (k.isEmpty()) k = e.attr("itemprop");
                if (k.isEmpty()) k = e.attr("http-equiv");
                String c = e.attr("content").strip();
                if (!k.isEmpty() && !c.isEmpty()) metas.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
            }
            case "script" -> {
                if (e.attr("type").equalsIgnoreCase("application/ld+json")) jsonLd.add(e.data());
            }
            case "link" -> {
                if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) canonical = e.attr("href");
            }
            case "time" -> {
                if (times.size() < 20) times.add(e);
            }
            case "h1" -> {
                if (h1 == null) h1 = e;
            }
            case "html" -> {
                if (htmlLang == null) htmlLang = e.attr("lang");
            }
            case "a" -> {
                if (authorElements.size() < 8 && (e.attr("rel").equalsIgnoreCase("author")
                        || e.attr("href").contains("/author/"))) {
                    authorElements.add(e);
                }
            }
            default -> { }
        }
    }

    String meta(String key) {
        return metas.get(key);
    }
}
