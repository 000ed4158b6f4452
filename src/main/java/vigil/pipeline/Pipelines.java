package vigil.pipeline;

import vigil.extract.ArticleExtractor;

/** Builds the standard pipeline: the one place that chooses which implementation runs each stage. */
public final class Pipelines {
    private Pipelines() {}

    public static Pipeline standard() {
        return new Pipeline(extractor(), null, new vigil.events.DictionaryEventCoder());
    }

    public static ArticleExtractor extractor() {
        return new vigil.extract.HtmlArticleExtractor();
    }
}
