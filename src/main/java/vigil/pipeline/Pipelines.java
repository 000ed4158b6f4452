package vigil.pipeline;

import vigil.extract.ArticleExtractor;

/** Builds the standard pipeline: the one place that chooses which implementation runs each stage. */
public final class Pipelines {
    private Pipelines() {}

    public static Pipeline standard() {
        return new Pipeline(extractor(), annotator(), new vigil.events.DictionaryEventCoder());
    }

    /** The language stage as ingest runs it: sentences, entities, dates, quantities and places (loads the gazetteer). */
    public static vigil.text.Annotator annotator() {
        vigil.geo.Geoparser geoparser = vigil.geo.Geoparser.get();
        return new vigil.text.TextAnnotator(geoparser::geoparse);
    }

    public static ArticleExtractor extractor() {
        return new vigil.extract.HtmlArticleExtractor();
    }
}
