package vigil.pipeline;

import vigil.extract.ArticleExtractor;

/** Builds the standard pipeline: the one place that chooses which implementation runs each stage. */
public final class Pipelines {
    private Pipelines() {}

    public static Pipeline standard() {
        vigil.geo.Geoparser geoparser = vigil.geo.Geoparser.get();
        return new Pipeline(extractor(), new vigil.text.TextAnnotator(geoparser::geoparse), new vigil.events.DictionaryEventCoder());
    }

    public static ArticleExtractor extractor() {
        return new vigil.extract.HtmlArticleExtractor();
    }
}
