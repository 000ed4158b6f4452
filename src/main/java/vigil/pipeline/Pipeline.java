package vigil.pipeline;

import java.util.List;
import java.util.Objects;
import vigil.events.EventCoder;
import vigil.extract.ArticleExtractor;
import vigil.extract.ExtractionException;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.PageType;
import vigil.model.RawDocument;
import vigil.text.Annotator;
import vigil.text.TextAnnotator;

/**
 * The stages in order: extract → annotate → code. Pure: no storage, no network.
 * Build it with {@link Pipelines#standard()}.
 */
public final class Pipeline {
    private final ArticleExtractor extractor;
    private final Annotator annotator;
    private final EventCoder coder;

    public Pipeline(ArticleExtractor extractor, Annotator annotator, EventCoder coder) {
        this.extractor = Objects.requireNonNull(extractor);
        this.annotator = annotator != null ? annotator : AnnotatedArticle::bare;
        this.coder = coder != null ? coder : a -> List.of();
    }

    public Article extract(RawDocument raw) throws ExtractionException {
        return extractor.extract(raw);
    }

    /**
     * Annotates and codes an extracted article; pages that are not articles get no events, and neither do articles
     * in a language Vigil does not code ({@link TextAnnotator#notCodedReason}: stored and searchable only). An
     * article whose language is unknown is left to the coder.
     */
    public CodedArticle understand(Article article) {
        AnnotatedArticle annotated = annotator.annotate(article);
        if (article.pageType() != PageType.ARTICLE) return new CodedArticle(annotated, List.of());
        String language = annotated.article().language();
        if (language != null && !TextAnnotator.isCoded(language)) return new CodedArticle(annotated, List.of());
        return new CodedArticle(annotated, coder.code(annotated));
    }

    public CodedArticle process(RawDocument raw) throws ExtractionException {
        return understand(extract(raw));
    }
}
