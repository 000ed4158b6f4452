package vigil.model;

import java.util.List;

/** An article with the language layer on top: sentences, entities, dates, quantities and places. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Entity> entities,
                               List<DateMention> dates, List<Quantity> quantities, List<Place> places) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
        places = List.copyOf(places);
    }

    /** An article with no annotations yet (language not handled, or the stage is off). */
    public static AnnotatedArticle bare(Article article) {
        return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
