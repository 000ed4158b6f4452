package vigil.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article's main text: prunes furniture, scores blocks and writes the chosen content out as
 * paragraphs (before line-level clean-up, see {@link ParagraphFilter}). Mutates the document it is given.
 */
final class MainTextExtractor {
    private MainTextExtractor() {}

    /**
     * @param paragraphs    the content's paragraphs, in order
     * @param pageText      visible characters of the whole body before pruning
     * @param pageLinkText  of which inside links
     * @param wallPrompt    whether a subscription prompt was removed from the page
     */
    record Result(List<String> paragraphs, int pageText, int pageLinkText, boolean wallPrompt) {
        double pageLinkDensity() {
            return pageText == 0 ? 0 : (double) pageLinkText / pageText;
        }
    }

    static Result extract(Document doc) {
        Element body = doc.body();
        if (body == null) return new Result(List.of(), 0, 0, false);
        BoilerplatePruner.Pruned pruned = BoilerplatePruner.prune(body);
        TextStats.Counts page = pruned.page();
        TextStats stats = TextStats.of(body);
        List<Element> content = ContentScorer.select(body, stats);
        if (content.isEmpty()) content = List.of(body);
        List<String> paragraphs = new ArrayList<>();
        TextEmitter.emit(content, stats, paragraphs);
        return new Result(paragraphs, page.text, page.link, pruned.wallPrompt());
    }
}
