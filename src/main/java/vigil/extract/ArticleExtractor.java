package vigil.extract;

import vigil.model.Article;
import vigil.model.RawDocument;

/** Raw HTML in, article out. Implementations are pure and thread-safe. */
public interface ArticleExtractor {
    /**
     * @throws ExtractionException when the document is not HTML or holds no readable text
     */
    Article extract(RawDocument raw) throws ExtractionException;
}
